import type { AuditEntity } from '../../sdk/schemas/index.ts';

export type AuditActor = { id: string; email: string };

export type AuditEntryInput = {
  actor: AuditActor;
  action: string;
  entity: AuditEntity;
  entityId: string;
  before: unknown;
  after: unknown;
};
