import type { CallOptions } from '../catalog.ts';
import type { Http } from '../http.ts';
import type { AdminOrder, AdminOrderList, AdminOrderQuery } from '../schemas/admin.ts';

export type AdminOrdersApi = {
  /** One page of orders, newest first; pass the answer's `nextCursor` back as `cursor` for the next one. */
  list(query?: AdminOrderQuery, options?: CallOptions): Promise<AdminOrderList>;
  /** An order with its customer, address, designs (with their SHA-256) and any payment issue. */
  get(orderId: string, options?: CallOptions): Promise<AdminOrder>;
  /** The original file of a design, as the shopper uploaded it: what goes to the printer. */
  downloadDesign(orderId: string, uploadId: string, options?: CallOptions): Promise<Blob>;
};

export type AdminOrdersDeps = {
  http: Http;
  /** Every call goes through here, so a refused token signs the admin out wherever it happened. */
  guard<T>(call: () => Promise<T>): Promise<T>;
  download(path: string, signal: AbortSignal | undefined): Promise<Blob>;
};

export function adminOrdersApi({ http, guard, download }: AdminOrdersDeps): AdminOrdersApi {
  const path = (orderId: string) => `admin/orders/${encodeURIComponent(orderId)}`;
  return {
    list(query = {}, options = {}) {
      return guard(() => http.request('get', 'admin/orders', 'adminOrderList', { searchParams: query, signal: options.signal }));
    },
    get(orderId, options = {}) {
      return guard(() => http.request('get', path(orderId), 'adminOrder', { signal: options.signal }));
    },
    downloadDesign(orderId, uploadId, options = {}) {
      return guard(() => download(`${path(orderId)}/uploads/${encodeURIComponent(uploadId)}/file`, options.signal));
    },
  };
}
