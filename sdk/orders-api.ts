import type { Http } from './http.ts';
import type { CheckoutResult, CreateOrderBody, Order, PaymentSession } from './schemas/order.ts';
import { scopedKey, type KeyValueStorage } from './storage.ts';

export type OrdersApi = {
  /**
   * Turns the cart into a pending order and starts payment. The idempotency key makes a repeated
   * submission (double click, retry after a dropped connection) answer the same order.
   */
  create(body: CreateOrderBody, idempotencyKey: string): Promise<CheckoutResult>;
  /** An order this device placed (its access token is kept in storage), or one a signed link opened. */
  get(orderId: string, accessToken?: string): Promise<Order>;
  /** A new payment attempt for an order whose payment failed. */
  retryPayment(orderId: string, returnUrl: string, accessToken?: string): Promise<PaymentSession>;
  /** Gives up a pending payment (the shopper cancelled on the payment page): it fails and the stock goes back. */
  cancelPayment(orderId: string, accessToken?: string): Promise<Order>;
  /** Remembers an order's access token, e.g. one read from a confirmation link. */
  rememberAccess(orderId: string, accessToken: string): void;
};

export function ordersApi(http: Http, storage: KeyValueStorage): OrdersApi {
  const tokenKey = (orderId: string) => scopedKey(http.apiUrl, `order:${orderId}`);
  const token = (orderId: string, given?: string) => given ?? storage.getItem(tokenKey(orderId)) ?? undefined;
  const path = (orderId: string, rest = '') => `orders/${encodeURIComponent(orderId)}${rest}`;
  return {
    async create(body, idempotencyKey) {
      const result = await http.request('post', 'orders', 'checkoutResult', { json: body, idempotencyKey });
      storage.setItem(tokenKey(result.order.id), result.accessToken);
      return result;
    },
    get(orderId, accessToken) {
      const t = token(orderId, accessToken);
      return http.request('get', path(orderId), 'order', t ? { searchParams: { token: t } } : {});
    },
    retryPayment(orderId, returnUrl, accessToken) {
      const t = token(orderId, accessToken);
      return http.request('post', path(orderId, '/payment'), 'paymentSession', {
        json: { returnUrl },
        ...(t ? { searchParams: { token: t } } : {}),
      });
    },
    cancelPayment(orderId, accessToken) {
      const t = token(orderId, accessToken);
      return http.request('post', path(orderId, '/payment/cancel'), 'order', t ? { searchParams: { token: t } } : {});
    },
    rememberAccess(orderId, accessToken) {
      storage.setItem(tokenKey(orderId), accessToken);
    },
  };
}
