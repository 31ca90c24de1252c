import type { CallOptions } from '../catalog.ts';
import type { Http } from '../http.ts';
import type { AdminOrder } from '../schemas/admin.ts';
import type { CancelOrderBody, CreateRefundBody, Refund } from '../schemas/refund.ts';
import type {
  OrderExportQuery,
  SalesReport,
  SalesReportQuery,
  StockReport,
  StockReportQuery,
} from '../schemas/report.ts';
import type { AdminReturnQuery, DecideReturnBody, RefundReturnBody, ReturnRequest } from '../schemas/return.ts';

/** Added to `admin.orders`: refunds, cancelling, and the CSV export. */
export type AdminOrderMoneyApi = {
  /**
   * Refunds an order by lines, amount and/or shipping. Pass an `idempotencyKey` made once per press of the button:
   * a retry with it answers the first refund rather than making a second.
   */
  refund(orderId: string, body: CreateRefundBody, idempotencyKey?: string): Promise<Refund>;
  refunds(orderId: string, options?: CallOptions): Promise<Refund[]>;
  /** Cancels an order nothing of which has shipped; a paid one is refunded in full. */
  cancel(orderId: string, body?: CancelOrderBody): Promise<AdminOrder>;
  /** A succeeded refund's credit note, as a PDF file. */
  downloadCreditNote(orderId: string, refundId: string, options?: CallOptions): Promise<Blob>;
  /** The orders CSV with the list's filters, as a file to save. */
  exportCsv(query?: OrderExportQuery, options?: CallOptions): Promise<Blob>;
};

/** `admin.returns`: customers' return requests and the owner's steps on them. */
export type AdminReturnsApi = {
  /** Returns across orders, newest first, optionally of one status. */
  list(query?: AdminReturnQuery, options?: CallOptions): Promise<ReturnRequest[]>;
  decide(orderId: string, returnId: string, body: DecideReturnBody): Promise<ReturnRequest>;
  receive(orderId: string, returnId: string): Promise<ReturnRequest>;
  refund(orderId: string, returnId: string, body?: RefundReturnBody): Promise<Refund>;
};

/** `admin.reports`: sales and stock. */
export type AdminReportsApi = {
  sales(query: SalesReportQuery, options?: CallOptions): Promise<SalesReport>;
  stock(query?: StockReportQuery, options?: CallOptions): Promise<StockReport>;
};

export type AdminMoneyDeps = {
  http: Http;
  guard<T>(call: () => Promise<T>): Promise<T>;
  download(path: string, signal: AbortSignal | undefined): Promise<Blob>;
};

const orderPath = (orderId: string) => `admin/orders/${encodeURIComponent(orderId)}`;

export function adminOrderMoneyApi({ http, guard, download }: AdminMoneyDeps): AdminOrderMoneyApi {
  return {
    refund: (orderId, body, idempotencyKey) =>
      guard(() =>
        http.request('post', `${orderPath(orderId)}/refunds`, 'refund', {
          json: body,
          ...(idempotencyKey ? { idempotencyKey } : {}),
        }),
      ),
    refunds: async (orderId, options = {}) =>
      (
        await guard(() =>
          http.request('get', `${orderPath(orderId)}/refunds`, 'refundList', { signal: options.signal }),
        )
      ).items,
    cancel: (orderId, body = {}) =>
      guard(() => http.request('post', `${orderPath(orderId)}/cancel`, 'adminOrder', { json: body })),
    downloadCreditNote: (orderId, refundId, options = {}) =>
      guard(() =>
        download(`${orderPath(orderId)}/refunds/${encodeURIComponent(refundId)}/credit-note`, options.signal),
      ),
    exportCsv: (query = {}, options = {}) => {
      const search = new URLSearchParams(
        Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      ).toString();
      return guard(() => download(`admin/exports/orders${search ? `?${search}` : ''}`, options.signal));
    },
  };
}

export function adminReturnsApi({ http, guard }: Omit<AdminMoneyDeps, 'download'>): AdminReturnsApi {
  const step = (orderId: string, returnId: string, name: string) =>
    `${orderPath(orderId)}/returns/${encodeURIComponent(returnId)}/${name}`;
  return {
    list: async (query = {}, options = {}) =>
      (
        await guard(() =>
          http.request('get', 'admin/returns', 'returnList', { searchParams: query, signal: options.signal }),
        )
      ).items,
    decide: (orderId, returnId, body) =>
      guard(() => http.request('post', step(orderId, returnId, 'decision'), 'returnRequest', { json: body })),
    receive: (orderId, returnId) =>
      guard(() => http.request('post', step(orderId, returnId, 'receive'), 'returnRequest')),
    refund: (orderId, returnId, body = {}) =>
      guard(() => http.request('post', step(orderId, returnId, 'refund'), 'refund', { json: body })),
  };
}

export function adminReportsApi({ http, guard }: Omit<AdminMoneyDeps, 'download'>): AdminReportsApi {
  return {
    sales: (query, options = {}) =>
      guard(() =>
        http.request('get', 'admin/reports/sales', 'salesReport', { searchParams: query, signal: options.signal }),
      ),
    stock: (query = {}, options = {}) =>
      guard(() =>
        http.request('get', 'admin/reports/stock', 'stockReport', { searchParams: query, signal: options.signal }),
      ),
  };
}
