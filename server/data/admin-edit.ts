import type { AuditActor } from './audit.ts';

/** Who makes an admin change, and when: what the audit log records with it. */
export type AdminEdit = { actor: AuditActor; at: string };
