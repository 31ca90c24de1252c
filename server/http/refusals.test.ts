import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ERROR_CODES } from '../../sdk/schemas/index.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

let server: TestServer;
const logged: string[] = [];
before(async () => {
  server = await startTestServer({ seed: 'none', start: { logError: (message) => logged.push(message) } });
});
after(() => server.close());

type RawAnswer = { status: number; headers: Map<string, string>; body: string };

/** Sends bytes exactly as given (fetch would refuse to send most of these) and reads the answer until close. */
function sendRaw(request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
      // Answers the app gives keep the connection open: stop once the whole body is in.
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(head)?.[1];
      if (length !== undefined && Buffer.byteLength(body) >= Number(length)) socket.end();
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(request);
  });
}

describe('requests refused before the app runs', () => {
  const cases = [
    {
      name: 'an unknown method',
      request: 'BREW /api/products HTTP/1.1\r\nHost: shop\r\n\r\n',
      status: 405,
      code: 'method_not_allowed',
    },
    {
      name: 'CONNECT',
      request: 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n',
      status: 405,
      code: 'method_not_allowed',
    },
    {
      name: 'headers too large',
      request: `GET /api/products HTTP/1.1\r\nHost: shop\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`,
      status: 431,
      code: 'headers_too_large',
    },
    {
      name: 'a request that is not HTTP',
      request: 'GET /api/products HTTP/1.1\r\nHost shop\r\n\r\n',
      status: 400,
      code: 'bad_request',
    },
    {
      name: 'an invalid Host',
      request: 'GET /api/products HTTP/1.1\r\nHost: a b\r\n\r\n',
      status: 400,
      code: 'bad_request',
    },
    { name: 'no Host at all', request: 'GET /api/products HTTP/1.1\r\n\r\n', status: 400, code: 'bad_request' },
  ];
  for (const { name, request, status, code } of cases) {
    test(`${name}: the JSON error envelope and a request id`, async () => {
      const answer = await sendRaw(request);
      assert.equal(answer.status, status, answer.body);
      assert.match(answer.headers.get('content-type') ?? '', /^application\/json/);
      assert.match(answer.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
      assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
      const body = JSON.parse(answer.body) as { error: { code: string; message: string } };
      assert.equal(body.error.code, code);
      assert.ok((ERROR_CODES as readonly string[]).includes(body.error.code));
      assert.ok(body.error.message.length > 0);
    });
  }

  test('a method the parser knows but no route takes is the app’s own 405, and nothing was logged', async () => {
    const answer = await sendRaw('PROPFIND /api/products HTTP/1.1\r\nHost: shop\r\n\r\n');
    assert.equal(answer.status, 405);
    assert.ok(answer.headers.get('x-request-id'));
    assert.equal(JSON.parse(answer.body).error.code, 'method_not_allowed');
    assert.deepEqual(logged, []);
  });

  test('the server still answers ordinary requests after all of them', async () => {
    assert.equal((await server.get('/api/products')).status, 200);
  });
});
