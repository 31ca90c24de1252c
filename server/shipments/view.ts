import type { AdminShipment, Shipment } from '../../sdk/schemas/index.ts';
import { CARRIER_INFO, carrierTrackingUrl } from '../../sdk/schemas/index.ts';
import type { OrderRecord } from '../data/orders.ts';
import type { ShipmentRecord } from '../data/shipments.ts';
import type { ShopSettings } from '../shop/shop.ts';
import { uploadPreviewUrl } from '../uploads/view.ts';

type Settings = Pick<ShopSettings, 'publicUrl' | 'orderLinkSecret'>;

/** The tracking service's page knows the most; the carrier's own page otherwise. */
export function trackingUrl(shipment: Pick<ShipmentRecord, 'publicUrl' | 'carrier' | 'trackingNumber'>): string | null {
  return shipment.publicUrl ?? carrierTrackingUrl(shipment.carrier, shipment.trackingNumber);
}

/** A shipment as the shopper sees it: what the parcel holds comes from the order's own lines. */
export function toShipmentView(shipment: ShipmentRecord, order: OrderRecord, settings: Settings): Shipment {
  const lines = new Map(order.lines.map((line) => [line.id, line]));
  return {
    id: shipment.id,
    orderId: shipment.orderId,
    carrier: shipment.carrier,
    carrierName: CARRIER_INFO[shipment.carrier].name,
    trackingNumber: shipment.trackingNumber,
    trackingUrl: trackingUrl(shipment),
    status: shipment.status,
    estimatedDelivery: shipment.estimatedDelivery,
    shippedAt: shipment.createdAt,
    deliveredAt: shipment.deliveredAt,
    lines: shipment.lines.flatMap(({ orderLineId, quantity }) => {
      const line = lines.get(orderLineId);
      if (!line) return [];
      const upload = line.sticker?.upload;
      return [
        {
          lineId: line.id,
          title: line.title,
          variantTitle: line.sticker ? line.sticker.summary : line.variantTitle,
          quantity,
          image: line.image,
          designPreviewUrl: upload ? uploadPreviewUrl(settings, upload) : null,
        },
      ];
    }),
    events: shipment.events.map((event) => ({ ...event })),
  };
}

export function toAdminShipmentView(shipment: ShipmentRecord, order: OrderRecord, settings: Settings): AdminShipment {
  return {
    ...toShipmentView(shipment, order, settings),
    provider: shipment.provider,
    registered: shipment.provider === 'manual' || shipment.trackerId !== null,
    cancelledAt: shipment.cancelledAt,
    history: shipment.actions.map((entry) => ({
      action: entry.action,
      actor: entry.actorEmail,
      at: entry.at,
      note: entry.note,
    })),
  };
}
