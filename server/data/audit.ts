import type { AUDIT_ENTITIES } from '../../sdk/schemas/index.ts';

export type AuditActor = { id: string; email: string };
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
export type AuditEntryInput = {
  actor: AuditActor;
  action: string;
  entity: AuditEntity;
  entityId: string;
  before: unknown;
  after: unknown;
};
