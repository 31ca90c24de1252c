import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { createLimiter } from '../shared/limiter.ts';
import { PasswordHashingBusyError } from './errors.ts';

/**
 * Passwords as scrypt hashes: `scrypt$<log2 N>$<r>$<p>$<salt>$<key>` (salt and key base64url). The
 * parameters travel with each hash, so they can be raised later and old hashes still verify.
 */

/** N = 2^15, r = 8: 32 MiB and about 100 ms per hash, OWASP's scrypt floor. */
const LOG2_N = 15;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Accepted when reading a stored hash: enough to raise the cost, not enough to let a bad row exhaust memory. */
const MAX_LOG2_N = 20;

/**
 * Hashes run at once, process-wide. Each holds 32 MiB and one of libuv's four threads, which file reads
 * and writes (uploads, static files) need too; two leave the others free whatever the sign-in traffic.
 */
export const HASHES_AT_ONCE = 2;
/**
 * Hashes that may wait for a slot: about 1.6 s of work at two at a time. Beyond that a flood of sign-ins
 * is refused with 429 at once instead of queueing without end (and holding each request's memory).
 */
export const HASHES_WAITING = 32;

/** Every scrypt in the process runs through this; exported so tests can hold its slots. */
export const passwordHashing = createLimiter(HASHES_AT_ONCE, {
  maxWaiting: HASHES_WAITING,
  refuse: () => new PasswordHashingBusyError(),
});

/** One scrypt, unlimited: callers hold a `passwordHashing` slot. */
function derive(password: string, salt: Buffer, log2N: number, r: number, p: number): Promise<Buffer> {
  // scrypt needs 128 · N · r bytes; Node refuses anything over 32 MiB unless maxmem says more.
  const options: ScryptOptions = { N: 2 ** log2N, r, p, maxmem: 128 * 2 ** log2N * r * p + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

async function hashNow(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, LOG2_N, R, P);
  return ['scrypt', LOG2_N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Rejects with PasswordHashingBusyError (429) when too many hashes are already waiting. */
export function hashPassword(password: string): Promise<string> {
  return passwordHashing.run(() => hashNow(password));
}

type Parsed = { log2N: number; r: number; p: number; salt: Buffer; key: Buffer };

function parseHash(stored: string): Parsed | null {
  const match = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d)\$([\w-]{16,})\$([\w-]{32,})$/.exec(stored);
  if (!match) return null;
  const [, log2N, r, p, salt, key] = match as unknown as [string, string, string, string, string, string];
  const parsed = {
    log2N: Number(log2N),
    r: Number(r),
    p: Number(p),
    salt: Buffer.from(salt, 'base64url'),
    key: Buffer.from(key, 'base64url'),
  };
  if (parsed.log2N < 10 || parsed.log2N > MAX_LOG2_N || parsed.r < 1 || parsed.p < 1) return null;
  return parsed;
}

/**
 * A hash of no one's password, with today's parameters. A sign-in for an unknown email verifies
 * against it, so it takes as long as one for a real account and the timing tells nothing.
 */
let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashNow(randomBytes(18).toString('base64url'));
  return dummy;
}

/**
 * Whether `password` matches `stored`, compared in constant time; a malformed hash matches nothing.
 * `stored` null (no such account) verifies against the dummy hash, so it costs the same. Rejects with
 * PasswordHashingBusyError (429) when too many hashes are already waiting. `beforeHash` runs once a
 * slot is free, just before the hash, and may refuse it by throwing.
 */
export function verifyPassword(
  password: string,
  stored: string | null,
  beforeHash?: () => Promise<void>,
): Promise<boolean> {
  return passwordHashing.run(async () => {
    await beforeHash?.();
    const parsed = parseHash(stored ?? (await dummyHash()));
    if (!parsed) return false;
    const key = await derive(password, parsed.salt, parsed.log2N, parsed.r, parsed.p);
    return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
  });
}
