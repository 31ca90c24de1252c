import { Hono } from 'hono';
import {
  AdminReturnQuery,
  CreateReturnBody,
  DecideReturnBody,
  OrderAccessQuery,
  Refund,
  RefundReturnBody,
  ReturnList,
  ReturnRequest,
} from '../../sdk/schemas/index.ts';
import { optionalAccount } from '../auth/bearer.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { ADMIN_ONLY, errorResponse } from '../openapi/responses.ts';
import { ORDER_ID } from '../orders/routes.ts';
import type { Shop } from '../shop/shop.ts';
import { decideReturn, findCustomerOrder, receiveReturn, refundReturn, requestReturn } from './returns.ts';
import { toReturnView } from './view.ts';

const TOKEN = {
  token: 'The order’s access token or the signed token from its emails; or send a signed-in customer’s bearer token.',
};
const RETURN_PARAMS = { orderId: ORDER_ID, returnId: 'The return’s id (`ret_…`).' };
const ORDER_NOT_FOUND = errorResponse('`not_found`: no such order, or neither the token nor the account opens it.');
const RETURN_NOT_FOUND = errorResponse('`not_found`: no such order; `return_not_found`: no such return of it.');
const ILLEGAL_MOVE = errorResponse('`return_not_allowed`: the return is not where this step starts (`details.from`).');

export const requestReturnRoute = defineRoute({
  method: 'post',
  path: '/orders/:orderId/returns',
  operationId: 'requestReturn',
  tag: 'Returns',
  summary: 'Ask to return lines of a delivered order',
  description:
    'Within the shop’s return window (`RETURN_WINDOW_DAYS`, counted from the last delivery). Custom sticker lines may be ' +
    'asked for, but only an exception the owner makes lets them back. The customer gets an email at each step.',
  params: { orderId: ORDER_ID },
  query: OrderAccessQuery,
  queryDescriptions: TOKEN,
  body: CreateReturnBody,
  responses: {
    201: { description: 'The request, `requested`.', body: ReturnRequest },
    400: errorResponse('`validation_failed`: a line not of this order, or named twice.'),
    404: ORDER_NOT_FOUND,
    409: errorResponse(
      '`return_window_closed` (`details.days`); `return_not_allowed`: not delivered, cancelled or refunded, or more ' +
        'units than were bought or are in returns already (`details.reason`).',
    ),
  },
});

export const listOrderReturnsRoute = defineRoute({
  method: 'get',
  path: '/orders/:orderId/returns',
  operationId: 'listOrderReturns',
  tag: 'Returns',
  summary: 'An order’s returns and where each stands',
  params: { orderId: ORDER_ID },
  query: OrderAccessQuery,
  queryDescriptions: TOKEN,
  responses: { 200: { description: 'Oldest first.', body: ReturnList }, 404: ORDER_NOT_FOUND },
});

export const adminListReturnsRoute = defineRoute({
  method: 'get',
  path: '/admin/returns',
  operationId: 'adminListReturns',
  tag: 'Admin',
  summary: 'Returns across orders, newest first (the 100 latest)',
  security: 'bearer',
  query: AdminReturnQuery,
  responses: { 200: { description: 'Newest first.', body: ReturnList }, ...ADMIN_ONLY },
});

export const adminDecideReturnRoute = defineRoute({
  method: 'post',
  path: '/admin/orders/:orderId/returns/:returnId/decision',
  operationId: 'adminDecideReturn',
  tag: 'Admin',
  summary: 'Approve or reject a return request, with a message to the customer',
  description: 'A request holding custom sticker lines is approved only with `stickerException: true`.',
  security: 'bearer',
  params: RETURN_PARAMS,
  body: DecideReturnBody,
  responses: {
    200: { description: 'The return, `approved` or `rejected`.', body: ReturnRequest },
    ...ADMIN_ONLY,
    404: RETURN_NOT_FOUND,
    409: errorResponse('`return_not_allowed`: decided already, or sticker lines without the exception.'),
  },
});

export const adminReceiveReturnRoute = defineRoute({
  method: 'post',
  path: '/admin/orders/:orderId/returns/:returnId/receive',
  operationId: 'adminReceiveReturn',
  tag: 'Admin',
  summary: 'Mark an approved return’s goods received',
  security: 'bearer',
  params: RETURN_PARAMS,
  responses: {
    200: { description: 'The return, `received`.', body: ReturnRequest },
    ...ADMIN_ONLY,
    404: RETURN_NOT_FOUND,
    409: ILLEGAL_MOVE,
  },
});

export const adminRefundReturnRoute = defineRoute({
  method: 'post',
  path: '/admin/orders/:orderId/returns/:returnId/refund',
  operationId: 'adminRefundReturn',
  tag: 'Admin',
  summary: 'Refund an approved or received return, restocking its lines when asked',
  description: 'The lines’ share of what was paid, or `amount` (a restocking fee kept). The return becomes `refunded`.',
  security: 'bearer',
  params: RETURN_PARAMS,
  body: RefundReturnBody,
  responses: {
    201: { description: 'The refund.', body: Refund },
    ...ADMIN_ONLY,
    404: RETURN_NOT_FOUND,
    409: errorResponse('`return_not_allowed` (not approved or received) or `refund_exceeds_payment`.'),
    502: errorResponse('`refund_failed`: the provider refused it; the return can be refunded again.'),
  },
});

export const RETURN_ROUTES = [
  requestReturnRoute,
  listOrderReturnsRoute,
  adminListReturnsRoute,
  adminDecideReturnRoute,
  adminReceiveReturnRoute,
  adminRefundReturnRoute,
];

const NO_STORE = { 'Cache-Control': 'no-store' };

/** `/api/orders/:orderId/returns` for the customer, `/api/admin/…/returns` for the owner (behind `requireAdmin`). */
export function returnRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  mountRoute(app, requestReturnRoute, optionalAccount(shop), async (c, { params, query, body }) => {
    const order = await findCustomerOrder(shop, params.orderId, query.token, c.get('account'));
    return c.json(await requestReturn(shop, order, body), 201, NO_STORE);
  });

  mountRoute(app, listOrderReturnsRoute, optionalAccount(shop), async (c, { params, query }) => {
    const order = await findCustomerOrder(shop, params.orderId, query.token, c.get('account'));
    const returns = await shop.data.returns.listReturns(order.id);
    return c.json({ items: returns.map(toReturnView) } satisfies ReturnList, 200, NO_STORE);
  });

  mountRoute(app, adminListReturnsRoute, async (c, { query }) => {
    const returns = await shop.data.returns.listAllReturns(query.status ?? null, 100);
    return c.json({ items: returns.map(toReturnView) } satisfies ReturnList);
  });

  mountRoute(app, adminDecideReturnRoute, async (c, { params, body }) =>
    c.json(await decideReturn(shop, params.orderId, params.returnId, body)),
  );

  mountRoute(app, adminReceiveReturnRoute, async (c, { params }) =>
    c.json(await receiveReturn(shop, params.orderId, params.returnId)),
  );

  mountRoute(app, adminRefundReturnRoute, async (c, { params, body }) =>
    c.json(await refundReturn(shop, params.orderId, params.returnId, body), 201),
  );

  return app;
}
