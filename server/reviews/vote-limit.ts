import type { Context } from 'hono';
import { RateLimitedError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';

export type VoteLimitOptions = { perMinute: number; now: () => number };

/** Most addresses remembered; past this the window starts over early (a flood of addresses cannot fill memory). */
const MAX_ADDRESSES = 10_000;
const WINDOW_MS = 60_000;

/**
 * Helpful votes per network address and minute. Each visitor votes once per review anyway; this stops
 * one machine inventing visitor ids to push a review up.
 */
export function voteLimiter(options: VoteLimitOptions): (c: Context<AppEnv>) => void {
  let windowStart = options.now();
  let counts = new Map<string, number>();
  return (c) => {
    const now = options.now();
    if (now - windowStart >= WINDOW_MS || counts.size >= MAX_ADDRESSES) {
      windowStart = now;
      counts = new Map();
    }
    const address = c.env?.incoming?.socket.remoteAddress ?? 'unknown';
    const used = (counts.get(address) ?? 0) + 1;
    counts.set(address, used);
    if (used > options.perMinute) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000));
      throw new RateLimitedError(retryAfter, `Too many votes from here. Try again in ${retryAfter} seconds.`);
    }
  };
}
