import type { PaymentMode, PaymentSession } from '../../sdk/schemas/index.ts';
import type { NewPayment, OrderRecord, PaymentRecord } from '../data/orders.ts';
import { newId } from '../data/ids.ts';
import type { StartPaymentInput } from '../payments/provider.ts';
import type { Shop } from '../shop/shop.ts';
import { PaymentUnavailableError } from './errors.ts';
import { cancelLandingUrl, landingUrl } from './return-url.ts';

/**
 * What the provider is asked to collect, from the order's own snapshot. A free-shipping code is passed
 * as free shipping rather than as a discount, because Stripe's coupons never reduce shipping.
 */
function paymentInput(
  order: OrderRecord,
  landing: string,
  cancelLanding: string,
  idempotencyKey: string,
  mode: PaymentMode,
): StartPaymentInput {
  const { totals } = order;
  const shippingDiscount = order.discount?.kind === 'free_shipping' ? totals.discount : 0;
  return {
    orderId: order.id,
    orderNumber: order.number,
    email: order.email,
    currency: order.currency,
    lines: order.lines.map((line) => ({
      name: line.title,
      ...(line.variantTitle && line.variantTitle !== 'Default' ? { description: line.variantTitle } : {}),
      quantity: line.quantity,
      unitAmount: line.unitPrice,
    })),
    shipping: { name: order.shippingMethod.name, amount: totals.shipping - shippingDiscount },
    discountAmount: totals.discount - shippingDiscount,
    // Included tax is inside the line prices already.
    taxAmount: totals.taxIncluded ? 0 : totals.tax,
    totalAmount: totals.total,
    successUrl: landing,
    cancelUrl: cancelLanding,
    idempotencyKey,
    embedded: mode === 'embedded',
  };
}

/**
 * Opens a payment session for the order's current total. Provider failures are logged and answered as
 * `PaymentUnavailableError`; the caller undoes what it prepared first.
 */
export async function startPayment(
  shop: Shop,
  order: OrderRecord,
  returnUrl: URL,
  mode: PaymentMode = 'redirect',
): Promise<NewPayment> {
  const id = newId('pay');
  const landing = landingUrl(returnUrl, order.id);
  const cancelLanding = cancelLandingUrl(returnUrl, order.id);
  let started;
  try {
    // One key per attempt: a retried call makes one session, a new attempt a new one.
    started = await shop.payments.start(paymentInput(order, landing, cancelLanding, `${order.id}:${id}`, mode));
  } catch (error) {
    shop.log(`Could not start a payment for order ${order.number}`, error);
    throw new PaymentUnavailableError();
  }
  return {
    id,
    orderId: order.id,
    provider: started.provider,
    sessionId: started.sessionId,
    amount: order.totals.total,
    currency: order.currency,
    redirectUrl: started.redirectUrl,
    clientSecret: started.clientSecret,
    successUrl: landing,
    cancelUrl: cancelLanding,
    expiresAt: started.expiresAt.toISOString(),
    createdAt: shop.now().toISOString(),
  };
}

/** What the shopper's browser needs to pay a session: its page, or what Stripe.js needs to embed it. */
export function paymentSessionOf(
  shop: Shop,
  payment: Pick<PaymentRecord, 'provider' | 'redirectUrl' | 'clientSecret'>,
): PaymentSession {
  const { publishableKey } = shop.payments;
  if (payment.clientSecret && publishableKey && payment.provider === 'stripe') {
    return {
      provider: 'stripe',
      mode: 'embedded',
      redirectUrl: '',
      clientSecret: payment.clientSecret,
      publishableKey,
    };
  }
  return {
    provider: payment.provider,
    mode: 'redirect',
    redirectUrl: payment.redirectUrl,
    clientSecret: null,
    publishableKey: null,
  };
}
