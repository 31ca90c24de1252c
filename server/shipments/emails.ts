import type { ShipmentRecord } from '../data/shipments.ts';
import { shipmentDeliveredEmail, shipmentShippedEmail, type ShipmentEmailInput } from '../email/shipment-emails.ts';
import { orderLinkUrl } from '../orders/access.ts';
import type { Shop } from '../shop/shop.ts';
import { toShipmentView } from './view.ts';

/** Sends a shipment's email once: claimed with a conditional update, given back if the send fails. */
async function sendShipmentEmail(
  shop: Shop,
  orderId: string,
  shipmentId: string,
  kind: 'shipped' | 'delivered',
): Promise<void> {
  if (!(await shop.data.shipments.claimEmail(shipmentId, kind, shop.now().toISOString()))) return;
  try {
    const [order, shipment] = await Promise.all([
      shop.data.orders.findOrder(orderId),
      shop.data.shipments.findShipment(orderId, shipmentId),
    ]);
    if (!order || !shipment || shipment.cancelledAt) return;
    const view = toShipmentView(shipment, order, shop.settings);
    const absolute = (url: string | null) => (url ? new URL(url, `${shop.settings.publicUrl}/`).href : null);
    const input: ShipmentEmailInput = {
      shopName: shop.settings.shopName,
      orderNumber: order.number,
      email: order.email,
      carrierName: view.carrierName,
      trackingNumber: view.trackingNumber,
      trackingUrl: view.trackingUrl,
      estimatedDelivery: view.estimatedDelivery,
      deliveredAt: view.deliveredAt,
      lines: view.lines.map((line) => ({
        title: line.title,
        variantTitle: line.variantTitle,
        quantity: line.quantity,
        imageUrl: line.designPreviewUrl ?? absolute(line.image?.url ?? null),
      })),
      orderUrl: orderLinkUrl(shop.settings, order.id, shop.now()),
    };
    await shop.mailer.send(kind === 'shipped' ? shipmentShippedEmail(input) : shipmentDeliveredEmail(input));
  } catch (error) {
    await shop.data.shipments.releaseEmail(shipmentId, kind);
    throw error;
  }
}

/** Sends after the response: a slow mail server must not hold up the admin or the carrier's webhook. */
export function queueShipmentEmail(
  shop: Shop,
  shipment: Pick<ShipmentRecord, 'id' | 'orderId'>,
  kind: 'shipped' | 'delivered',
): void {
  shop.tasks.run(`${kind} email for shipment ${shipment.id}`, () =>
    sendShipmentEmail(shop, shipment.orderId, shipment.id, kind),
  );
}
