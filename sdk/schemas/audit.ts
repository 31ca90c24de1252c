import * as z from 'zod/mini';

/** The version of an editable row an edit was made from: a stale one is refused with 409 `version_conflict`. */
export const EditVersion = z.number().check(z.int(), z.minimum(1));
export type EditVersion = z.infer<typeof EditVersion>;

export const AUDIT_ENTITIES = ['product', 'category', 'stock'] as const;
export const AuditEntity = z.enum(AUDIT_ENTITIES);
export type AuditEntity = z.infer<typeof AuditEntity>;
