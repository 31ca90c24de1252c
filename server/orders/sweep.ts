import type { DueCursor, DueReservation, PaymentResult } from '../data/orders.ts';
import type { Shop } from '../shop/shop.ts';
import { registerDueShipments } from '../shipments/webhook.ts';
import { sendDueReviewRequests } from '../reviews/review-requests.ts';
import { purgeUploads } from '../uploads/purge.ts';
import { CONFIRMATION_CLAIM_MS, sendConfirmation } from './confirmation.ts';
import { retryOpensAfter } from './retry-payment.ts';
import { settlePayment } from './settle.ts';

/**
 * Housekeeping on a timer: reservations that ran out, confirmations never sent, shipments the tracking service
 * could not take yet, expired carts, their designs and keys, expired sessions.
 * Housekeeping on a timer: reservations that ran out, confirmations never sent, review requests due, expired carts,
 * their designs and keys, expired sessions.
 */

const SWEEP_INTERVAL_MS = 60_000;
const BATCH = 100;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Bounds of the wait before asking the provider again about an overdue order it could not settle. */
const RECHECK_MIN_MS = MINUTE_MS;
const RECHECK_MAX_MS = 6 * 60 * MINUTE_MS;

export type SweepReport = {
  expiredOrders: number;
  paidLate: number;
  /** Overdue orders the provider could not settle yet (a bank debit on its way, or unreachable): asked again later. */
  deferredOrders: number;
  /** Failed orders whose time to pay again ran out. */
  cancelledOrders: number;
  confirmationsSent: number;
  cartsPurged: number;
  uploadsPurged: number;
  /** Expired sign-in sessions forgotten. */
  sessionsPurged: number;
  /** Shipments registered with the tracking service after it could not be reached when they were entered. */
  shipmentsRegistered: number;
  /** Buyers asked for a review, some days after they paid. */
  reviewRequestsSent: number;
};

/**
 * The next time to ask about an overdue order: as long again as it has been overdue, within bounds,
 * so the waits double (1, 1, 2, 4 … minutes) and a debit that takes days costs a few calls a day.
 */
function nextCheck(reservation: DueReservation, now: Date): string {
  const overdue = now.getTime() - Date.parse(reservation.reservationExpiresAt);
  return new Date(now.getTime() + Math.min(Math.max(overdue, RECHECK_MIN_MS), RECHECK_MAX_MS)).toISOString();
}

/** Settles one overdue order, or answers false when the provider could not say yet. */
async function expireReservation(shop: Shop, reservation: DueReservation, report: SweepReport): Promise<boolean> {
  let result: PaymentResult = 'failed';
  let amount: number | null = null;
  let currency: string | null = null;
  if (reservation.sessionId && reservation.provider === shop.payments.name) {
    try {
      const outcome = await shop.payments.expire(reservation.sessionId);
      if (outcome.status === 'pending') return false;
      result = outcome.status;
      amount = outcome.amountTotal;
      currency = outcome.currency;
    } catch (error) {
      shop.log(`Could not expire payment session ${reservation.sessionId}; will try again`, error);
      return false;
    }
  }
  const outcome = await settlePayment(shop, {
    eventId: null,
    eventType: 'reservation_expired',
    sessionId: reservation.sessionId,
    orderId: reservation.orderId,
    result,
    amount,
    currency,
    at: shop.now().toISOString(),
  });
  if (outcome.kind === 'settled' && outcome.action === 'failed') report.expiredOrders++;
  if (outcome.kind === 'settled' && outcome.action === 'paid') report.paidLate++;
  return true;
}

/**
 * Fails unpaid orders whose reservation ran out and returns their stock. A Stripe session is expired
 * first, so it cannot be paid after the stock went back; if the shopper paid just before, the order is
 * marked paid instead. Payments the provider cannot settle yet (a bank debit under way, the provider
 * unreachable) keep their reservation and are asked about again after a growing wait. Pages are
 * keyset-paged, so one run visits each due order once however many stay pending.
 */
async function expireReservations(shop: Shop, report: SweepReport): Promise<void> {
  let after: DueCursor | null = null;
  for (;;) {
    const due = await shop.data.orders.dueReservations(shop.now().toISOString(), after, BATCH);
    for (const reservation of due) {
      if (await expireReservation(shop, reservation, report)) continue;
      report.deferredOrders++;
      await shop.data.orders.deferCheck(reservation.orderId, nextCheck(reservation, shop.now()));
    }
    const last = due.at(-1);
    if (!last || due.length < BATCH) return;
    after = { reservationExpiresAt: last.reservationExpiresAt, orderId: last.orderId };
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
  const report: SweepReport = {
    expiredOrders: 0,
    paidLate: 0,
    deferredOrders: 0,
    cancelledOrders: 0,
    confirmationsSent: 0,
    cartsPurged: 0,
    uploadsPurged: 0,
    sessionsPurged: 0,
    shipmentsRegistered: 0,
    reviewRequestsSent: 0,
  };
  await expireReservations(shop, report);
  report.cancelledOrders = await shop.data.orders.cancelAbandoned(retryOpensAfter(shop), shop.now().toISOString());
  await resendConfirmations(shop, report);
  report.shipmentsRegistered = await registerDueShipments(shop);
  report.reviewRequestsSent = await sendDueReviewRequests(shop);
  const now = shop.now().getTime();
  report.cartsPurged = await shop.data.carts.purgeExpired(new Date(now).toISOString());
  report.uploadsPurged = await purgeUploads(shop);
  // Keys answer retries for a day; Stripe resends an event for up to three days, so events are kept a month.
  await shop.data.orders.purge({
    idempotencyKeys: new Date(now - DAY_MS).toISOString(),
    webhookEvents: new Date(now - 30 * DAY_MS).toISOString(),
  });
  // A throttle row is kept a day after its last failure (the longest lock is an hour), so it still counts a slow guesser.
  report.sessionsPurged = await shop.data.accounts.purge(
    new Date(now).toISOString(),
    new Date(now - DAY_MS).toISOString(),
  );
  await shop.data.customers.purge(new Date(now).toISOString());
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
