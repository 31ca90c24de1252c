import { AdminOrderQuery } from '../../sdk/schemas/index.ts';
import { UNAUTHORIZED as UNAUTHORIZED_RESPONSE } from './responses.ts';
import type { Operation, OperationResponse } from './operations.ts';

/** The admin's order routes, for the OpenAPI document (see operations.ts). Every one needs an admin's token. */

const error = (description: string): OperationResponse => ({ description, body: { component: 'ErrorBody' } });
const FORBIDDEN = error('`forbidden`: the token is valid but its account is not an admin.');
const orderId = { name: 'orderId', description: 'The order id (`ord_…`).' };

const adminOperation = (operation: Omit<Operation, 'tag' | 'security'>): Operation => ({
  tag: 'Admin',
  security: 'bearer',
  ...operation,
  responses: { ...operation.responses, 401: { description: UNAUTHORIZED_RESPONSE.description, body: { component: 'ErrorBody' } }, 403: FORBIDDEN },
});

export const ADMIN_OPERATIONS: Operation[] = [
  adminOperation({
    method: 'get',
    path: '/api/admin/orders',
    operationId: 'listAdminOrders',
    summary: 'List orders',
    description:
      'Every order, newest first, paged with `limit` and `cursor` (a cursor continues only the list it came from, with the ' +
      'same filters). Filters combine; `q` finds a piece of the order number or of the customer’s email, in any case ' +
      '(`%` and `_` are plain characters; control characters are refused). Never cached, errors included.',
    query: AdminOrderQuery,
    queryDescriptions: {
      limit: 'Orders per page, 1 to 100; 24 when absent.',
      cursor: 'The `nextCursor` of the previous page.',
      q: 'Part of an order number (`SL-10001`, `10001`) or of an email.',
    },
    responses: {
      200: { description: 'A page of orders.', body: { component: 'AdminOrderList' } },
      400: error('`validation_failed` naming the parameter, or `invalid_cursor`.'),
    },
  }),
  adminOperation({
    method: 'get',
    path: '/api/admin/orders/{orderId}',
    operationId: 'getAdminOrder',
    summary: 'An order, with its designs',
    description:
      'The order as its shopper sees it, plus its payment issue (money to refund or look into) and one entry per design ' +
      'its sticker lines were made from: the stored file’s facts, its SHA-256, a signed preview URL and the lines made from it.',
    pathParams: [orderId],
    responses: {
      200: { description: 'The order.', body: { component: 'AdminOrder' } },
      404: error('`not_found`: no such order.'),
    },
  }),
  adminOperation({
    method: 'get',
    path: '/api/admin/orders/{orderId}/uploads/{uploadId}/file',
    operationId: 'downloadAdminOrderUpload',
    summary: 'Download the original of an order’s design',
    description:
      'The file as uploaded, with the same safe headers as the shopper’s download (`Content-Disposition: attachment`, ' +
      '`X-Content-Type-Options: nosniff`, a sandboxing CSP, an SVG as `application/octet-stream`). Check it against the ' +
      'design’s `sha256`; its `Content-Disposition` names the design’s `downloadName`. HEAD answers the headers alone.',
    pathParams: [orderId, { name: 'uploadId', description: 'The upload id (`upl_…`) of one of the order’s designs.' }],
    responses: {
      200: { description: 'The original file.', body: { contentType: 'application/octet-stream' } },
      404: error('`not_found` (no such order) or `upload_not_found` (no line of this order was made from that upload).'),
    },
  }),
];
