import type { PaymentIssue } from '../../sdk/schemas/index.ts';
import type { PaymentEvent, PaymentOutcome } from '../payments/provider.ts';
import type { OrderRecord, PaymentResult, Settlement, SettlementOutcome } from '../data/orders.ts';
import type { Shop } from '../shop/shop.ts';
import { queueConfirmation } from './confirmation.ts';
import { isPaymentIssue } from './payment-rules.ts';

/** What a person must do about money the order could not take. */
const ISSUE_LOG: Record<PaymentIssue, string> = {
  amount_mismatch: "the provider collected another amount than the order's total; not marked paid: check and refund",
  currency_mismatch: "the provider collected in another currency than the order's; not marked paid: check and refund",
  paid_after_failure: 'a payment arrived after the order failed and it cannot be fulfilled any more: refund it',
  duplicate_capture: 'a second payment was taken for an order already paid: refund it',
};

/**
 * Applies a payment result to its order (see payment-rules.ts for what each result does) and follows
 * up after the commit: the confirmation email for a paid order, a log line for what needs a person.
 */
export async function settlePayment(shop: Shop, settlement: Settlement): Promise<SettlementOutcome> {
  const outcome = await shop.data.orders.settlePayment(settlement);
  if (outcome.kind !== 'settled') return outcome;
  const { action, orderId } = outcome;
  if (action === 'paid' || action === 'paid_late') queueConfirmation(shop, orderId);
  if (isPaymentIssue(action))
    shop.log(
      `Order ${orderId}: ${ISSUE_LOG[action]} (session ${settlement.sessionId}); flagged ${action}.`,
      settlement,
    );
  return outcome;
}

/**
 * Settles what the provider answered when asked about the order's session (a retrieve, an expiry),
 * like an event without an id, and answers the order as it now stands; unchanged while the provider
 * says the payment is still on its way.
 */
export async function settleProviderAnswer(
  shop: Shop,
  eventType: string,
  order: OrderRecord,
  answer: PaymentOutcome,
): Promise<OrderRecord> {
  if (answer.status === 'pending') return order;
  await settlePayment(shop, {
    eventId: null,
    eventType,
    sessionId: answer.sessionId,
    orderId: order.id,
    result: answer.status,
    amount: answer.amountTotal,
    currency: answer.currency,
    at: shop.now().toISOString(),
  });
  return (await shop.data.orders.findOrder(order.id)) ?? order;
}

/** A checkout-session event as a payment result: `completed` but unpaid is a bank debit still on its way. */
function eventResult(event: PaymentEvent): PaymentResult {
  switch (event.type) {
    case 'checkout.session.completed':
      return event.paymentStatus === 'paid' || event.paymentStatus === 'no_payment_required' ? 'paid' : 'processing';
    case 'checkout.session.async_payment_succeeded':
      return 'paid';
    case 'checkout.session.async_payment_failed':
    case 'checkout.session.expired':
      return 'failed';
  }
}

/**
 * A payment webhook, from Stripe or from the test gateway: verified by signature (400 `invalid_signature`
 * otherwise), then applied once per event id, in whatever order events arrive.
 */
export async function handlePaymentWebhook(
  shop: Shop,
  rawBody: string,
  signatureHeader: string | undefined,
): Promise<SettlementOutcome | null> {
  const event = shop.payments.verifyWebhook(rawBody, signatureHeader);
  if (!event) return null;
  return settlePayment(shop, {
    eventId: event.id,
    eventType: event.type,
    sessionId: event.sessionId,
    orderId: event.orderId,
    result: eventResult(event),
    amount: event.amountTotal,
    currency: event.currency,
    at: shop.now().toISOString(),
  });
}
