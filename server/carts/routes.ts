import { Hono } from 'hono';
import {
  AddCartLineBody,
  ApplyDiscountBody,
  Cart,
  CreateCartBody,
  UpdateCartBody,
  UpdateCartLineBody,
} from '../../sdk/schemas/index.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute, type RouteResponse } from '../http/route.ts';
import { errorResponse } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import {
  addLine,
  applyDiscount,
  changeLineQuantity,
  createCart,
  readCart,
  removeDiscount,
  removeLine,
  updateCart,
} from './service.ts';

const cart = (description = 'The cart, priced by the server.'): RouteResponse => ({ description, body: Cart });

/** The path parameter every cart route has. */
export const CART_ID = 'The cart id (`cart_…`). It is the credential: keep it private.';
const LINE_ID = 'A line id from the cart.';

const NOT_FOUND = errorResponse('`cart_not_found`: no such cart, or it expired. Start a new one.');
const COMPLETED = errorResponse(
  '`cart_completed`: the cart was checked out and can no longer change (`details.orderId`).',
);
const INVALID = errorResponse('`validation_failed` naming the fields, `invalid_json` or `unsupported_media_type`.');

export const createCartRoute = defineRoute({
  method: 'post',
  path: '/carts',
  operationId: 'createCart',
  tag: 'Cart',
  summary: 'Create a cart',
  description: 'A new, empty guest cart. A `country` gives shipping and tax estimates from the start.',
  body: CreateCartBody,
  responses: { 201: cart('The new cart.'), 400: INVALID },
});

export const getCartRoute = defineRoute({
  method: 'get',
  path: '/carts/:cartId',
  operationId: 'getCart',
  tag: 'Cart',
  summary: 'Get a cart',
  description:
    'The cart priced now: line prices from the catalog, discount, shipping options, tax and total. Lines above the ' +
    'stock left are lowered (or removed) and `notices` say so. A checked-out cart is answered read-only.',
  params: { cartId: CART_ID },
  responses: { 200: cart(), 404: NOT_FOUND },
});

export const updateCartRoute = defineRoute({
  method: 'patch',
  path: '/carts/:cartId',
  operationId: 'updateCart',
  tag: 'Cart',
  summary: 'Set the destination or shipping method',
  description:
    'Only the fields sent change. Changing the country clears the region. A shipping method must be offered for the destination.',
  params: { cartId: CART_ID },
  body: UpdateCartBody,
  responses: {
    200: cart(),
    400: INVALID,
    404: NOT_FOUND,
    409: errorResponse('`cart_completed`, or `shipping_unavailable` with the methods offered.'),
  },
});

export const addCartLineRoute = defineRoute({
  method: 'post',
  path: '/carts/:cartId/lines',
  operationId: 'addCartLine',
  tag: 'Cart',
  summary: 'Add a product variant or a custom sticker',
  description:
    'Adding a variant already in the cart adds to its quantity. Prices sent by a client are ignored. A variant of a ' +
    '`sticker` product needs `sticker`: an upload of this cart and the specs; the server prices the line from the sticker ' +
    'tables. Custom stickers are made to order: stock does not limit them and they reserve none.',
  params: { cartId: CART_ID },
  body: AddCartLineBody,
  responses: {
    200: cart(),
    400: errorResponse(
      '`validation_failed`: a quantity that is not a whole number from 1 to 999 (in total) for a standard line or to the sticker ' +
        'maximum for a sticker line, too many lines, `sticker` missing for a sticker product or sent for another; ' +
        '`size_out_of_range` or `sticker_option_unavailable` for a sticker line.',
    ),
    404: errorResponse(
      '`cart_not_found`, `not_found` for an unknown variant (`details.variantId`), or `upload_not_found` for a design that is not this cart’s.',
    ),
    409: errorResponse('`out_of_stock` with `details.variantId` and `details.available`, or `cart_completed`.'),
  },
});

export const updateCartLineRoute = defineRoute({
  method: 'patch',
  path: '/carts/:cartId/lines/:lineId',
  operationId: 'updateCartLine',
  tag: 'Cart',
  summary: 'Change a line’s quantity',
  description:
    'A standard line takes 1 to 999; a custom sticker line 1 to the sticker maximum, repriced from the sticker tables.',
  params: { cartId: CART_ID, lineId: LINE_ID },
  body: UpdateCartLineBody,
  responses: {
    200: cart(),
    400: errorResponse('`validation_failed` naming `quantity`, `invalid_json` or `unsupported_media_type`.'),
    404: errorResponse('`cart_not_found`, or `not_found` for an unknown line.'),
    409: errorResponse('`out_of_stock` with `details.available`, or `cart_completed`.'),
  },
});

export const removeCartLineRoute = defineRoute({
  method: 'delete',
  path: '/carts/:cartId/lines/:lineId',
  operationId: 'removeCartLine',
  tag: 'Cart',
  summary: 'Remove a line',
  params: { cartId: CART_ID, lineId: LINE_ID },
  responses: {
    200: cart(),
    404: errorResponse('`cart_not_found`, or `not_found` for an unknown line.'),
    409: COMPLETED,
  },
});

export const applyDiscountRoute = defineRoute({
  method: 'put',
  path: '/carts/:cartId/discount',
  operationId: 'applyDiscount',
  tag: 'Cart',
  summary: 'Apply a discount code',
  description: 'Codes match case-insensitively. One code per cart; applying another replaces it.',
  params: { cartId: CART_ID },
  body: ApplyDiscountBody,
  responses: {
    200: cart(),
    400: INVALID,
    404: errorResponse('`discount_not_found`, or `cart_not_found`.'),
    409: errorResponse(
      '`discount_expired`, `discount_used_up`, `discount_not_applicable` (minimum subtotal, not started), or `cart_completed`.',
    ),
  },
});

export const removeDiscountRoute = defineRoute({
  method: 'delete',
  path: '/carts/:cartId/discount',
  operationId: 'removeDiscount',
  tag: 'Cart',
  summary: 'Remove the discount code',
  params: { cartId: CART_ID },
  responses: { 200: cart(), 404: NOT_FOUND, 409: COMPLETED },
});

export const CART_ROUTES = [
  createCartRoute,
  getCartRoute,
  updateCartRoute,
  addCartLineRoute,
  updateCartLineRoute,
  removeCartLineRoute,
  applyDiscountRoute,
  removeDiscountRoute,
];

/**
 * `/api/carts`: guest carts. The cart id is the credential: whoever holds it may read and change the
 * cart. Bodies are validated with the shared schemas; fields they don't name (a price, say) are ignored.
 */
export function cartRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Carts are private to whoever holds the id: never stored by a shared cache.
  const noStore = { 'Cache-Control': 'no-store' };

  mountRoute(app, createCartRoute, async (c, { body }) => c.json(await createCart(shop, body), 201, noStore));

  mountRoute(app, getCartRoute, async (c, { params }) => c.json(await readCart(shop, params.cartId), 200, noStore));

  mountRoute(app, updateCartRoute, async (c, { params, body }) =>
    c.json(await updateCart(shop, params.cartId, body), 200, noStore),
  );

  mountRoute(app, addCartLineRoute, async (c, { params, body }) =>
    c.json(await addLine(shop, params.cartId, body), 200, noStore),
  );

  mountRoute(app, updateCartLineRoute, async (c, { params, body }) =>
    c.json(await changeLineQuantity(shop, params.cartId, params.lineId, body.quantity), 200, noStore),
  );

  mountRoute(app, removeCartLineRoute, async (c, { params }) =>
    c.json(await removeLine(shop, params.cartId, params.lineId), 200, noStore),
  );

  mountRoute(app, applyDiscountRoute, async (c, { params, body }) =>
    c.json(await applyDiscount(shop, params.cartId, body.code), 200, noStore),
  );

  mountRoute(app, removeDiscountRoute, async (c, { params }) =>
    c.json(await removeDiscount(shop, params.cartId), 200, noStore),
  );

  return app;
}
