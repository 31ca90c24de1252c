import * as z from 'zod/mini';
import { listOf, MAX_PAGE_SIZE } from './list.ts';
import { wholeNumber, withoutBlanks } from './product-query.ts';

/**
 * The version of a row an admin edit was made against. Each edit of the row adds one; an edit that names an older
 * version answers 409 `version_conflict` and changes nothing, so two admins never overwrite each other unseen.
 */
export const EditVersion = z.int().check(z.gte(1));
export type EditVersion = z.infer<typeof EditVersion>;

/** What the audit log records changes of. Adding a name is fine; renaming one orphans old entries. */
export const AUDIT_ENTITIES = [
  'product',
  'category',
  'stock',
  'discount_code',
  'tax_rate',
  'shipping_zone',
  'sticker_prices',
] as const;
export const AuditEntity = z.enum(AUDIT_ENTITIES);
export type AuditEntity = z.infer<typeof AuditEntity>;

/** One admin change: who, what, the record before and after it (null before a create, after a delete), when. */
export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), email: z.string() }),
  /** `entity.verb`, e.g. `product.update`. */
  action: z.string(),
  entity: AuditEntity,
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditLogPage = listOf(AuditEntry);
export type AuditLogPage = z.infer<typeof AuditLogPage>;

export const AuditLogQuery = z.pipe(
  z.transform(withoutBlanks),
  z.strictObject({
    entity: z.optional(AuditEntity),
    entityId: z.optional(z.string().check(z.maxLength(64))),
    limit: z.prefault(wholeNumber(1, MAX_PAGE_SIZE), 50),
    cursor: z.optional(z.string().check(z.maxLength(512))),
  }),
);
export type AuditLogQuery = z.infer<typeof AuditLogQuery>;
export type AuditLogParams = { entity?: AuditEntity; entityId?: string; limit?: number; cursor?: string };
