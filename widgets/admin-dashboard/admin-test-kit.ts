import { fixture, html, waitUntil } from '@open-wc/testing';
import { createAdminClient, type AdminClient } from '../../sdk/admin/index.ts';
import { memoryStorage, type Address, type KeyValueStorage, type Order } from '../../sdk/index.ts';
import { isolatedStorefront, returnUrl, settleTestPayment, TEST_ADDRESS } from '../test-support/cart-fixtures.ts';
import { pngFile, STICKER_PRODUCT } from '../test-support/sticker-fixtures.ts';
import { adminCredentials, apiUrl, query, waitFor } from '../test-support/test-server.ts';
import type { AdminDashboard } from './admin-dashboard.ts';
import type { AdminOrderList } from './admin-order-list.ts';
import './define.ts';

/** A client whose token lives in memory, so no two tests share a session. */
export function isolatedAdmin(api = apiUrl, storage: KeyValueStorage = memoryStorage()): AdminClient {
  return createAdminClient({ apiUrl: api, storage, retries: 0 });
}

/** Sets the test page's address to show `screen` (`?screen=…`), or no screen, as a link or a reload would. */
export function visitScreen(screen = ''): void {
  const url = new URL(location.href);
  if (screen) url.searchParams.set('screen', screen);
  else url.searchParams.delete('screen');
  history.replaceState(null, '', url);
}

/** The test page's address without the dashboard's screen, so no test starts where the one before it left off. */
export const clearScreen = (): void => visitScreen();

/** A dashboard on the page, its address showing `screen` (none by default: the orders). */
export async function mountDashboard(
  client: AdminClient,
  saved: { file: Blob; fileName: string }[] = [],
  screen = '',
): Promise<AdminDashboard> {
  visitScreen(screen);
  const element = await fixture<AdminDashboard>(
    html`<admin-dashboard .client=${client} .save=${(file: Blob, fileName: string) => saved.push({ file, fileName })}></admin-dashboard>`,
  );
  await element.updateComplete;
  return element;
}

/** The dashboard's inner parts, reached through their shadow roots. */
export const signInForm = (element: AdminDashboard) => query(element, 'admin-sign-in');
export const orderList = (element: AdminDashboard) => query(element, 'admin-order-list');
export const orderView = (element: AdminDashboard) => query(element, 'admin-order-view');

/** Fills in and sends the sign-in form, as a person would. */
export async function signInThroughForm(element: AdminDashboard, email: string, password: string): Promise<void> {
  const form = signInForm(element);
  query<HTMLInputElement>(form, '#email').value = email;
  query<HTMLInputElement>(form, '#password').value = password;
  query<HTMLButtonElement>(form, '[part~="submit"]').click();
}

export async function signedInDashboard(
  saved?: { file: Blob; fileName: string }[],
  client: AdminClient = isolatedAdmin(),
  /** The address's screen, and what to wait for once signed in. */
  { screen = '', ready = 'admin-order-list' }: { screen?: string; ready?: string } = {},
): Promise<AdminDashboard> {
  const element = await mountDashboard(client, saved, screen);
  await signInThroughForm(element, adminCredentials.email, adminCredentials.password);
  // Signing in hashes the password with scrypt: on a busy machine it takes longer than waitUntil's default second.
  await waitUntil(() => element.shadowRoot?.querySelector(ready), `${ready} never showed`, { timeout: 10_000 });
  return element;
}

export type StickerOrderOptions = {
  payment?: 'approve' | 'decline';
  /** The shopper's design; a fresh PNG named rocket.png by default. */
  design?: File;
  email?: string;
  shippingAddress?: Address;
};

/** A shopper's order (paid, unless declined) of 100 custom circle stickers of a fresh design, placed through the real API. */
export async function placeStickerOrder(
  options: StickerOrderOptions = {},
): Promise<{ order: Order; design: File; email: string }> {
  const storefront = isolatedStorefront();
  const email = options.email ?? `sticker-${crypto.randomUUID().slice(0, 8)}@example.com`;
  const cart = await storefront.cart.ensureCart();
  const design = options.design ?? (await pngFile('rocket.png'));
  const upload = await storefront.uploads.create(cart.id, design);
  const product = await storefront.products.get(STICKER_PRODUCT);
  const sticker = {
    uploadId: upload.id,
    shape: 'circle',
    width: 3,
    height: 3,
    unit: 'in',
    material: 'white_vinyl',
    finish: 'gloss',
  } as const;
  await storefront.cart.addSticker(product.variants[0]!.id, 100, sticker);
  const shippingAddress = options.shippingAddress ?? TEST_ADDRESS;
  await storefront.cart.setDestination(shippingAddress.country, shippingAddress.region);
  const { order, payment: session } = await storefront.orders.create(
    { cartId: cart.id, email, shippingAddress, shippingMethod: 'ship_us_standard', returnUrl },
    crypto.randomUUID(),
  );
  await settleTestPayment(session.redirectUrl, options.payment ?? 'approve');
  return { order, design, email };
}

/** A shopper's design in a format that has no preview. */
export const pdfFile = (name: string) =>
  new File(
    [
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    ],
    name,
    {
      type: 'application/pdf',
    },
  );

/** Searches the list as a person would, and waits for the answer to that search (not the list before it). */
export async function searchFor(element: AdminDashboard, q: string): Promise<HTMLElement> {
  const list = orderList(element) as AdminOrderList;
  const input = query<HTMLInputElement>(list, '#q');
  input.value = q;
  input.dispatchEvent(new Event('input'));
  query<HTMLButtonElement>(list, '[part~="search-button"]').click();
  await list.updateComplete;
  await waitUntil(() => query(list, '[part="status"]').textContent !== 'Loading orders…', 'the list never answered');
  return list;
}

/** Opens the order placed with `email` from the signed-in dashboard; answers its <admin-order-view> once loaded. */
export async function openOrderOf(element: AdminDashboard, email: string): Promise<HTMLElement> {
  const list = await searchFor(element, email);
  query<HTMLButtonElement>(list, '[part~="open-order"]').click();
  const view = await waitFor(element, 'admin-order-view');
  await waitFor(view, '[part~="heading"]');
  return view;
}

export async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
