import type { Context } from 'hono';
import type { AdminEdit } from '../data/rules-admin.ts';
import type { AppEnv } from '../http/env.ts';
import type { Shop } from '../shop/shop.ts';
import { auditActor } from './audit-actor.ts';

/** The signed-in admin and the shop's clock: who and when, for the audit log of a write. */
export function adminEdit(c: Context<AppEnv>, shop: Shop): AdminEdit {
  return { actor: auditActor(c), at: shop.now().toISOString() };
}
