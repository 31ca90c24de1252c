// The admin SDK (storelet/admin) against a real server, in Node, every response checked against the
// shared wire schemas: signing in and out, a 401 signing the client out, and orders with their design files.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createAdminClient, type AdminClient } from '../../sdk/admin/index.ts';
import { StoreletAuthError, StoreletNotFoundError, StoreletRateLimitError, memoryStorage } from '../../sdk/index.ts';
import { validateResponses } from '../../sdk/validate.ts';
import { createUser } from '../accounts/test-support/users.ts';
import { stickerShopSeed } from '../stickers/test-support/sticker-shop.ts';
import { checkout, createCart, payWithTestGateway, variantId } from '../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';
import { acceptedSamples } from '../uploads/test-support/samples.ts';
import { upload } from '../uploads/test-support/upload.ts';

const ADMIN = { email: 'owner@example.com', password: 'a long admin password' };

describe('admin SDK against a real server', () => {
  let server: TestServer;
  const client = (): AdminClient =>
    createAdminClient({ apiUrl: server.url, storage: memoryStorage(), validateResponses, retries: 0 });

  before(async () => {
    server = await startTestServer({ seed: stickerShopSeed, config: { admin: ADMIN } });
    await createUser(server.data, 'shopper@example.com', 'a shopper password', 'customer');
  });
  after(() => server?.close());

  it('signs in, knows the account, and signs out on the server', async () => {
    const admin = client();
    const account = await admin.signIn(ADMIN);
    assert.equal(account.role, 'admin');
    assert.deepEqual(await admin.account(), account);
    assert.deepEqual(admin.$session.get(), { status: 'signed-in', account });
    await admin.signOut();
    assert.deepEqual(admin.$session.get(), { status: 'signed-out' });
    assert.equal(await admin.account(), null);
  });

  it('refuses a wrong password with invalid_credentials, then rate limits with the wait in seconds', async () => {
    const admin = client();
    const email = 'guessed@example.com';
    await assert.rejects(admin.signIn({ email, password: 'nope' }), (error: unknown) => {
      return error instanceof StoreletAuthError && error.status === 401 && error.code === 'invalid_credentials';
    });
    for (let i = 0; i < 4; i++) await admin.signIn({ email, password: 'nope' }).catch(() => undefined);
    await assert.rejects(admin.signIn({ email, password: 'nope' }), (error: unknown) => {
      assert.ok(error instanceof StoreletRateLimitError, String(error));
      assert.ok(
        error.retryAfter !== undefined && error.retryAfter > 0 && error.retryAfter <= 60,
        `retryAfter ${error.retryAfter}`,
      );
      return true;
    });
  });

  it('a token ended elsewhere answers 401, and the client then says signed out', async () => {
    const storage = memoryStorage();
    const same = createAdminClient({ apiUrl: server.url, storage, validateResponses });
    await same.signIn(ADMIN);
    // A second client on the same stored token (another tab) signs out; the first finds out on its next call.
    const other = createAdminClient({ apiUrl: server.url, storage: { ...storage, removeItem: () => undefined } });
    await other.signOut();
    assert.equal(await same.account(), null);
    assert.deepEqual(same.$session.get(), { status: 'signed-out' });
  });

  it('lists, searches and opens a sticker order, and downloads its design byte for byte', async () => {
    const png = (await acceptedSamples())[0]!.bytes;
    const cart = await createCart(server);
    const uploaded = await upload(server, cart.id, png, 'band-logo.png');
    const sticker = {
      uploadId: uploaded.body.id,
      shape: 'circle',
      width: 50,
      height: 50,
      unit: 'mm',
      material: 'holographic',
      finish: 'gloss',
    };
    await server.send(`/api/carts/${cart.id}/lines`, {
      variantId: await variantId(server, 'custom-die-cut'),
      quantity: 100,
      sticker,
    });
    const placed = await checkout(server, cart.id, { email: 'band@example.com' });
    await payWithTestGateway(placed, 'approve');

    const admin = client();
    await admin.signIn(ADMIN);
    const found = await admin.orders.list({ q: 'band@', paymentStatus: 'paid' });
    assert.deepEqual(
      found.items.map((item) => [item.number, item.designCount]),
      [[placed.order.number, 1]],
    );
    const order = await admin.orders.get(placed.order.id);
    const design = order.designs[0]!;
    assert.equal(design.fileName, 'band-logo.png');
    assert.deepEqual(design.lineIds, [order.lines[0]!.id]);
    const file = await admin.orders.downloadDesign(order.id, design.id);
    const bytes = Buffer.from(await file.arrayBuffer());
    assert.ok(bytes.equals(png), 'the downloaded file is the uploaded one');
    assert.equal(createHash('sha256').update(bytes).digest('hex'), design.sha256);
    await assert.rejects(admin.orders.downloadDesign(order.id, 'upl_missing'), StoreletNotFoundError);
  });

  it('a customer is refused the orders with a 403 and stays signed in', async () => {
    const shopper = client();
    await shopper.signIn({ email: 'shopper@example.com', password: 'a shopper password' });
    await assert.rejects(
      shopper.orders.list(),
      (error: unknown) => error instanceof StoreletAuthError && error.status === 403,
    );
    assert.equal(shopper.$session.get().status, 'signed-in');
  });
});
