import type { Database, Statement } from 'better-sqlite3';
import type { AuditEntity } from '../../../sdk/schemas/index.ts';
import type { AuditEntryInput, AuditFilter, AuditRecord, AuditRepository } from '../audit.ts';
import type { Keyset } from '../cursor.ts';
import { newId } from '../ids.ts';

type AuditRow = {
  id: string;
  at: string;
  actor_id: string;
  actor_email: string;
  action: string;
  entity: AuditEntity;
  entity_id: string;
  before: string | null;
  after: string | null;
};

const inserts = new WeakMap<Database, Statement>();

/**
 * Records a change. Call it inside the transaction that makes the change: a refused or failed write then leaves no
 * entry behind, and an entry never exists without its change.
 */
export function insertAuditEntry(sqlite: Database, entry: AuditEntryInput, at: string): void {
  let insert = inserts.get(sqlite);
  if (!insert) {
    insert = sqlite.prepare(`
      INSERT INTO audit_log (id, at, actor_id, actor_email, action, entity, entity_id, before, after)
      VALUES (@id, @at, @actorId, @actorEmail, @action, @entity, @entityId, @before, @after)`);
    inserts.set(sqlite, insert);
  }
  insert.run({
    id: newId('aud'),
    at,
    actorId: entry.actor.id,
    actorEmail: entry.actor.email,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before == null ? null : JSON.stringify(entry.before),
    after: entry.after == null ? null : JSON.stringify(entry.after),
  });
}

function parse(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}

export class SqliteAuditRepository implements AuditRepository {
  readonly #list: Statement;

  constructor(sqlite: Database) {
    this.#list = sqlite.prepare(`
      SELECT id, at, actor_id, actor_email, action, entity, entity_id, before, after FROM audit_log
      WHERE (@entity IS NULL OR entity = @entity) AND (@entityId IS NULL OR entity_id = @entityId)
        AND (@afterKey IS NULL OR (at, id) < (@afterKey, @afterId))
      ORDER BY at DESC, id DESC LIMIT @limit`);
  }

  async list(filter: AuditFilter, after: Keyset | null, limit: number): Promise<AuditRecord[]> {
    const rows = this.#list.all({
      entity: filter.entity ?? null,
      entityId: filter.entityId ?? null,
      afterKey: after ? String(after.key) : null,
      afterId: after?.id ?? null,
      limit,
    }) as AuditRow[];
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actor: { id: row.actor_id, email: row.actor_email },
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      before: parse(row.before),
      after: parse(row.after),
    }));
  }
}
