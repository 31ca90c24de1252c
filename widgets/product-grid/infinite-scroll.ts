import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type InfiniteScrollOptions = {
  /** Whether the host wants pages loaded by scrolling (its `infinite` attribute). */
  enabled(): boolean;
  /** The element at the end of the list; null while the host renders none. */
  sentinel(): Element | null;
  /** How many items are shown: a change means a page arrived. */
  count(): number;
  /** Loads the next page when there is one and nothing is loading. */
  loadMore(): void;
};

/**
 * Loads the next page when the end of the list comes within 400px of the viewport. After each page
 * the sentinel is observed again, because a short page leaves it in view and the observer reports
 * only changes: observing anew reports its current state, so loading goes on until it scrolls away.
 */
export class InfiniteScroll implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly hasUpdated: boolean };
  readonly #options: InfiniteScrollOptions;
  #observer: IntersectionObserver | undefined;
  #enabled = false;
  /** How many items there were when the sentinel was last observed. */
  #observedCount = -1;

  constructor(host: ReactiveControllerHost & { readonly hasUpdated: boolean }, options: InfiniteScrollOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#host.hasUpdated) this.#observe();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  hostUpdated(): void {
    if (this.#options.enabled() !== this.#enabled) this.#observe();
    const shown = this.#options.count();
    const sentinel = this.#options.sentinel();
    if (this.#observer && sentinel && shown !== this.#observedCount) {
      this.#observedCount = shown;
      this.#observer.unobserve(sentinel);
      this.#observer.observe(sentinel);
    }
  }

  #observe(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observedCount = -1;
    this.#enabled = this.#options.enabled();
    const sentinel = this.#options.sentinel();
    if (!this.#enabled || !sentinel) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#options.loadMore();
      },
      { rootMargin: '400px 0px' },
    );
    this.#observer.observe(sentinel);
  }
}
