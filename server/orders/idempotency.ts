import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { IdempotencyScope, OrderRepository } from '../data/orders.ts';
import { ValidationError } from '../errors.ts';
import { IdempotencyKeyInUseError, IdempotencyKeyReusedError } from './errors.ts';

/**
 * `Idempotency-Key` for requests that move money. The key is optional: without one a request is simply
 * not deduplicated (a cart still makes at most one order). With one, the first complete answer is
 * stored for 24 hours and replayed for the same key and the same request; the same key with another
 * request is refused with 422 `idempotency_key_reused`. A request that failed keeps no key, so it may
 * be retried with the same one.
 */

/** A serialized JSON answer, as sent and as stored. */
export type StoredAnswer = { status: number; body: string };

const Key = z.string().regex(/^[\x21-\x7e]{1,255}$/, 'must be 1 to 255 visible ASCII characters');

export function readIdempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  const parsed = Key.safeParse(header);
  if (!parsed.success)
    throw new ValidationError([
      { path: 'Idempotency-Key', message: parsed.error.issues[0]?.message ?? 'is not valid' },
    ]);
  return parsed.data;
}

/** The validated request's fingerprint: property order is the schema's, so equal requests hash equal. */
export function idempotencyScope(scope: string, key: string, request: unknown): IdempotencyScope {
  return { scope, key, requestHash: createHash('sha256').update(JSON.stringify(request)).digest('hex') };
}

/** The stored answer for the key, null when the key is new; throws when it belongs to another request or is still running. */
export function storedAnswer(
  found: { requestHash: string; status: number | null; response: string | null } | null,
  scope: IdempotencyScope,
): StoredAnswer | null {
  if (!found) return null;
  if (found.requestHash !== scope.requestHash) throw new IdempotencyKeyReusedError();
  if (found.status === null || found.response === null) throw new IdempotencyKeyInUseError();
  return { status: found.status, body: found.response };
}

/**
 * For a request whose work is not one transaction (paying an order again): the key is claimed first,
 * the answer stored once it is complete, and the key given back when the request fails.
 */
export async function answerOnce(
  orders: OrderRepository,
  scope: IdempotencyScope,
  now: string,
  run: () => Promise<StoredAnswer>,
): Promise<StoredAnswer> {
  const lookUp = async () => storedAnswer(await orders.idempotentResponse(scope.scope, scope.key), scope);
  const earlier = await lookUp();
  if (earlier) return earlier;
  if (!(await orders.claimIdempotencyKey(scope, now)))
    return (await lookUp()) ?? Promise.reject(new IdempotencyKeyInUseError());
  let answer: StoredAnswer;
  try {
    answer = await run();
  } catch (error) {
    await orders.releaseIdempotencyKey(scope);
    throw error;
  }
  await orders.storeIdempotentAnswer({ scope, status: answer.status, response: answer.body });
  return answer;
}

/**
 * Requests with the same key running at the same time in this process share one execution: the
 * later ones wait for the first and answer what it answered (or fail as it failed).
 */
export function createInFlight() {
  const running = new Map<string, { requestHash: string; answer: Promise<StoredAnswer> }>();
  return async function dedupe(scope: IdempotencyScope, run: () => Promise<StoredAnswer>): Promise<StoredAnswer> {
    const id = `${scope.scope}\u0000${scope.key}`;
    const current = running.get(id);
    if (current) {
      if (current.requestHash !== scope.requestHash) throw new IdempotencyKeyReusedError();
      return current.answer;
    }
    const answer = run();
    running.set(id, { requestHash: scope.requestHash, answer });
    try {
      return await answer;
    } finally {
      running.delete(id);
    }
  };
}
