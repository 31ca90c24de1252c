import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import type { Upload } from '../../sdk/schemas/index.ts';
import { createCart } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { acceptedSamples, SAFE_SVG } from './test-support/samples.ts';
import { MAX_UPLOADS_PER_CART } from './service.ts';
import { filesUnder, upload } from './test-support/upload.ts';

const LIMIT = 1000;

let server: TestServer;
/** What the server reported as unexpected: a client going away is not. */
const unexpected: string[] = [];
before(async () => {
  server = await startTestServer({
    seed: 'none',
    config: { maxUploadBytes: LIMIT, uploadFormats: ['png', 'pdf'] },
    start: { logError: (message) => unexpected.push(message) },
  });
});
after(() => server.close());

/** A PDF of exactly `size` bytes. */
function pdfOf(size: number): Buffer {
  const start = Buffer.from('%PDF-1.4\n%');
  const end = Buffer.from('\n%%EOF\n');
  return Buffer.concat([start, Buffer.alloc(size - start.length - end.length, 0x41), end]);
}

/** Sends `chunks` as a streamed body without Content-Length, the way a browser streams a large file. */
async function streamUpload(cartId: string, chunks: Buffer[]): Promise<{ status: number; body: ErrorJson }> {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const response = await fetch(`${server.url}/api/carts/${cartId}/uploads?name=big.pdf`, {
    method: 'POST',
    body,
    duplex: 'half',
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as ErrorJson };
}

describe('the size limit', () => {
  test('a file of exactly the limit is accepted', async () => {
    const cart = await createCart(server);
    const response = await upload(server, cart.id, pdfOf(LIMIT), 'max.pdf');
    assert.equal(response.status, 201, response.text);
    assert.equal((response.body as Upload).size, LIMIT);
  });

  test('one byte more is 413 upload_too_large, declared or streamed, and leaves nothing on disk', async () => {
    const before = filesUnder(join(server.dir, 'uploads'));
    const cart = await createCart(server);
    const declared = await upload(server, cart.id, pdfOf(LIMIT + 1), 'over.pdf');
    assert.equal(declared.status, 413);
    assert.deepEqual(declared.body.error, {
      code: 'upload_too_large',
      message: `The file is larger than ${LIMIT} bytes.`,
      details: { maxBytes: LIMIT },
    });
    const streamed = await streamUpload(cart.id, [pdfOf(600), pdfOf(600)]);
    assert.equal(streamed.status, 413);
    assert.equal(streamed.body.error.code, 'upload_too_large');
    assert.deepEqual(filesUnder(join(server.dir, 'uploads')), before);
  });

  test('the server keeps answering after refusing a large upload', async () => {
    const cart = await createCart(server);
    await upload(server, cart.id, pdfOf(LIMIT * 20), 'huge.pdf');
    const png = (await acceptedSamples())[0];
    assert.ok(png && png.bytes.length <= LIMIT);
    assert.equal((await upload(server, cart.id, png.bytes, 'ok.png')).status, 201);
  });
});

describe('an interrupted upload', () => {
  test('a client that goes away mid-file leaves nothing, and the server carries on', async () => {
    const cart = await createCart(server);
    const url = new URL(`${server.url}/api/carts/${cart.id}/uploads?name=gone.pdf`);
    const sent = request({
      host: url.hostname,
      port: url.port,
      path: url.pathname + url.search,
      method: 'POST',
      headers: { 'content-length': '900' },
    });
    sent.on('error', () => {});
    sent.write(pdfOf(900).subarray(0, 300));
    await sleep(50);
    sent.destroy();
    for (let attempt = 0; attempt < 50 && filesUnder(join(server.dir, 'uploads', '.staging')).length > 0; attempt++)
      await sleep(20);
    assert.deepEqual(filesUnder(join(server.dir, 'uploads', '.staging')), []);
    assert.equal((await upload(server, cart.id, pdfOf(500), 'next.pdf')).status, 201);
    assert.deepEqual(unexpected, [], 'a client that went away is not a server error');
  });

  test('a client that goes away before the server starts reading leaves nothing either', async () => {
    const cart = await createCart(server);
    const url = new URL(`${server.url}/api/carts/${cart.id}/uploads?name=gone.pdf`);
    for (let attempt = 0; attempt < 20; attempt++) {
      const sent = request({
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: 'POST',
        headers: { 'content-length': '900' },
      });
      sent.on('error', () => {});
      sent.write(pdfOf(900).subarray(0, 300), () => sent.destroy());
    }
    await sleep(300);
    // On a busy machine the last of them may still be cleaning up: give it a moment more.
    for (let attempt = 0; attempt < 100 && filesUnder(join(server.dir, 'uploads', '.staging')).length > 0; attempt++)
      await sleep(20);
    assert.deepEqual(filesUnder(join(server.dir, 'uploads', '.staging')), []);
    assert.deepEqual(unexpected, [], 'a client that went away is not a server error');
  });
});

describe('designs per cart', () => {
  test(`a cart takes ${MAX_UPLOADS_PER_CART} designs, then 429 rate_limited`, async () => {
    const cart = await createCart(server);
    for (let index = 0; index < MAX_UPLOADS_PER_CART; index++) {
      assert.equal((await upload(server, cart.id, pdfOf(100 + index), `${index}.pdf`)).status, 201);
    }
    const over = await upload(server, cart.id, pdfOf(100), 'one-more.pdf');
    assert.equal(over.status, 429);
    assert.equal(over.body.error.code, 'rate_limited');
    assert.equal((await upload(server, (await createCart(server)).id, pdfOf(100), 'fresh.pdf')).status, 201);
  });

  test('uploads sent at the same time cannot pass the limit together', async () => {
    const cart = await createCart(server);
    const sent = Array.from({ length: MAX_UPLOADS_PER_CART + 10 }, (_, index) =>
      upload(server, cart.id, pdfOf(200 + index), `${index}.pdf`),
    );
    const statuses = (await Promise.all(sent)).map((response) => response.status);
    assert.equal(statuses.filter((status) => status === 201).length, MAX_UPLOADS_PER_CART);
    assert.equal(statuses.filter((status) => status === 429).length, 10);
  });
});

describe('the accepted formats', () => {
  test('a format left out of the configuration is 415 unsupported_file_type, naming what is accepted', async () => {
    const cart = await createCart(server);
    const response = await upload(server, cart.id, Buffer.from(SAFE_SVG.slice(0, 900)), 'logo.svg');
    assert.equal(response.status, 415);
    assert.equal(response.body.error.code, 'unsupported_file_type');
    assert.deepEqual(response.body.error.details, { accepted: ['png', 'pdf'], detected: 'svg' });
  });
});
