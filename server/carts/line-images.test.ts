import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Cart, Product } from '../../sdk/schemas/index.ts';
import { exampleSeed } from '../seed/seed.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ seed: exampleSeed() });
});
after(() => server.close());

test('a cart line shows the picture of the variant chosen, not the product’s first', async () => {
  const tee = (await server.get<Product>('/api/products/organic-cotton-tee')).body;
  const pictured = tee.variants.filter((variant) => variant.imageIndex != null && variant.imageIndex > 0);
  assert.ok(pictured.length > 0, 'the example tee has colours with pictures of their own');
  const cart = (await server.send<Cart>('/api/carts', {})).body;
  for (const variant of [...pictured, tee.variants.find((candidate) => !candidate.imageIndex)].filter(
    (found) => found !== undefined,
  )) {
    await server.send(`/api/carts/${cart.id}/lines`, { variantId: variant.id, quantity: 1 });
  }
  const lines = (await server.get<Cart>(`/api/carts/${cart.id}`)).body.lines;
  for (const line of lines) {
    const variant = tee.variants.find((candidate) => candidate.id === line.variantId);
    assert.equal(line.image?.url, tee.images[variant?.imageIndex ?? 0]?.url, line.variantTitle);
  }
});
