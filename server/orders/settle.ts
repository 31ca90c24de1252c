import type { PaymentEvent } from '../payments/provider.ts';
import type { PaymentResult, Settlement, SettlementOutcome } from '../data/orders.ts';
import type { Shop } from '../shop/shop.ts';
import { queueConfirmation } from './confirmation.ts';

/**
 * Applies a payment result to its order (see payment-rules.ts for what each result does) and follows
 * up after the commit: the confirmation email for a paid order, a log line for what needs a person.
 */
export async function settlePayment(shop: Shop, settlement: Settlement): Promise<SettlementOutcome> {
  const outcome = await shop.data.orders.settlePayment(settlement);
  if (outcome.kind !== 'settled') return outcome;
  const { action, orderId } = outcome;
  if (action === 'paid' || action === 'paid_late') queueConfirmation(shop, orderId);
  if (action === 'amount_mismatch') {
    shop.log(`Order ${orderId}: session ${settlement.sessionId} reports ${settlement.amount}, not the order's total; not marked paid.`, settlement);
  }
  if (action === 'paid_late' && outcome.stockState === 'backordered') {
    shop.log(`Order ${orderId} was paid after its reservation ran out and the stock is gone: restock or refund it.`, settlement);
  }
  return outcome;
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
export async function handlePaymentWebhook(shop: Shop, rawBody: string, signatureHeader: string | undefined): Promise<SettlementOutcome | null> {
  const event = shop.payments.verifyWebhook(rawBody, signatureHeader);
  if (!event) return null;
  return settlePayment(shop, {
    eventId: event.id,
    eventType: event.type,
    sessionId: event.sessionId,
    orderId: event.orderId,
    result: eventResult(event),
    amount: event.amountTotal,
    at: shop.now().toISOString(),
  });
}
