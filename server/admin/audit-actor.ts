import type { Context } from 'hono';
import type { AuditActor } from '../data/audit.ts';
import type { AppEnv } from '../http/env.ts';
import { signedIn } from '../auth/bearer.ts';

/** The signed-in admin, as the audit log names who made a change. */
export function auditActor(c: Context<AppEnv>): AuditActor {
  const { account } = signedIn(c);
  return { id: account.id, email: account.email };
}
