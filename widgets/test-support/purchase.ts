import { waitUntil } from '@open-wc/testing';
import { createStorefront, type Storefront } from '../../sdk/index.ts';
import { apiUrl } from './test-server.ts';

/**
 * Buys one of each variant through the SDK as a shopper on this page would (its access token kept in the
 * page's localStorage, where the widgets' storefront finds it), then approves the payment on the test gateway.
 */
export async function buyAndPay(
  variantIds: string[],
  email = 'reviewer@example.com',
): Promise<{ orderId: string; storefront: Storefront }> {
  const storefront = createStorefront({ apiUrl });
  const cart = await storefront.carts.create({});
  for (const variantId of variantIds) await storefront.carts.addLine(cart.id, { variantId, quantity: 1 });
  const result = await storefront.orders.create(
    {
      cartId: cart.id,
      email,
      shippingAddress: {
        name: 'Ada <b>Lovelace</b>',
        line1: '12 Analytical Row',
        city: 'Brooklyn',
        region: 'NY',
        postalCode: '11201',
        country: 'US',
      },
      shippingMethod: 'ship_us_standard',
      returnUrl: location.href,
    },
    crypto.randomUUID(),
  );
  // The gateway's Approve button is a form post: pressed from another origin, the post goes through and only
  // the answer is withheld (Cross-Origin-Resource-Policy), so the order is polled instead.
  await fetch(`${result.payment.redirectUrl}/approve`, { method: 'POST', mode: 'no-cors' }).catch(() => undefined);
  await waitUntil(
    async () => (await storefront.orders.get(result.order.id)).paymentStatus === 'paid',
    'the order was never paid',
    { timeout: 8_000 },
  );
  return { orderId: result.order.id, storefront };
}
