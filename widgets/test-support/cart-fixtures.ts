import {
  createStorefront,
  memoryStorage,
  type Cart,
  type Storefront,
  type StorefrontOptions,
} from '../../sdk/index.ts';
import { apiUrl } from './test-server.ts';

/**
 * Cart, checkout and order tests share one server and run side by side: each test gets a storefront
 * whose cart id and order tokens live in memory, so no two tests ever share a cart.
 */
export function isolatedStorefront(options: Partial<StorefrontOptions> = {}): Storefront {
  return createStorefront({ apiUrl, storage: memoryStorage(), ...options });
}

/** A seeded product with plenty of stock in every variant (enamel camp mug: 120, 76, 93). */
export const ROOMY_PRODUCT = 'enamel-camp-mug';

export async function variantId(storefront: Storefront, handle = ROOMY_PRODUCT, index = 0): Promise<string> {
  const product = await storefront.products.get(handle);
  const variant = product.variants[index];
  if (!variant) throw new Error(`${handle} has no variant ${index}`);
  return variant.id;
}

/** A cart holding `quantity` of the roomy product's first variant. */
export async function cartWith(storefront: Storefront, quantity = 1): Promise<Cart> {
  return storefront.cart.add(await variantId(storefront), quantity);
}

export const TEST_ADDRESS = {
  name: 'Ada Lovelace',
  line1: '12 Analytical Way',
  city: 'Austin',
  region: 'TX',
  postalCode: '73301',
  country: 'US',
};

/** Where the test gateway sends the shopper back: this test page's origin, which the server allows. */
export const returnUrl = `${location.origin}/`;

/** Places an order for a fresh cart, as `<checkout-button>` would; its access token stays in `storefront`. */
export async function placeOrder(storefront: Storefront) {
  const cart = await cartWith(storefront, 2);
  await storefront.cart.setDestination('US', 'TX');
  return storefront.orders.create(
    {
      cartId: cart.id,
      email: 'ada@example.com',
      shippingAddress: TEST_ADDRESS,
      shippingMethod: 'ship_us_standard',
      returnUrl,
    },
    crypto.randomUUID(),
  );
}

/**
 * Presses a button on the test gateway's payment page, as a shopper would: the page's forms post to
 * `<redirectUrl>/approve|decline`, and the gateway redirects back to the shop. A real form post into
 * a hidden frame (a script's fetch could not read the answer: the server's responses are same-origin
 * only); the frame loads once the redirect has landed, which is after the payment was settled.
 */
export async function settleTestPayment(redirectUrl: string, action: 'approve' | 'decline'): Promise<void> {
  const name = `gateway-${crypto.randomUUID()}`;
  const frame = Object.assign(document.createElement('iframe'), { name, hidden: true, title: 'Test payment' });
  const form = Object.assign(document.createElement('form'), {
    method: 'post',
    action: `${redirectUrl}/${action}`,
    target: name,
  });
  document.body.append(frame, form);
  try {
    const landed = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    form.submit();
    await landed;
  } finally {
    frame.remove();
    form.remove();
  }
}
