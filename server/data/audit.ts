import type { AuditEntity } from '../../sdk/schemas/index.ts';
import type { Keyset } from './cursor.ts';

/** The admin who made a change. */
export type AuditActor = { id: string; email: string };

/** A change as a repository records it, inside the transaction that makes it. */
export type AuditEntryInput = {
  actor: AuditActor;
  /** `entity.verb`, e.g. `product.update`. */
  action: string;
  entity: AuditEntity;
  entityId: string;
  /** Null when the change created the record. */
  before: unknown;
  /** Null when the change deleted the record. */
  after: unknown;
};

export type AuditRecord = Omit<AuditEntryInput, 'before' | 'after'> & {
  id: string;
  at: string;
  before: unknown;
  after: unknown;
};

export type AuditFilter = { entity?: AuditEntity; entityId?: string };

/** Reads the audit log; entries are written by the repositories whose changes they record. */
export interface AuditRepository {
  /** Newest first, after `after` (the last entry's `at` and id). */
  list(filter: AuditFilter, after: Keyset | null, limit: number): Promise<AuditRecord[]>;
}
