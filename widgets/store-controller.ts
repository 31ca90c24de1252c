import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';

/**
 * Binds a nanostores store to a Lit host: subscribes while the host is connected and asks it to
 * re-render on every change. `setStore` swaps the store (e.g. when the storefront changes).
 *
 * Not `@nanostores/lit`'s StoreController: every store our elements bind follows a storefront that can change
 * (a `<shop-provider>` defined late, another `api`), which its fixed store cannot do, and its 0.2 line ships
 * CommonJS only, which neither the script-tag build nor the test server load without a CommonJS plugin.
 */
export class StoreController<T> implements ReactiveController {
  private unsubscribe: (() => void) | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private store: ReadableAtom<T>,
  ) {
    host.addController(this);
  }

  get value(): T {
    return this.store.get();
  }

  setStore(store: ReadableAtom<T>): void {
    if (store === this.store) return;
    this.unbind();
    this.store = store;
    if (this.connected) this.bind();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
    this.bind();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unbind();
  }

  private bind(): void {
    // `subscribe` calls back at once, so a value that changed while disconnected is rendered too.
    this.unsubscribe = this.store.subscribe(() => this.host.requestUpdate());
  }

  private unbind(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
