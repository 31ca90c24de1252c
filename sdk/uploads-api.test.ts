import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAbortError, StoreletValidationError } from './errors.ts';
import { memoryStorage } from './storage.ts';
import { createStorefront } from './storefront.ts';

// Node has no XMLHttpRequest, so uploads take the fetch path; a recording fetch stands in for the
// network here, and the real server is exercised by the widget and end-to-end tests.
function recordingShop(answer: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const shop = createStorefront({
    apiUrl: 'https://shop.test',
    storage: memoryStorage(),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(request.clone());
      return answer(request);
    },
  });
  return { shop, requests };
}

const upload = {
  id: 'upl_1',
  fileName: 'logo.png',
  format: 'png',
  mediaType: 'image/png',
  size: 4,
  width: 1,
  height: 1,
  previewUrl: null,
  createdAt: '2026-01-01T00:00:00Z',
};
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('uploads in Node', () => {
  it('posts the raw bytes with the file name in the query', async () => {
    const { shop, requests } = recordingShop(() => json(201, upload));
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'my logo.png', { type: 'image/png' });
    const answer = await shop.uploads.create('cart_1', file);
    assert.equal(answer.id, 'upl_1');
    const sent = requests[0]!;
    assert.equal(sent.method, 'POST');
    assert.equal(new URL(sent.url).pathname, '/api/carts/cart_1/uploads');
    assert.equal(new URL(sent.url).searchParams.get('name'), 'my logo.png');
    assert.equal(sent.headers.get('content-type'), 'image/png');
    assert.deepEqual([...new Uint8Array(await sent.arrayBuffer())], [137, 80, 78, 71]);
  });

  it('turns a refusal into a typed error with the server code and message', async () => {
    const { shop } = recordingShop(() =>
      json(415, { error: { code: 'unsupported_file_type', message: 'This file is not an image.' } }),
    );
    await assert.rejects(shop.uploads.create('cart_1', new Blob(['MZ']), { name: 'x.png' }), (error: unknown) => {
      assert.ok(error instanceof StoreletValidationError);
      assert.equal(error.code, 'unsupported_file_type');
      assert.equal(error.message, 'This file is not an image.');
      return true;
    });
  });

  it('rejects an aborted upload with an AbortError', async () => {
    const { shop } = recordingShop(
      (request) =>
        new Promise((_, reject) => {
          const fail = () => reject(new DOMException('Aborted', 'AbortError'));
          if (request.signal.aborted) fail();
          else request.signal.addEventListener('abort', fail);
        }),
    );
    const controller = new AbortController();
    const pending = shop.uploads.create('cart_1', new Blob(['x']), { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, (error: unknown) => isAbortError(error));
  });

  it('asks for sticker quotes with the spec as JSON', async () => {
    const { shop, requests } = recordingShop(() =>
      json(400, { error: { code: 'size_out_of_range', message: 'Too small.' } }),
    );
    const body = {
      shape: 'circle',
      width: 1,
      height: 1,
      unit: 'mm',
      material: 'white_vinyl',
      finish: 'gloss',
      quantity: 50,
    } as const;
    await assert.rejects(shop.stickers.quote(body), { code: 'size_out_of_range' });
    assert.deepEqual(await requests[0]!.json(), body);
  });
});
