import { fixture, html, waitUntil } from '@open-wc/testing';
import { createAdminClient, type AdminClient } from '../../sdk/admin/index.ts';
import { memoryStorage, type KeyValueStorage, type Order } from '../../sdk/index.ts';
import { isolatedStorefront, returnUrl, settleTestPayment, TEST_ADDRESS } from '../test-support/cart-fixtures.ts';
import { pngFile, STICKER_PRODUCT } from '../test-support/sticker-fixtures.ts';
import { adminCredentials, apiUrl, query } from '../test-support/test-server.ts';
import type { AdminDashboard } from './admin-dashboard.ts';
import './define.ts';

/** A client whose token lives in memory, so no two tests share a session. */
export function isolatedAdmin(api = apiUrl, storage: KeyValueStorage = memoryStorage()): AdminClient {
  return createAdminClient({ apiUrl: api, storage, retries: 0 });
}

export async function mountDashboard(client: AdminClient, saved: { file: Blob; fileName: string }[] = []): Promise<AdminDashboard> {
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
): Promise<AdminDashboard> {
  const element = await mountDashboard(client, saved);
  await signInThroughForm(element, adminCredentials.email, adminCredentials.password);
  await waitUntil(() => element.shadowRoot?.querySelector('admin-order-list'), 'the order list never showed');
  return element;
}

/** A shopper's order (paid, unless declined) of 100 custom circle stickers of a fresh design, placed through the real API. */
export async function placeStickerOrder(payment: 'approve' | 'decline' = 'approve'): Promise<{ order: Order; design: File; email: string }> {
  const storefront = isolatedStorefront();
  const email = `sticker-${crypto.randomUUID().slice(0, 8)}@example.com`;
  const cart = await storefront.cart.ensureCart();
  const design = await pngFile('rocket.png');
  const upload = await storefront.uploads.create(cart.id, design);
  const product = await storefront.products.get(STICKER_PRODUCT);
  const sticker = { uploadId: upload.id, shape: 'circle', width: 3, height: 3, unit: 'in', material: 'white_vinyl', finish: 'gloss' } as const;
  await storefront.cart.addSticker(product.variants[0]!.id, 100, sticker);
  await storefront.cart.setDestination('US', 'TX');
  const { order, payment: session } = await storefront.orders.create(
    { cartId: cart.id, email, shippingAddress: TEST_ADDRESS, shippingMethod: 'ship_us_standard', returnUrl },
    crypto.randomUUID(),
  );
  await settleTestPayment(session.redirectUrl, payment);
  return { order, design, email };
}

export async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
