import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GridFilters } from './grid-params.ts';

/** What the address bar keeps of a grid: its filters, and how many pages are shown. */
export type SyncedGrid = ReactiveControllerHost &
  Omit<GridFilters, 'pageSize'> & {
    readonly syncUrl: boolean;
    /** Pages of products shown now. */
    pagesShown(): number;
    /** Whether the list is on its way, shown with more to come, or shown to its end. */
    listState(): 'busy' | 'more' | 'end';
    showMore(): void;
  };

/** The query parameter of each synced filter. */
const NAMES = {
  query: 'q',
  category: 'category',
  sort: 'sort',
  minPrice: 'min_price',
  maxPrice: 'max_price',
  inStock: 'in_stock',
} as const;

/** An address in one spelling (`+` or `%20`…), without the parameter `leaving` when given. */
function normal(href: string, leaving?: string): string {
  const url = new URL(href);
  if (leaving) url.searchParams.delete(leaving);
  url.search = url.searchParams.toString();
  return url.href;
}

/** A number from the address, or undefined for none or an unreadable one. */
const numberOf = (value: string | null) =>
  value === null || value === '' || !Number.isFinite(Number(value)) ? undefined : Number(value);

/**
 * Keeps a `<product-grid sync-url>`'s search, filters, sort and page in the page's query, so a reload, Back and a
 * shared link show the same products: each change the shopper makes is a history entry; Back applies the
 * entry's filters again. Other parameters of the page are left as they are.
 */
export class UrlSync implements ReactiveController {
  /** Pages to show again after a reload or Back, loaded one after the other. */
  private pagesWanted = 1;

  constructor(private readonly host: SyncedGrid) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.host.syncUrl) return;
    this.read();
    addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
  }

  hostUpdated(): void {
    const host = this.host;
    const state = host.listState();
    // The address is written once the list has settled, with what it shows.
    if (!host.syncUrl || state === 'busy') return;
    if (host.pagesShown() < this.pagesWanted && state === 'more') return host.showMore();
    this.pagesWanted = 1;
    const url = this.urlOf(host);
    if (normal(url) === normal(location.href)) return;
    // Showing more is the same view, longer: it replaces the entry rather than add one for Back to step through.
    if (normal(url, 'page') === normal(location.href, 'page')) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  private readonly onPopState = () => this.read();

  private read(): void {
    const params = new URLSearchParams(location.search);
    const host = this.host;
    host.query = params.get(NAMES.query) ?? '';
    host.category = params.get(NAMES.category) ?? '';
    host.sort = params.get(NAMES.sort) ?? 'relevance';
    host.minPrice = numberOf(params.get(NAMES.minPrice));
    host.maxPrice = numberOf(params.get(NAMES.maxPrice));
    host.inStock = params.get(NAMES.inStock) === '1';
    this.pagesWanted = Math.max(1, Math.trunc(numberOf(params.get('page')) ?? 1));
  }

  private urlOf(grid: SyncedGrid): string {
    const url = new URL(location.href);
    const set = (name: string, value: string | undefined) =>
      value ? url.searchParams.set(name, value) : url.searchParams.delete(name);
    set(NAMES.query, grid.query.trim());
    set(NAMES.category, grid.category);
    set(NAMES.sort, grid.sort === 'relevance' ? '' : grid.sort);
    set(NAMES.minPrice, grid.minPrice?.toString());
    set(NAMES.maxPrice, grid.maxPrice?.toString());
    set(NAMES.inStock, grid.inStock ? '1' : '');
    const pages = grid.pagesShown();
    set('page', pages > 1 ? String(pages) : '');
    return url.href;
  }
}
