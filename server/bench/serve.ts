// A server process for the benchmark, so the load generator never shares its event loop:
//   BENCH_MODE=bare  a bare Hono route answering a constant JSON body (the yardstick); with BENCH_BODY_FILE,
//                    that file's bytes as JSON instead (as large as the page it is compared with)
//   BENCH_MODE=shop  the Storelet server on BENCH_DB, writing any email to BENCH_OUTBOX
// Prints `listening <url>` on stdout once it answers.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { startServer } from '../start.ts';

const mode = process.env['BENCH_MODE'];

if (mode === 'bare') {
  const app = new Hono();
  const file = process.env['BENCH_BODY_FILE'];
  if (file) {
    const bytes = readFileSync(file, 'utf8');
    app.get('/bare', (c) => c.body(bytes, 200, { 'content-type': 'application/json' }));
  } else {
    const body = { items: [], nextCursor: null };
    app.get('/bare', (c) => c.json(body));
  }
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
    console.log(`listening http://127.0.0.1:${info.port}`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
} else if (mode === 'shop') {
  const databaseUrl = process.env['BENCH_DB'];
  if (!databaseUrl) throw new Error('BENCH_DB names the database file');
  const outboxDir = process.env['BENCH_OUTBOX'];
  if (!outboxDir) throw new Error('BENCH_OUTBOX names a scratch folder for email');
  const server = await startServer({ port: 0, databaseUrl, outboxDir, seed: 'none' });
  console.log(`listening ${server.url}`);
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
} else {
  throw new Error(`BENCH_MODE must be bare or shop, not ${mode}`);
}
