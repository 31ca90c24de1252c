import type {
  Account,
  CreateReturnBody,
  DecideReturnBody,
  Refund,
  RefundReturnBody,
  ReturnRequest,
} from '../../sdk/schemas/index.ts';
import { findAdminOrder } from '../admin/orders.ts';
import { findAccountOrder } from '../customers/account-orders.ts';
import type { OrderRecord } from '../data/orders.ts';
import { newId } from '../data/ids.ts';
import { OrderNotFoundError } from '../orders/errors.ts';
import { findAccessibleOrder } from '../orders/read-order.ts';
import type { Shop } from '../shop/shop.ts';
import { ReturnNotAllowedError, ReturnNotFoundError } from './errors.ts';
import { notifyReturn } from './notify.ts';
import { checkDistinctLines } from './refund-rules.ts';
import { issueRefund, linesShare } from './refund-order.ts';
import { toRefundView, toReturnView } from './view.ts';

/**
 * Returns: the customer asks (through the order's link or signed in), the owner approves or rejects, marks the
 * goods received and refunds them. Each step is emailed to the customer.
 */

/** The order the caller may act on: its link's token opens it, or it is the signed-in customer's own. */
export async function findCustomerOrder(
  shop: Shop,
  orderId: string,
  token: string | undefined,
  account: Account | undefined,
): Promise<OrderRecord> {
  if (token) return findAccessibleOrder(shop, orderId, token);
  if (account) return findAccountOrder(shop, account, orderId);
  throw new OrderNotFoundError();
}

/** `POST /api/orders/:orderId/returns`. */
export async function requestReturn(shop: Shop, order: OrderRecord, body: CreateReturnBody): Promise<ReturnRequest> {
  checkDistinctLines(body.lines);
  const created = await shop.data.returns.createReturn({
    id: newId('ret'),
    orderId: order.id,
    reason: body.reason,
    note: body.note ?? null,
    lines: body.lines,
    at: shop.now().toISOString(),
    windowDays: shop.settings.returnWindowDays,
  });
  notifyReturn(shop, created);
  return toReturnView(created);
}

/** `POST /api/admin/orders/:orderId/returns/:returnId/decision`. */
export async function decideReturn(
  shop: Shop,
  orderId: string,
  returnId: string,
  body: DecideReturnBody,
): Promise<ReturnRequest> {
  const order = await findAdminOrder(shop, orderId);
  const message = body.message ?? null;
  const moved = await shop.data.returns.moveReturn(
    order.id,
    returnId,
    body.decision === 'approve'
      ? { to: 'approved', message, stickerException: body.stickerException ?? false }
      : { to: 'rejected', message },
    shop.now().toISOString(),
  );
  notifyReturn(shop, moved);
  return toReturnView(moved);
}

/** `POST /api/admin/orders/:orderId/returns/:returnId/receive`. */
export async function receiveReturn(shop: Shop, orderId: string, returnId: string): Promise<ReturnRequest> {
  const order = await findAdminOrder(shop, orderId);
  const moved = await shop.data.returns.moveReturn(order.id, returnId, { to: 'received' }, shop.now().toISOString());
  notifyReturn(shop, moved);
  return toReturnView(moved);
}

/**
 * `POST /api/admin/orders/:orderId/returns/:returnId/refund`: the return's lines, their share of what was paid
 * (or the amount given), restocked when asked; the return becomes `refunded` in the same transaction.
 */
export async function refundReturn(
  shop: Shop,
  orderId: string,
  returnId: string,
  body: RefundReturnBody,
): Promise<Refund> {
  const order = await findAdminOrder(shop, orderId);
  const request = await shop.data.returns.findReturn(order.id, returnId);
  if (!request) throw new ReturnNotFoundError();
  if (request.status !== 'approved' && request.status !== 'received')
    throw new ReturnNotAllowedError('illegal_move', { from: request.status, to: 'refunded' });
  const refund = await issueRefund(shop, {
    orderId: order.id,
    source: 'order',
    amount: body.amount ?? linesShare(order, request.lines),
    reason: 'returned',
    note: null,
    restock: body.restock ?? false,
    lines: request.lines,
    returnId: request.id,
  });
  const refunded = await shop.data.returns.findReturn(order.id, returnId);
  if (refunded) notifyReturn(shop, refunded);
  return toRefundView(refund);
}
