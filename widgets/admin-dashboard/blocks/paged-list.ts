import type { ReactiveControllerHost } from 'lit';
import { toStoreletError, type StoreletError } from '../../../sdk/index.ts';

export type Page<Item> = { items: Item[]; nextCursor: string | null };

/**
 * The state of a list the server pages with `limit` and `cursor`: the first page for the current search and filters,
 * then "Load more". An answer to an older search is dropped, so a quick change of filters never shows stale rows.
 * The host renders it (list-parts.ts) and calls `reload()` when its search or filters change.
 */
export class PagedList<Item> {
  items: Item[] = [];
  nextCursor: string | null = null;
  phase: 'loading' | 'ready' | 'error' = 'loading';
  error: StoreletError | undefined;
  loadingMore = false;
  /** Why the last "Load more" failed; the rows already shown stay. */
  moreError = '';
  /** Bumped on every reload, so an answer to an older one is dropped. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Asks the server for a page: the first one without a cursor. */
    private readonly fetchPage: (cursor: string | undefined) => Promise<Page<Item>>,
    /** Told of a failed first page, e.g. to emit `storelet-error`. */
    private readonly failed: (error: StoreletError) => void = () => undefined,
  ) {}

  async reload(): Promise<void> {
    const generation = ++this.generation;
    this.phase = 'loading';
    this.moreError = '';
    this.host.requestUpdate();
    try {
      const page = await this.fetchPage(undefined);
      if (generation !== this.generation) return;
      this.items = page.items;
      this.nextCursor = page.nextCursor;
      this.phase = 'ready';
    } catch (thrown) {
      if (generation !== this.generation) return;
      this.error = toStoreletError(thrown);
      this.phase = 'error';
      this.failed(this.error);
    }
    this.host.requestUpdate();
  }

  /** Appends the next page; answers the first item it brought, for the keyboard to go on from. */
  async loadMore(): Promise<Item | undefined> {
    const cursor = this.nextCursor;
    if (!cursor || this.loadingMore) return undefined;
    const generation = this.generation;
    this.loadingMore = true;
    this.moreError = '';
    this.host.requestUpdate();
    try {
      const page = await this.fetchPage(cursor);
      if (generation !== this.generation) return undefined;
      this.items = [...this.items, ...page.items];
      this.nextCursor = page.nextCursor;
      return page.items[0];
    } catch (thrown) {
      if (generation === this.generation) this.moreError = toStoreletError(thrown).message;
      return undefined;
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  /** Puts the server's new copy of an item in place of the old one (matched by `same`). */
  replace(updated: Item, same: (item: Item) => boolean): void {
    this.items = this.items.map((item) => (same(item) ? updated : item));
    this.host.requestUpdate();
  }
}
