import type { ReactiveController, ReactiveElement } from 'lit';
import type { Cart, CartStore, Storefront, StoreletError } from '../../sdk/index.ts';
import { StorefrontController } from '../storefront-controller.ts';

/**
 * Gives an element this device's cart: the storefront's cart store, re-rendering the host on every
 * change of the cart, its pending flag or its error, and following a change of storefront. The
 * first element to connect loads the cart; the others share the same store and its answer.
 */
export class CartController implements ReactiveController {
  readonly storefront: StorefrontController;
  private unsubscribe: Array<() => void> = [];
  private connected = false;

  constructor(private readonly host: ReactiveElement) {
    this.storefront = new StorefrontController(host, (storefront) => this.bind(storefront));
    host.addController(this);
  }

  get store(): CartStore | undefined {
    return this.storefront.value?.cart;
  }
  get cart(): Cart | null {
    return this.store?.$cart.get() ?? null;
  }
  get pending(): boolean {
    return this.store?.$pending.get() ?? false;
  }
  get error(): StoreletError | null {
    return this.store?.$error.get() ?? null;
  }
  /** True until the stored cart (if any) has been fetched once. */
  get loading(): boolean {
    const status = this.store?.$status.get();
    return status === 'idle' || status === 'loading';
  }

  hostConnected(): void {
    this.connected = true;
    this.bind(this.storefront.value);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unbind();
  }

  private bind(storefront: Storefront | undefined): void {
    this.unbind();
    if (!this.connected || !storefront) return;
    const { cart } = storefront;
    const update = () => this.host.requestUpdate();
    this.unsubscribe = [cart.$cart, cart.$pending, cart.$error, cart.$status].map((store) => store.listen(update));
    update();
    // A failed load is kept in `$error` and `$status`; elements show it from there.
    if (cart.$status.get() === 'idle') cart.load().catch(() => undefined);
  }

  private unbind(): void {
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
  }
}
