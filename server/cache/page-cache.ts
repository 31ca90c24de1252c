export type PageCacheOptions = {
  /** Most entries kept; the least recently used goes first. */
  maxEntries: number;
};

/**
 * Encoded response bodies keyed by request, valid for one catalog version. Serving stored bytes skips
 * the query, the mapping, JSON.stringify and UTF-8 encoding, which is most of a request's cost.
 * Every write bumps the version, and the first read that sees a new version drops everything.
 */
export class PageCache<T = Uint8Array<ArrayBuffer>> {
  readonly #maxEntries: number;
  readonly #entries = new Map<string, T>();
  #version = -1;

  constructor(options: PageCacheOptions) {
    this.#maxEntries = options.maxEntries;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string, version: number): T | undefined {
    if (version !== this.#version) {
      this.#entries.clear();
      this.#version = version;
      return undefined;
    }
    const body = this.#entries.get(key);
    if (body !== undefined) {
      // A Map iterates in insertion order: re-inserting marks the entry most recently used.
      this.#entries.delete(key);
      this.#entries.set(key, body);
    }
    return body;
  }

  /** Stores `body` unless the catalog moved on since `version` was read (the body may be stale). */
  set(key: string, version: number, body: T): void {
    if (version !== this.#version) return;
    this.#entries.set(key, body);
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }
}
