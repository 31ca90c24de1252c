import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Health } from '../../sdk/schemas/index.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ seed: 'none', rules: 'none' });
});
after(() => server.close());

test('GET /api/health is 200 while the database answers, and 503 once it does not', async () => {
  const up = await server.get<Health>('/api/health');
  assert.equal(up.status, 200);
  assert.deepEqual(up.body, { status: 'ok', database: 'ok' });

  const ping = server.data.ping;
  server.data.ping = () => Promise.reject(new Error('SQLITE_IOERR: disk I/O error'));
  try {
    const down = await server.get<ErrorJson>('/api/health');
    assert.equal(down.status, 503);
    assert.equal(down.body.error.code, 'internal_error');
    assert.doesNotMatch(down.text, /SQLITE/, 'the cause stays on the server');
  } finally {
    server.data.ping = ping;
  }
  assert.equal((await server.get('/api/health')).status, 200);
});
