import type { Context } from 'hono';
import type { AuditActor } from '../data/audit.ts';
import type { AppEnv } from '../http/env.ts';

export function auditActor(c: Context<AppEnv>): AuditActor {
  const account = c.get('account');
  if (!account) throw new Error('no admin');
  return { id: account.id, email: account.email };
}
