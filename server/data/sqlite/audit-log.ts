import type { Database } from 'better-sqlite3';
import type { AuditEntryInput } from '../audit.ts';

export const STUB_AUDIT: { entry: AuditEntryInput; at: string }[] = [];
export function insertAuditEntry(_sqlite: Database, entry: AuditEntryInput, at: string): void {
  STUB_AUDIT.push({ entry, at });
}
