import type { PaymentResult } from '../data/orders.ts';
import type { Shop } from '../shop/shop.ts';
import { purgeUploads } from '../uploads/purge.ts';
import { CONFIRMATION_CLAIM_MS, sendConfirmation } from './confirmation.ts';
import { settlePayment } from './settle.ts';

/** Housekeeping on a timer: reservations that ran out, confirmations never sent, expired carts, their designs and keys. */

const SWEEP_INTERVAL_MS = 60_000;
const BATCH = 100;
const DAY_MS = 86_400_000;

export type SweepReport = { expiredOrders: number; paidLate: number; confirmationsSent: number; cartsPurged: number; uploadsPurged: number };

/**
 * Fails unpaid orders whose reservation ran out and returns their stock. A Stripe session is expired
 * first, so it cannot be paid after the stock went back; if the shopper paid just before, the order is
 * marked paid instead. Payments already under way (a bank debit) keep their reservation.
 */
async function expireReservations(shop: Shop, report: SweepReport): Promise<void> {
  for (;;) {
    const due = await shop.data.orders.dueReservations(shop.now().toISOString(), BATCH);
    for (const reservation of due) {
      let result: PaymentResult = 'failed';
      let amount: number | null = null;
      if (reservation.sessionId && reservation.provider === shop.payments.name) {
        try {
          const outcome = await shop.payments.expire(reservation.sessionId);
          if (outcome.status === 'pending') continue;
          result = outcome.status;
          amount = outcome.amountTotal;
        } catch (error) {
          shop.log(`Could not expire payment session ${reservation.sessionId}; will try again`, error);
          continue;
        }
      }
      const outcome = await settlePayment(shop, {
        eventId: null,
        eventType: 'reservation_expired',
        sessionId: reservation.sessionId,
        orderId: reservation.orderId,
        result,
        amount,
        at: shop.now().toISOString(),
      });
      if (outcome.kind === 'settled' && outcome.action === 'failed') report.expiredOrders++;
      if (outcome.kind === 'settled' && outcome.action === 'paid') report.paidLate++;
    }
    // A batch that skipped some (still pending at the provider) would find them again: stop at a short one.
    if (due.length < BATCH) return;
  }
}

/** Sends confirmations that a crash or a mail outage left unsent. */
async function resendConfirmations(shop: Shop, report: SweepReport): Promise<void> {
  const paidBefore = new Date(shop.now().getTime() - CONFIRMATION_CLAIM_MS).toISOString();
  for (const orderId of await shop.data.orders.unsentConfirmations(paidBefore, BATCH)) {
    try {
      await sendConfirmation(shop, orderId);
      report.confirmationsSent++;
    } catch (error) {
      shop.log(`Could not send the confirmation for order ${orderId}; will try again`, error);
    }
  }
}

export async function sweep(shop: Shop): Promise<SweepReport> {
  const report: SweepReport = { expiredOrders: 0, paidLate: 0, confirmationsSent: 0, cartsPurged: 0, uploadsPurged: 0 };
  await expireReservations(shop, report);
  await resendConfirmations(shop, report);
  const now = shop.now().getTime();
  report.cartsPurged = await shop.data.carts.purgeExpired(new Date(now).toISOString());
  report.uploadsPurged = await purgeUploads(shop);
  // Keys answer retries for a day; Stripe resends an event for up to three days, so events are kept a month.
  await shop.data.orders.purge({
    idempotencyKeys: new Date(now - DAY_MS).toISOString(),
    webhookEvents: new Date(now - 30 * DAY_MS).toISOString(),
  });
  return report;
}

/** Runs `sweep` every `intervalMs`, one run at a time; `stop()` waits for a run in progress. */
export function startSweeper(shop: Shop, intervalMs = SWEEP_INTERVAL_MS): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = sweep(shop)
      .catch((error: unknown) => shop.log('The sweep failed; it runs again shortly', error))
      .finally(() => (busy = false));
  }, intervalMs);
  // The sweep alone must not keep a process alive.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
