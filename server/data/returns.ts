import type { LineQuantity, ReturnReason, ReturnStatus } from '../../sdk/schemas/index.ts';

/** Return requests as stored: the customer asks, the owner approves or rejects, receives, then refunds. */

export type ReturnRecord = {
  id: string;
  orderId: string;
  status: ReturnStatus;
  reason: ReturnReason;
  note: string | null;
  lines: LineQuantity[];
  message: string | null;
  stickerException: boolean;
  refundId: string | null;
  createdAt: string;
  decidedAt: string | null;
  receivedAt: string | null;
};

export type NewReturn = Pick<ReturnRecord, 'id' | 'orderId' | 'reason' | 'note' | 'lines'> & {
  at: string;
  /** Days after delivery that a return may be asked for. */
  windowDays: number;
};

export type ReturnMove =
  | { to: 'approved'; message: string | null; stickerException: boolean }
  | { to: 'rejected'; message: string | null }
  | { to: 'received' };

/**
 * Every return query; each change runs in one transaction that reads what it checks. Refusals are thrown as
 * ApiErrors (`ReturnNotAllowedError`, `ReturnWindowClosedError`, `ReturnNotFoundError`).
 */
export interface ReturnRepository {
  /** Records a request for lines of a delivered order, within the window after its last delivery. */
  createReturn(request: NewReturn): Promise<ReturnRecord>;
  moveReturn(orderId: string, returnId: string, move: ReturnMove, at: string): Promise<ReturnRecord>;
  findReturn(orderId: string, returnId: string): Promise<ReturnRecord | null>;
  listReturns(orderId: string): Promise<ReturnRecord[]>;
  /** Every return in `status` (all when null), newest first, up to `limit`. */
  listAllReturns(status: ReturnStatus | null, limit: number): Promise<ReturnRecord[]>;
}
