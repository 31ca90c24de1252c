import type { Shipment } from '../../sdk/schemas/index.ts';
import type { OrderRecord } from '../data/orders.ts';
import type { Shop } from '../shop/shop.ts';
import { toShipmentView } from './view.ts';

/** The parcels a shopper sees for an order they may open: every shipment but those cancelled. */
export async function shopperShipments(shop: Shop, order: OrderRecord): Promise<Shipment[]> {
  const shipments = await shop.data.shipments.listShipments(order.id);
  return shipments
    .filter((shipment) => !shipment.cancelledAt)
    .map((shipment) => toShipmentView(shipment, order, shop.settings));
}
