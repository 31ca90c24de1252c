import { OrderAccessQuery } from '../orders/routes.ts';
import type { Operation, OperationResponse } from './operations.ts';

/** The cart, checkout, order and payment routes, for the OpenAPI document (see operations.ts). */

const error = (description: string): OperationResponse => ({ description, body: { component: 'ErrorBody' } });
const cart = (description = 'The cart, priced by the server.'): OperationResponse => ({ description, body: { component: 'Cart' } });

const cartId = { name: 'cartId', description: 'The cart id (`cart_…`). It is the credential: keep it private.' };
const lineId = { name: 'lineId', description: 'A line id from the cart.' };
const orderId = { name: 'orderId', description: 'The order id (`ord_…`).' };
const tokenQuery = {
  token: 'The access token answered by checkout, or the signed token from the confirmation email. Without a valid one the order is `not_found`.',
};

const NOT_FOUND = error('`cart_not_found`: no such cart, or it expired. Start a new one.');
const COMPLETED = error('`cart_completed`: the cart was checked out and can no longer change (`details.orderId`).');
const INVALID = error('`validation_failed` naming the fields, `invalid_json` or `unsupported_media_type`.');

const cartOperation = (operation: Omit<Operation, 'tag'>): Operation => ({ tag: 'Cart', ...operation });

export const CHECKOUT_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/countries/{code}',
    operationId: 'getCountryAddressFormat',
    tag: 'Checkout',
    summary: "How an address in a country names its region",
    description:
      'The states or provinces an address may name (US, CA, AU), by ISO 3166-2 code without the country prefix, and ' +
      'whether an order needs one there. Addresses and carts accept a region by its code or its name, in any case, and ' +
      'store the code; where the list is empty the region is free text. Cacheable for a few minutes.',
    pathParams: [{ name: 'code', description: 'An ISO 3166-1 alpha-2 country code, in capitals (`US`).' }],
    responses: {
      200: { description: 'The region field for addresses in the country.', body: { component: 'CountryAddressFormat' } },
      404: error('`not_found`: not an ISO 3166-1 alpha-2 code.'),
    },
  },
  cartOperation({
    method: 'post',
    path: '/api/carts',
    operationId: 'createCart',
    summary: 'Create a cart',
    description: 'A new, empty guest cart. A `country` gives shipping and tax estimates from the start.',
    body: 'CreateCartBody',
    responses: { 201: cart('The new cart.'), 400: INVALID },
  }),
  cartOperation({
    method: 'get',
    path: '/api/carts/{cartId}',
    operationId: 'getCart',
    summary: 'Get a cart',
    description:
      'The cart priced now: line prices from the catalog, discount, shipping options, tax and total. Lines above the ' +
      'stock left are lowered (or removed) and `notices` say so. A checked-out cart is answered read-only.',
    pathParams: [cartId],
    responses: { 200: cart(), 404: NOT_FOUND },
  }),
  cartOperation({
    method: 'patch',
    path: '/api/carts/{cartId}',
    operationId: 'updateCart',
    summary: 'Set the destination or shipping method',
    description: 'Only the fields sent change. Changing the country clears the region. A shipping method must be offered for the destination.',
    pathParams: [cartId],
    body: 'UpdateCartBody',
    responses: { 200: cart(), 400: INVALID, 404: NOT_FOUND, 409: error('`cart_completed`, or `shipping_unavailable` with the methods offered.') },
  }),
  cartOperation({
    method: 'post',
    path: '/api/carts/{cartId}/lines',
    operationId: 'addCartLine',
    summary: 'Add a product variant or a custom sticker',
    description:
      'Adding a variant already in the cart adds to its quantity. Prices sent by a client are ignored. A variant of a ' +
      '`sticker` product needs `sticker`: an upload of this cart and the specs; the server prices the line from the sticker ' +
      'tables. Custom stickers are made to order: stock does not limit them and they reserve none.',
    pathParams: [cartId],
    body: 'AddCartLineBody',
    responses: {
      200: cart(),
      400: error(
        '`validation_failed`: a quantity that is not a whole number from 1 to 999 (in total) for a standard line or to the sticker ' +
          'maximum for a sticker line, too many lines, `sticker` missing for a sticker product or sent for another; ' +
          '`size_out_of_range` or `sticker_option_unavailable` for a sticker line.',
      ),
      404: error('`cart_not_found`, `not_found` for an unknown variant (`details.variantId`), or `upload_not_found` for a design that is not this cart’s.'),
      409: error('`out_of_stock` with `details.variantId` and `details.available`, or `cart_completed`.'),
    },
  }),
  cartOperation({
    method: 'patch',
    path: '/api/carts/{cartId}/lines/{lineId}',
    operationId: 'updateCartLine',
    summary: 'Change a line’s quantity',
    description: 'A standard line takes 1 to 999; a custom sticker line 1 to the sticker maximum, repriced from the sticker tables.',
    pathParams: [cartId, lineId],
    body: 'UpdateCartLineBody',
    responses: {
      200: cart(),
      400: error('`validation_failed` naming `quantity`, `invalid_json` or `unsupported_media_type`.'),
      404: error('`cart_not_found`, or `not_found` for an unknown line.'),
      409: error('`out_of_stock` with `details.available`, or `cart_completed`.'),
    },
  }),
  cartOperation({
    method: 'delete',
    path: '/api/carts/{cartId}/lines/{lineId}',
    operationId: 'removeCartLine',
    summary: 'Remove a line',
    pathParams: [cartId, lineId],
    responses: { 200: cart(), 404: error('`cart_not_found`, or `not_found` for an unknown line.'), 409: COMPLETED },
  }),
  cartOperation({
    method: 'put',
    path: '/api/carts/{cartId}/discount',
    operationId: 'applyDiscount',
    summary: 'Apply a discount code',
    description: 'Codes match case-insensitively. One code per cart; applying another replaces it.',
    pathParams: [cartId],
    body: 'ApplyDiscountBody',
    responses: {
      200: cart(),
      400: INVALID,
      404: error('`discount_not_found`, or `cart_not_found`.'),
      409: error('`discount_expired`, `discount_used_up`, `discount_not_applicable` (minimum subtotal, not started), or `cart_completed`.'),
    },
  }),
  cartOperation({
    method: 'delete',
    path: '/api/carts/{cartId}/discount',
    operationId: 'removeDiscount',
    summary: 'Remove the discount code',
    pathParams: [cartId],
    responses: { 200: cart(), 404: NOT_FOUND, 409: COMPLETED },
  }),
  {
    method: 'post',
    path: '/api/orders',
    operationId: 'createOrder',
    tag: 'Checkout',
    summary: 'Check out: create the order and start payment',
    description:
      'Prices the cart again for the address, creates a `pending` order, reserves its stock and completes the cart in one ' +
      'transaction, then starts payment: send the shopper to `payment.redirectUrl`. They come back to `returnUrl` with ' +
      '`storelet_order=<order id>` added. Keep `accessToken`: it opens the order. With an `Idempotency-Key`, a repeat of ' +
      'the same request answers the same order; without one, the cart still makes at most one order.',
    headers: [
      {
        name: 'Idempotency-Key',
        required: false,
        description: 'Up to 255 visible ASCII characters, unique per checkout attempt. Answers are kept for 24 hours.',
      },
    ],
    body: 'CreateOrderBody',
    responses: {
      201: { description: 'The order, its access token and where to pay.', body: { component: 'CheckoutResult' } },
      400: error('`validation_failed` (a US address needs its state in `region`), or `return_url_not_allowed`.'),
      404: NOT_FOUND,
      409: error(
        '`out_of_stock`, `cart_empty`, `cart_completed` (`details.orderId`), `shipping_unavailable`, a discount refusal, or ' +
          '`conflict` while the same Idempotency-Key is still being processed.',
      ),
      422: error('`idempotency_key_reused`: the key was used for a different request.'),
      502: error('`payment_unavailable`: the payment provider failed. Nothing was kept; try again.'),
    },
  },
  {
    method: 'get',
    path: '/api/orders/{orderId}',
    operationId: 'getOrder',
    tag: 'Checkout',
    summary: 'Get an order',
    description:
      'While a Stripe payment is pending the server asks Stripe about it and applies the answer, so a landing page can poll ' +
      'this until `paymentStatus` is `paid` or `failed`.',
    pathParams: [orderId],
    query: OrderAccessQuery,
    queryDescriptions: tokenQuery,
    responses: {
      200: { description: 'The order.', body: { component: 'Order' } },
      404: error('`not_found`: no such order, or the token does not open it.'),
    },
  },
  {
    method: 'post',
    path: '/api/orders/{orderId}/payment',
    operationId: 'retryPayment',
    tag: 'Checkout',
    summary: 'Resume a pending payment, or pay again after a failed one',
    description:
      'For a pending order whose session is still open (the shopper came back from the payment page), answers that ' +
      'session. For an order whose payment failed within the last reservation window, checks the discount code by the ' +
      'checkout rules, takes the stock and the code again and starts a new payment attempt. Accepts an ' +
      '`Idempotency-Key` with the same semantics as `POST /api/orders`.',
    pathParams: [orderId],
    query: OrderAccessQuery,
    queryDescriptions: tokenQuery,
    headers: [
      {
        name: 'Idempotency-Key',
        required: false,
        description: 'Up to 255 visible ASCII characters, unique per attempt to pay. Answers are kept for 24 hours.',
      },
    ],
    body: 'RetryPaymentBody',
    responses: {
      200: { description: 'Where to pay.', body: { component: 'PaymentSession' } },
      400: INVALID,
      404: error('`not_found`: no such order, or the token does not open it.'),
      409: error(
        '`payment_not_retryable` (`details.reason`: `not_failed`, `retry_window_passed`, `cancelled`, `payment_issue`: check ' +
          'out again), `out_of_stock`, `discount_expired`, `discount_used_up`, `discount_not_applicable`.',
      ),
      422: error('`idempotency_key_reused`: the key was used for a different request.'),
      502: error('`payment_unavailable`: the payment provider failed; the order stays failed.'),
    },
  },
  {
    method: 'post',
    path: '/api/orders/{orderId}/payment/cancel',
    operationId: 'cancelPayment',
    tag: 'Checkout',
    summary: 'Give up a pending payment',
    description:
      'For the landing page after the payment page’s cancel link (`storelet_payment=cancelled`): the session is expired at ' +
      'the provider and the order’s payment fails, returning its stock and code, unless the shopper had paid after all. ' +
      'An order that is not pending is answered as it is.',
    pathParams: [orderId],
    query: OrderAccessQuery,
    queryDescriptions: tokenQuery,
    responses: {
      200: { description: 'The order, as it is now.', body: { component: 'Order' } },
      400: INVALID,
      404: error('`not_found`: no such order, or the token does not open it.'),
    },
  },
  {
    method: 'post',
    path: '/api/webhooks/stripe',
    operationId: 'stripeWebhook',
    tag: 'Checkout',
    summary: 'Payment events (Stripe webhooks)',
    description:
      'Checkout-session events signed with the endpoint secret (`Stripe-Signature`). Each event acts once, in any order. ' +
      'The built-in test gateway delivers its events through the same handler.',
    headers: [{ name: 'Stripe-Signature', required: true, description: 'Stripe’s signature over the raw body.' }],
    responses: {
      200: { description: 'Received (also for events that change nothing).', body: { component: 'WebhookAck' } },
      400: error('`invalid_signature`: missing, forged or too old.'),
    },
  },
];
