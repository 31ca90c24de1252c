import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Every admin change to what the shop sells and charges: written in the same transaction as the change, so an entry
 * never exists without its change nor a change without its entry. `before` and `after` are JSON snapshots.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    at: text('at').notNull(),
    actorId: text('actor_id').notNull(),
    /** Kept beside the id: the entry stays readable after the account is gone. */
    actorEmail: text('actor_email').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before'),
    after: text('after'),
  },
  (t) => [index('audit_log_at_idx').on(t.at, t.id), index('audit_log_entity_idx').on(t.entity, t.entityId, t.at, t.id)],
);
