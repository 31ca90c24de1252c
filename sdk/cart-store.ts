import { atom, type ReadableAtom } from 'nanostores';
import type { CartApi } from './cart-api.ts';
import { isStoreletError, toStoreletError, type StoreletError } from './errors.ts';
import type { Cart, CartLine, StickerLineChoice } from './schemas/cart.ts';
import { scopedKey, type KeyValueStorage } from './storage.ts';

export type CartStatus = 'idle' | 'loading' | 'ready' | 'error';

export type CartStore = {
  /** The cart as the server last priced it, with optimistic edits laid over until it answers. */
  $cart: ReadableAtom<Cart | null>;
  $status: ReadableAtom<CartStatus>;
  /** The last failed change, kept until the next one succeeds; widgets show its message. */
  $error: ReadableAtom<StoreletError | null>;
  /** True while a change is on its way; totals shown meanwhile may be out of date. */
  $pending: ReadableAtom<boolean>;
  load(): Promise<Cart | null>;
  add(variantId: string, quantity?: number): Promise<Cart>;
  /**
   * Adds a custom sticker line: the variant of a `sticker` product, a design uploaded to this cart and
   * the chosen specs. Not optimistic: only the server can price it. Unlike `add`, a cart that is gone or
   * checked out is not replaced here (the design belongs to it): it is forgotten and the add fails with
   * the server's reason, so the caller can send the design again through `forCart` and add once more.
   */
  addSticker(variantId: string, quantity: number, sticker: StickerLineChoice): Promise<Cart>;
  /** The cart, made on the server first when this device has none yet (an upload needs its id). */
  ensureCart(): Promise<Cart>;
  /**
   * Runs a request that needs this device's cart id but changes no line (an upload). When the cart is
   * gone or was checked out, it runs once more on a new cart, as `add` does; the old cart stays its
   * order's (a pending checkout still names it).
   */
  forCart<T>(run: (cartId: string) => Promise<T>): Promise<T>;
  setQuantity(lineId: string, quantity: number): Promise<Cart>;
  remove(lineId: string): Promise<Cart>;
  applyDiscount(code: string): Promise<Cart>;
  removeDiscount(): Promise<Cart>;
  setDestination(country: string | null, region?: string | null): Promise<Cart>;
  setShippingMethod(methodId: string): Promise<Cart>;
  /** Forgets the cart on this device, e.g. once it became an order. */
  clear(): void;
  /** This device's cart id, if it has one. */
  currentId(): string | null;
  /** Takes the cart the server answered for this device (the customer's, after signing in), or forgets it for null. */
  adopt(cart: Cart | null): void;
};

/** Shown for a failure that is not the shop's answer (a bug, something thrown by a custom fetch). */
const CART_FAILED = 'The cart could not be updated.';

/** The error says the cart takes no more changes: it expired, or was already turned into an order. */
export const isCartGone = (error: unknown): boolean =>
  isStoreletError(error) && (error.code === 'cart_not_found' || error.code === 'cart_completed');

function withLine(cart: Cart, lineId: string, change: (line: CartLine) => CartLine | null): Cart {
  const lines = cart.lines.flatMap((line) => {
    if (line.id !== lineId) return [line];
    const changed = change(line);
    return changed ? [changed] : [];
  });
  return {
    ...cart,
    lines,
    itemCount: lines.reduce((sum, line) => sum + (line.kind === 'sticker' ? 1 : line.quantity), 0),
  };
}

/**
 * The shopper's cart, kept on the server; only its id lives in the host page's storage. Changes
 * run one at a time, show at once (optimistic), and are replaced by the server's answer, or rolled
 * back with an error when it refuses.
 */
export function createCartStore(api: CartApi, storage: KeyValueStorage, apiUrl: string): CartStore {
  const key = scopedKey(apiUrl, 'cart');
  const $cart = atom<Cart | null>(null);
  const $status = atom<CartStatus>('idle');
  const $error = atom<StoreletError | null>(null);
  const $pending = atom(false);
  let queue: Promise<unknown> = Promise.resolve();

  function settle(cart: Cart): Cart {
    storage.setItem(key, cart.id);
    $cart.set(cart);
    $status.set('ready');
    $error.set(null);
    return cart;
  }

  /** Runs changes in order, so a fast clicker's answers never land out of sequence. */
  function change(optimistic: ((cart: Cart) => Cart) | null, run: () => Promise<Cart>): Promise<Cart> {
    const next = queue.then(async () => {
      const before = $cart.get();
      if (before && optimistic) $cart.set(optimistic(before));
      $pending.set(true);
      try {
        return settle(await run());
      } catch (thrown) {
        const failure = toStoreletError(thrown, CART_FAILED);
        // A cart that is gone is shown as gone, not rolled back to what it was.
        $cart.set(isCartGone(failure) ? null : before);
        $error.set(failure);
        throw failure;
      } finally {
        $pending.set(false);
      }
    });
    queue = next.catch(() => undefined);
    return next;
  }

  async function ensureCartId(): Promise<string> {
    const id = $cart.get()?.id ?? storage.getItem(key);
    if (id) return id;
    return settle(await api.create()).id;
  }

  /**
   * Runs a change on this device's cart. When the cart vanished on the server or became an order, it
   * is forgotten; an add (`replay`) then goes to a new cart, while a change to the old cart's lines,
   * code or destination has nothing left to apply to and fails with the server's reason.
   */
  async function withCart(run: (cartId: string) => Promise<Cart>, replay = false): Promise<Cart> {
    const cartId = await ensureCartId();
    try {
      return await run(cartId);
    } catch (error) {
      if (!isCartGone(error)) throw error;
      storage.removeItem(key);
      if (!replay) throw error;
      return run((await api.create()).id);
    }
  }

  function ensureCart(): Promise<Cart> {
    return change(null, async () => {
      const id = $cart.get()?.id ?? storage.getItem(key);
      if (id) {
        try {
          return await api.get(id);
        } catch (error) {
          if (!isCartGone(error)) throw error;
        }
      }
      return api.create();
    });
  }

  return {
    $cart,
    $status,
    $error,
    $pending,
    async load() {
      const id = storage.getItem(key);
      if (!id) {
        $status.set('ready');
        return null;
      }
      $status.set('loading');
      try {
        return settle(await api.get(id));
      } catch (error) {
        const failure = toStoreletError(error, CART_FAILED);
        if (isCartGone(failure)) {
          storage.removeItem(key);
          $cart.set(null);
          $status.set('ready');
          return null;
        }
        $error.set(failure);
        $status.set('error');
        throw failure;
      }
    },
    add(variantId, quantity = 1) {
      return change(null, () => withCart((cartId) => api.addLine(cartId, { variantId, quantity }), true));
    },
    addSticker(variantId, quantity, sticker) {
      return change(null, () => withCart((cartId) => api.addLine(cartId, { variantId, quantity, sticker })));
    },
    ensureCart,
    async forCart(run) {
      const { id } = await ensureCart();
      try {
        return await run(id);
      } catch (error) {
        if (!isCartGone(error)) throw error;
        // Only the cart that refused is replaced: a change meanwhile may have moved to another already.
        const fresh = await change(null, async () => {
          const current = $cart.get();
          return current && current.id !== id ? current : api.create();
        });
        return run(fresh.id);
      }
    },
    setQuantity(lineId, quantity) {
      return change(
        (cart) =>
          withLine(cart, lineId, (line) => ({
            ...line,
            quantity,
            total: { ...line.unitPrice, amount: line.unitPrice.amount * quantity },
          })),
        () => withCart((cartId) => api.updateLine(cartId, lineId, quantity)),
      );
    },
    remove(lineId) {
      return change(
        (cart) => withLine(cart, lineId, () => null),
        () => withCart((cartId) => api.removeLine(cartId, lineId)),
      );
    },
    applyDiscount(code) {
      return change(null, () => withCart((cartId) => api.applyDiscount(cartId, code)));
    },
    removeDiscount() {
      return change(
        (cart) => ({ ...cart, discount: null }),
        () => withCart((cartId) => api.removeDiscount(cartId)),
      );
    },
    setDestination(country, region = null) {
      return change(null, () => withCart((cartId) => api.update(cartId, { country, region })));
    },
    setShippingMethod(methodId) {
      return change(
        (cart) => ({ ...cart, shippingMethod: methodId }),
        () => withCart((cartId) => api.update(cartId, { shippingMethod: methodId })),
      );
    },
    clear() {
      storage.removeItem(key);
      $cart.set(null);
      $error.set(null);
    },
    currentId() {
      return $cart.get()?.id ?? storage.getItem(key);
    },
    adopt(cart) {
      if (cart) settle(cart);
      else this.clear();
    },
  };
}
