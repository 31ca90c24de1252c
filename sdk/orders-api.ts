import type { Http } from './http.ts';
import type { CheckoutResult, CreateOrderBody, Order, PaymentSession, RetryPaymentBody } from './schemas/order.ts';
import type { CreateReturnBody, ReturnRequest } from './schemas/return.ts';
import type { OrderLookupBody, OrderLookupResult, ShipmentList } from './schemas/shipment.ts';
import { scopedKey, type KeyValueStorage } from './storage.ts';

export type OrdersApi = {
  /**
   * Turns the cart into a pending order and starts payment. The idempotency key makes a repeated
   * submission (double click, retry after a dropped connection) answer the same order.
   */
  create(body: CreateOrderBody, idempotencyKey: string): Promise<CheckoutResult>;
  /** An order this device placed (its access token is kept in storage), or one a signed link opened. */
  get(orderId: string, accessToken?: string): Promise<Order>;
  /**
   * Where to pay an unpaid order: its open payment page again (the shopper came back from it), or a new
   * attempt for an order whose payment failed. The key makes a repeated request answer the same page. Pass
   * `{ returnUrl, paymentMode: 'embedded' }` to pay inside the page where the shop can; an open session is answered
   * as it was opened.
   */
  retryPayment(
    orderId: string,
    returnUrl: string | RetryPaymentBody,
    accessToken?: string,
    idempotencyKey?: string,
  ): Promise<PaymentSession>;
  /** Gives up a pending payment (the shopper cancelled on the payment page): it fails and the stock goes back. */
  cancelPayment(orderId: string, accessToken?: string): Promise<Order>;
  /** The order's parcels and their tracking timelines (cancelled shipments left out). */
  shipments(orderId: string, accessToken?: string): Promise<ShipmentList>;
  /**
   * Asks to return lines of a delivered order, within the shop's return window. Opened with the order's token,
   * or as the signed-in customer whose order it is.
   */
  requestReturn(orderId: string, body: CreateReturnBody, accessToken?: string): Promise<ReturnRequest>;
  /** The order's return requests, oldest first, and where each stands. */
  returns(orderId: string, accessToken?: string): Promise<ReturnRequest[]>;
  /**
   * Finds a guest's order by its number and email and remembers the token that opens it (for a day). A wrong
   * number or email throws `StoreletNotFoundError`, the same for both; too many tries `StoreletRateLimitError`.
   */
  lookup(body: OrderLookupBody): Promise<OrderLookupResult>;
  /** Whether this device holds a token for the order (it placed it, or a link or lookup opened it). */
  hasAccess(orderId: string): boolean;
  /** Remembers an order's access token, e.g. one read from a confirmation link. */
  rememberAccess(orderId: string, accessToken: string): void;
  /** The orders this device placed or opened by link, newest first, with their tokens (proof of purchase for reviews). */
  knownOrders(): { orderId: string; token: string }[];
  /**
   * The order this device's last checkout made and the cart it came from, until `forgetCheckout`: a
   * shopper who came back from the payment page still has the cart, and can continue to pay it.
   */
  pendingCheckout(): PendingCheckout | null;
  /** Forgets the pending checkout when it is this order's (it was paid, or can no longer be). */
  forgetCheckout(orderId: string): void;
};

/** Orders remembered for proof of purchase; older ones are forgotten from the list (their tokens stay). */
const MAX_KNOWN_ORDERS = 10;

export type PendingCheckout = { orderId: string; orderNumber: string; cartId: string };

export function ordersApi(
  http: Http,
  storage: KeyValueStorage,
  customerToken: () => string | null = () => null,
): OrdersApi {
  const tokenKey = (orderId: string) => scopedKey(http.apiUrl, `order:${orderId}`);
  const token = (orderId: string, given?: string) => given ?? storage.getItem(tokenKey(orderId)) ?? undefined;
  const path = (orderId: string, rest = '') => `orders/${encodeURIComponent(orderId)}${rest}`;
  const checkoutKey = scopedKey(http.apiUrl, 'checkout');
  const knownKey = scopedKey(http.apiUrl, 'orders');
  const known = () => (storage.getItem(knownKey) ?? '').split(' ').filter(Boolean);
  const remember = (orderId: string, accessToken: string) => {
    storage.setItem(tokenKey(orderId), accessToken);
    storage.setItem(
      knownKey,
      [orderId, ...known().filter((id) => id !== orderId)].slice(0, MAX_KNOWN_ORDERS).join(' '),
    );
  };
  // Kept as "orderId orderNumber cartId": none of them holds a space.
  const pendingCheckout = (): PendingCheckout | null => {
    const [orderId, orderNumber, cartId, ...rest] = (storage.getItem(checkoutKey) ?? '').split(' ');
    return orderId && orderNumber && cartId && !rest.length ? { orderId, orderNumber, cartId } : null;
  };
  return {
    async create(body, idempotencyKey) {
      const bearer = customerToken();
      const result = await http.request('post', 'orders', 'checkoutResult', {
        json: body,
        idempotencyKey,
        ...(bearer ? { headers: { Authorization: `Bearer ${bearer}` } } : {}),
      });
      remember(result.order.id, result.accessToken);
      storage.setItem(checkoutKey, `${result.order.id} ${result.order.number} ${body.cartId}`);
      return result;
    },
    get(orderId, accessToken) {
      const t = token(orderId, accessToken);
      return http.request('get', path(orderId), 'order', t ? { searchParams: { token: t } } : {});
    },
    retryPayment(orderId, returnUrl, accessToken, idempotencyKey) {
      const t = token(orderId, accessToken);
      return http.request('post', path(orderId, '/payment'), 'paymentSession', {
        json: typeof returnUrl === 'string' ? { returnUrl } : returnUrl,
        ...(t ? { searchParams: { token: t } } : {}),
        ...(idempotencyKey ? { idempotencyKey } : {}),
      });
    },
    cancelPayment(orderId, accessToken) {
      const t = token(orderId, accessToken);
      return http.request('post', path(orderId, '/payment/cancel'), 'order', t ? { searchParams: { token: t } } : {});
    },
    shipments(orderId, accessToken) {
      const t = token(orderId, accessToken);
      return http.request('get', path(orderId, '/shipments'), 'shipmentList', t ? { searchParams: { token: t } } : {});
    },
    requestReturn(orderId, body, accessToken) {
      const t = token(orderId, accessToken);
      return http.request('post', path(orderId, '/returns'), 'returnRequest', {
        json: body,
        ...(t ? { searchParams: { token: t } } : {}),
      });
    },
    async returns(orderId, accessToken) {
      const t = token(orderId, accessToken);
      const list = await http.request(
        'get',
        path(orderId, '/returns'),
        'returnList',
        t ? { searchParams: { token: t } } : {},
      );
      return list.items;
    },
    async lookup(body) {
      const found = await http.request('post', 'orders/lookup', 'orderLookup', { json: body });
      remember(found.orderId, found.token);
      return found;
    },
    hasAccess(orderId) {
      return storage.getItem(tokenKey(orderId)) !== null;
    },
    rememberAccess: remember,
    knownOrders: () =>
      known().flatMap((orderId) => {
        const saved = storage.getItem(tokenKey(orderId));
        return saved ? [{ orderId, token: saved }] : [];
      }),
    pendingCheckout,
    forgetCheckout(orderId) {
      if (pendingCheckout()?.orderId === orderId) storage.removeItem(checkoutKey);
    },
  };
}
