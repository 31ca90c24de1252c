import type { Database } from 'better-sqlite3';
import type { AuditEntryInput } from '../audit.ts';

/** Stand-in until the audit log lands on main: records nothing. */
export function insertAuditEntry(sqlite: Database, entry: AuditEntryInput, at: string): void {
  void sqlite;
  void entry;
  void at;
}
