import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CartApi } from './cart-api.ts';
import { createCartStore } from './cart-store.ts';
import { StoreletApiError, StoreletConflictError, StoreletNotFoundError } from './errors.ts';
import type { StickerLineChoice } from './schemas/cart.ts';
import type { Cart, CartLine } from './schemas/cart.ts';
import { memoryStorage, scopedKey } from './storage.ts';

// The store's own logic (ordering, optimism, rollback, persistence) against an in-memory cart
// service; the real HTTP path is exercised by the server and end-to-end tests.
const usd = (amount: number) => ({ amount, currency: 'USD' });

function line(id: string, quantity: number, unit = 1000): CartLine {
  return {
    id,
    productId: 'prod_1',
    variantId: `var_${id}`,
    productHandle: 'tee',
    kind: 'standard',
    title: 'Tee',
    variantTitle: 'M',
    sku: `SKU-${id}`,
    image: null,
    quantity,
    available: 10,
    unitPrice: usd(unit),
    total: usd(unit * quantity),
  };
}

function cart(id: string, lines: CartLine[]): Cart {
  const subtotal = lines.reduce((sum, l) => sum + l.total.amount, 0);
  return {
    id,
    currency: 'USD',
    lines,
    itemCount: lines.reduce((sum, l) => sum + l.quantity, 0),
    discount: null,
    country: null,
    region: null,
    shippingOptions: [],
    shippingMethod: null,
    notices: [],
    updatedAt: new Date(0).toISOString(),
    totals: {
      subtotal: usd(subtotal),
      discount: usd(0),
      shipping: null,
      tax: usd(0),
      taxIncluded: false,
      total: usd(subtotal),
    },
  };
}

function fakeApi() {
  const carts = new Map<string, Cart>();
  let next = 1;
  const gates: (() => void)[] = [];
  const calls: string[] = [];
  /** A cart id that has become an order: the server refuses changes to it. */
  let completed = '';
  const get = (id: string) => {
    const found = carts.get(id);
    if (!found) throw new StoreletNotFoundError({ status: 404, code: 'cart_not_found', message: 'No such cart.' });
    return found;
  };
  const save = (c: Cart) => (carts.set(c.id, c), c);
  const api: CartApi = {
    create: async () => save(cart(`cart_${next++}`, [])),
    get: async (id) => get(id),
    update: async (id) => get(id),
    addLine: async (id, body) => {
      calls.push(`add:${body.variantId}${body.sticker ? `:${body.sticker.uploadId}` : ''}`);
      const c = get(id);
      if (c.id === completed)
        throw new StoreletConflictError({ status: 409, code: 'cart_completed', message: 'Already ordered.' });
      return save(cart(id, [...c.lines, line(body.variantId, body.quantity)]));
    },
    updateLine: async (id, lineId, quantity) => {
      calls.push(`update:${quantity}`);
      await new Promise<void>((resolve) => gates.push(resolve));
      if (quantity > 10)
        throw new StoreletConflictError({ status: 409, code: 'out_of_stock', message: 'Only 10 left.' });
      const c = get(id);
      return save(
        cart(
          id,
          c.lines.map((l) => (l.id === lineId ? line(l.id, quantity) : l)),
        ),
      );
    },
    removeLine: async (id, lineId) =>
      save(
        cart(
          id,
          get(id).lines.filter((l) => l.id !== lineId),
        ),
      ),
    applyDiscount: async (id) => get(id),
    removeDiscount: async (id) => get(id),
  };
  return { api, carts, calls, release: () => gates.shift()?.(), complete: (id: string) => void (completed = id) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('cart store', () => {
  it('creates a cart on first add and keeps only its id in storage', async () => {
    const { api } = fakeApi();
    const storage = memoryStorage();
    const store = createCartStore(api, storage, 'https://shop.test');
    await store.add('a', 2);
    assert.equal(storage.getItem(scopedKey('https://shop.test', 'cart')), 'cart_1');
    assert.equal(store.$cart.get()?.itemCount, 2);

    const reloaded = createCartStore(api, storage, 'https://shop.test');
    assert.equal((await reloaded.load())?.id, 'cart_1');
  });

  it('shows a quantity change at once and takes the server answer when it comes', async () => {
    const fake = fakeApi();
    const store = createCartStore(fake.api, memoryStorage(), 'https://shop.test');
    await store.add('a', 1);
    const pending = store.setQuantity('a', 3);
    await tick();
    assert.equal(store.$cart.get()?.lines[0]?.quantity, 3, 'optimistic');
    assert.equal(store.$pending.get(), true);
    fake.release();
    await pending;
    assert.equal(store.$cart.get()?.totals.subtotal.amount, 3000);
    assert.equal(store.$pending.get(), false);
  });

  it('rolls back and keeps the error when the server refuses', async () => {
    const fake = fakeApi();
    const store = createCartStore(fake.api, memoryStorage(), 'https://shop.test');
    await store.add('a', 2);
    const pending = store.setQuantity('a', 50);
    await tick();
    assert.equal(store.$cart.get()?.lines[0]?.quantity, 50);
    fake.release();
    await assert.rejects(pending, { code: 'out_of_stock' });
    assert.equal(store.$cart.get()?.lines[0]?.quantity, 2, 'rolled back');
    assert.equal(store.$error.get()?.code, 'out_of_stock');
  });

  it('applies changes in the order they were made', async () => {
    const fake = fakeApi();
    const store = createCartStore(fake.api, memoryStorage(), 'https://shop.test');
    await store.add('a', 1);
    const first = store.setQuantity('a', 4);
    const second = store.setQuantity('a', 6);
    await tick();
    fake.release();
    await first;
    await tick();
    fake.release();
    await second;
    assert.deepEqual(fake.calls, ['add:a', 'update:4', 'update:6']);
    assert.equal(store.$cart.get()?.lines[0]?.quantity, 6);
  });

  it('starts a new cart when the stored one is gone on the server', async () => {
    const fake = fakeApi();
    const storage = memoryStorage();
    storage.setItem(scopedKey('https://shop.test', 'cart'), 'cart_vanished');
    const store = createCartStore(fake.api, storage, 'https://shop.test');
    assert.equal(await store.load(), null);
    await store.add('b', 1);
    assert.equal(store.$cart.get()?.id, 'cart_1');
    assert.equal(storage.getItem(scopedKey('https://shop.test', 'cart')), 'cart_1');
  });

  it('adds a sticker line with its design and specs, and counts it from the server answer', async () => {
    const fake = fakeApi();
    const store = createCartStore(fake.api, memoryStorage(), 'https://shop.test');
    const sticker: StickerLineChoice = {
      uploadId: 'upl_1',
      shape: 'circle',
      width: 3,
      height: 3,
      unit: 'in',
      material: 'white_vinyl',
      finish: 'gloss',
    };
    await store.addSticker('var_sticker', 200, sticker);
    assert.deepEqual(fake.calls, ['add:var_sticker:upl_1']);
    assert.equal(store.$cart.get()?.itemCount, 200);
  });

  it('ensures a cart exists: makes one when there is none, reuses a live one, replaces a gone one', async () => {
    const fake = fakeApi();
    const storage = memoryStorage();
    const store = createCartStore(fake.api, storage, 'https://shop.test');
    const made = await store.ensureCart();
    assert.equal(made.id, 'cart_1');
    assert.equal(storage.getItem(scopedKey('https://shop.test', 'cart')), 'cart_1');
    assert.equal((await store.ensureCart()).id, 'cart_1');
    fake.carts.clear();
    assert.equal((await store.ensureCart()).id, 'cart_2');
  });

  it('does not replay a change to a line of a cart checked out elsewhere: it empties the cart and says why', async () => {
    const fake = fakeApi();
    const storage = memoryStorage();
    const calls: string[] = [];
    const completed = new StoreletConflictError({
      status: 409,
      code: 'cart_completed',
      message: 'This cart has already been checked out, perhaps in another tab.',
      details: { orderId: 'ord_1' },
    });
    const api: CartApi = {
      ...fake.api,
      create: async () => (calls.push('create'), fake.api.create()),
      updateLine: async (id, lineId) => {
        calls.push(`update:${id}:${lineId}`);
        throw completed;
      },
      removeLine: async () => Promise.reject(completed),
      applyDiscount: async () => Promise.reject(completed),
      update: async () => Promise.reject(completed),
    };
    const store = createCartStore(api, storage, 'https://shop.test');
    await store.add('a', 1);
    calls.length = 0;
    await assert.rejects(store.setQuantity('a', 2), completed);
    assert.deepEqual(calls, ['update:cart_1:a'], 'no new cart, and the old line id is not sent anywhere else');
    assert.equal(store.$cart.get(), null, 'the checked-out cart is no longer shown');
    assert.equal(store.$error.get()?.code, 'cart_completed');
    assert.equal(storage.getItem(scopedKey('https://shop.test', 'cart')), null);

    for (const changeOfTheCart of [
      () => store.remove('a'),
      () => store.applyDiscount('SAVE5'),
      () => store.setDestination('US'),
    ]) {
      await store.add('b', 1);
      await assert.rejects(changeOfTheCart(), { code: 'cart_completed' });
      assert.equal(store.$cart.get(), null);
    }
    assert.deepEqual(calls.filter((call) => call === 'create').length, 3, 'only the adds made carts');
  });

  it('treats a completed cart like a missing one: the change goes to a fresh cart', async () => {
    const fake = fakeApi();
    const store = createCartStore(fake.api, memoryStorage(), 'https://shop.test');
    await store.add('a', 1);
    fake.complete('cart_1');
    await store.add('b', 2);
    assert.equal(store.$cart.get()?.id, 'cart_2');
    assert.equal(store.$cart.get()?.itemCount, 2);
  });

  it('runs an upload on a new cart when the cart was checked out, and leaves a sticker add to the caller', async () => {
    const fake = fakeApi();
    const storage = memoryStorage();
    const store = createCartStore(fake.api, storage, 'https://shop.test');
    await store.add('a', 1);
    fake.complete('cart_1');
    const tried: string[] = [];
    const completed = new StoreletConflictError({ status: 409, code: 'cart_completed', message: 'Already ordered.' });
    const upload = (cartId: string) => (
      tried.push(cartId),
      cartId === 'cart_1' ? Promise.reject(completed) : Promise.resolve(`upl_on_${cartId}`)
    );
    assert.equal(await store.forCart(upload), 'upl_on_cart_2');
    assert.deepEqual(tried, ['cart_1', 'cart_2']);
    assert.equal(store.$cart.get()?.id, 'cart_2');
    assert.equal(storage.getItem(scopedKey('https://shop.test', 'cart')), 'cart_2');
    // Any other refusal is the caller's, with no new cart.
    const invalid = new StoreletApiError({ status: 415, code: 'unsupported_file_type', message: 'Not a design.' });
    await assert.rejects(
      store.forCart(() => Promise.reject(invalid)),
      invalid,
    );
    assert.equal(store.$cart.get()?.id, 'cart_2');

    fake.complete('cart_2');
    const sticker: StickerLineChoice = {
      uploadId: 'upl_on_cart_2',
      shape: 'circle',
      width: 3,
      height: 3,
      unit: 'in',
      material: 'white_vinyl',
      finish: 'gloss',
    };
    await assert.rejects(store.addSticker('var_sticker', 50, sticker), { code: 'cart_completed' });
    assert.equal(store.$cart.get(), null, 'the design belongs to the old cart: no new one is made for it');
    assert.equal(storage.getItem(scopedKey('https://shop.test', 'cart')), null);
  });
});
