import type { Context } from 'hono';
import { signedIn } from '../auth/bearer.ts';
import type { AuditActor } from '../data/audit.ts';
import type { AppEnv } from '../http/env.ts';

export function auditActor(c: Context<AppEnv>): AuditActor {
  const { account } = signedIn(c);
  return { id: account.id, email: account.email };
}
