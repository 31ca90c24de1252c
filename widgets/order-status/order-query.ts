/**
 * The query parameters the server adds to the return URL and to the email's signed link. Prefixed,
 * because they land on the host's own page, which may use `order` or `token` for something else.
 */
const ORDER_PARAM = 'storelet_order';
const TOKEN_PARAM = 'storelet_token';
/** Set to `cancelled` by the payment page's cancel link. */
const PAYMENT_PARAM = 'storelet_payment';

/**
 * The order id (the `order` attribute, else `?storelet_order=`) and the token the page's query carries,
 * if any. The token is taken out of the address bar as soon as it is read, so it is not left in the
 * history, a bookmark or a shared screenshot; the SDK keeps it on this device, and the order id stays,
 * so a reload still shows the order.
 */
export function readOrderQuery(orderAttribute: string): { orderId: string; token: string | null } {
  const query = new URLSearchParams(location.search);
  const orderId = orderAttribute || query.get(ORDER_PARAM) || '';
  const token = query.get(TOKEN_PARAM);
  if (token !== null) {
    query.delete(TOKEN_PARAM);
    history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
  }
  return { orderId, token };
}

/** The shopper came back through the payment page's cancel link. */
export function cameBackCancelled(): boolean {
  return new URLSearchParams(location.search).get(PAYMENT_PARAM) === 'cancelled';
}
