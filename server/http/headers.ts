import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * Header access for middleware that runs on every request. On @hono/node-server, `c.req.header()` makes
 * the adapter build a web Headers object from the Node request, and headers added to a finished
 * response make it build a full web Response: together they cost about half of a cached page's
 * throughput. Node already holds parsed request headers and merges headers set on its response into
 * the ones the handler writes (the handler's win), so middleware uses those when they exist.
 */

/** A request header by lowercase name. */
export function requestHeader(c: Context<AppEnv>, name: string): string | undefined {
  const incoming = c.env?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Sets a response header unless the handler sets the same one; call it before `next()`. */
export function setDefaultHeader(c: Context<AppEnv>, name: string, value: string): void {
  const outgoing = c.env?.outgoing;
  if (outgoing && !outgoing.headersSent) outgoing.setHeader(name, value);
  else c.header(name, value);
}
