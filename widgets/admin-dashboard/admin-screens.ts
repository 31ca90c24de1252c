import type { TemplateResult } from 'lit';
import type { AdminClient } from '../../sdk/admin/index.ts';

/** What a screen is rendered with, by the dashboard, inside the dashboard's shadow root. */
export type ScreenContext = {
  client: AdminClient;
  /** What follows the screen's name in the URL (admin-route.ts): '' or, on orders, the open order's id. */
  path: string;
  /** Moves within the screen, as a new history entry: `navigate('ord_…')`, `navigate('')`. */
  navigate(path: string): void;
  /** Saves a downloaded file (the dashboard's `save`). */
  save(file: Blob, fileName: string): void;
};

/** A screen's chunk: importing it defines the elements it renders. */
export type ScreenModule = { renderScreen(context: ScreenContext): TemplateResult };

export type Screen = { label: string; load(): Promise<ScreenModule> };

/**
 * The dashboard's screens, in the navigation's order; each one's code is a chunk of its own, imported the first time
 * the screen opens, so the sign-in page downloads none of them. A new screen is one entry here.
 */
export const SCREENS: Readonly<Record<string, Screen>> = {
  orders: { label: 'Orders', load: () => import('./orders-screen.ts') },
  reviews: { label: 'Reviews', load: () => import('./reviews/reviews-screen.ts') },
  products: { label: 'Products', load: () => import('./catalog/products-screen.ts') },
  categories: { label: 'Categories', load: () => import('./catalog/categories-screen.ts') },
  stock: { label: 'Low stock', load: () => import('./catalog/stock-screen.ts') },
  audit: { label: 'Audit log', load: () => import('./catalog/audit-screen.ts') },
};

/** Shown when the URL names no screen. */
export const FIRST_SCREEN = 'orders';
