import type { Shop } from '../shop/shop.ts';
import { applyTracking, registerShipment, snapshotUpdate } from './service.ts';

/**
 * A tracking service's webhook: verified by signature, acted on once per event id (recorded in the same
 * transaction as its effect), and never moving a parcel backwards, so replays and late deliveries only
 * add to the timeline. A tracker we do not know (another shop on the same account) is acknowledged and ignored.
 */
export async function handleTrackingWebhook(
  shop: Shop,
  rawBody: string,
  header: (name: string) => string | undefined,
): Promise<void> {
  const webhook = shop.tracking.readWebhook(rawBody, header);
  if (!webhook) return;
  const at = shop.now().toISOString();
  for (const shipment of await shop.data.shipments.findByTracker(webhook.tracker.trackerId)) {
    const eventId = `${shop.tracking.name}:${webhook.eventId}:${shipment.id}`;
    await applyTracking(shop, shipment, snapshotUpdate(webhook.tracker, { eventId, action: null, actor: null, at }));
  }
}

/** The sweep's part: shipments the tracking service could not take when they were entered. */
export async function registerDueShipments(shop: Shop, limit = 50): Promise<number> {
  let registered = 0;
  for (const id of await shop.data.shipments.dueRegistrations(shop.now().toISOString(), limit)) {
    const shipment = await shop.data.shipments.findShipmentById(id);
    if (shipment && (await registerShipment(shop, shipment, null))) registered++;
  }
  return registered;
}
