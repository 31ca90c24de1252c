import type { CallOptions } from '../catalog.ts';
import type { Http } from '../http.ts';
import type { AdminOrder, AdminOrderList, AdminOrderQuery } from '../schemas/admin.ts';
import type {
  AddTrackingEventBody,
  AdminShipment,
  CreateShipmentBody,
  UpdateShipmentBody,
} from '../schemas/shipment.ts';

export type AdminOrdersApi = {
  /** One page of orders, newest first; pass the answer's `nextCursor` back as `cursor` for the next one. */
  list(query?: AdminOrderQuery, options?: CallOptions): Promise<AdminOrderList>;
  /** An order with its customer, address, designs (with their SHA-256) and any payment issue. */
  get(orderId: string, options?: CallOptions): Promise<AdminOrder>;
  /** The original file of a design, as the shopper uploaded it: what goes to the printer. */
  downloadDesign(orderId: string, uploadId: string, options?: CallOptions): Promise<Blob>;
  /** The order's shipments, cancelled ones included, each with its timeline and who did what. */
  shipments(orderId: string, options?: CallOptions): Promise<AdminShipment[]>;
  /** Ships lines of a paid order: carrier, tracking number and the units in the parcel. */
  ship(orderId: string, body: CreateShipmentBody): Promise<AdminShipment>;
  /** Corrects a carrier or number entered by mistake. */
  correctShipment(orderId: string, shipmentId: string, body: UpdateShipmentBody): Promise<AdminShipment>;
  cancelShipment(orderId: string, shipmentId: string): Promise<AdminShipment>;
  /** Records a tracking event by hand (the manual provider); `{ status: 'delivered' }` marks it delivered. */
  addTrackingEvent(orderId: string, shipmentId: string, body: AddTrackingEventBody): Promise<AdminShipment>;
  /** Asks the tracking service about the shipment now. */
  refreshShipment(orderId: string, shipmentId: string): Promise<AdminShipment>;
};

export type AdminOrdersDeps = {
  http: Http;
  /** Every call goes through here, so a refused token signs the admin out wherever it happened. */
  guard<T>(call: () => Promise<T>): Promise<T>;
  download(path: string, signal: AbortSignal | undefined): Promise<Blob>;
};

export function adminOrdersApi({ http, guard, download }: AdminOrdersDeps): AdminOrdersApi {
  const path = (orderId: string) => `admin/orders/${encodeURIComponent(orderId)}`;
  const shipmentPath = (orderId: string, shipmentId: string, rest = '') =>
    `${path(orderId)}/shipments/${encodeURIComponent(shipmentId)}${rest}`;
  return {
    list(query = {}, options = {}) {
      return guard(() =>
        http.request('get', 'admin/orders', 'adminOrderList', { searchParams: query, signal: options.signal }),
      );
    },
    get(orderId, options = {}) {
      return guard(() => http.request('get', path(orderId), 'adminOrder', { signal: options.signal }));
    },
    async shipments(orderId, options = {}) {
      const list = await guard(() =>
        http.request('get', `${path(orderId)}/shipments`, 'adminShipmentList', { signal: options.signal }),
      );
      return list.items;
    },
    ship(orderId, body) {
      return guard(() => http.request('post', `${path(orderId)}/shipments`, 'adminShipment', { json: body }));
    },
    correctShipment(orderId, shipmentId, body) {
      return guard(() => http.request('patch', shipmentPath(orderId, shipmentId), 'adminShipment', { json: body }));
    },
    cancelShipment(orderId, shipmentId) {
      return guard(() =>
        http.request('post', shipmentPath(orderId, shipmentId, '/cancel'), 'adminShipment', { json: {} }),
      );
    },
    addTrackingEvent(orderId, shipmentId, body) {
      return guard(() =>
        http.request('post', shipmentPath(orderId, shipmentId, '/events'), 'adminShipment', { json: body }),
      );
    },
    refreshShipment(orderId, shipmentId) {
      return guard(() =>
        http.request('post', shipmentPath(orderId, shipmentId, '/refresh'), 'adminShipment', { json: {} }),
      );
    },
    downloadDesign(orderId, uploadId, options = {}) {
      return guard(() => download(`${path(orderId)}/uploads/${encodeURIComponent(uploadId)}/file`, options.signal));
    },
  };
}
