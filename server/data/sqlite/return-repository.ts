import type { Database, Statement } from 'better-sqlite3';
import type { LineQuantity, ReturnReason, ReturnStatus } from '../../../sdk/schemas/index.ts';
import { ValidationError } from '../../errors.ts';
import { OrderNotFoundError } from '../../orders/errors.ts';
import { ReturnNotAllowedError, ReturnNotFoundError, ReturnWindowClosedError } from '../../refunds/errors.ts';
import { returnMoveAllowed } from '../../refunds/return-rules.ts';
import type { NewReturn, ReturnMove, ReturnRecord, ReturnRepository } from '../returns.ts';

type ReturnRow = {
  id: string;
  order_id: string;
  status: ReturnStatus;
  reason: ReturnReason;
  note: string | null;
  lines: string;
  message: string | null;
  sticker_exception: number;
  refund_id: string | null;
  created_at: string;
  decided_at: string | null;
  received_at: string | null;
};

const COLUMNS = `id, order_id, status, reason, note, lines, message, sticker_exception, refund_id, created_at, decided_at,
  received_at`;

function toReturn(row: ReturnRow): ReturnRecord {
  return {
    id: row.id,
    orderId: row.order_id,
    status: row.status,
    reason: row.reason,
    note: row.note,
    lines: JSON.parse(row.lines) as LineQuantity[],
    message: row.message,
    stickerException: row.sticker_exception === 1,
    refundId: row.refund_id,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    receivedAt: row.received_at,
  };
}

const DAY_MS = 86_400_000;

/** Returns on SQLite: each request checks the order, the window and the units in the transaction that records it. */
export class SqliteReturnRepository implements ReturnRepository {
  readonly #create: (request: NewReturn) => ReturnRecord;
  readonly #move: (orderId: string, returnId: string, move: ReturnMove, at: string) => ReturnRecord;
  readonly #find: Statement<[string, string], ReturnRow>;
  readonly #byOrder: Statement<[string], ReturnRow>;
  readonly #all: Statement<[{ status: string | null; limit: number }], ReturnRow>;

  constructor(sqlite: Database) {
    const orderState: Statement<
      [string],
      { status: string; payment_status: string; fulfillment_status: string; delivered_at: string | null }
    > = sqlite.prepare(`
      SELECT o.status, o.payment_status, o.fulfillment_status,
        (SELECT max(s.delivered_at) FROM shipments s WHERE s.order_id = o.id AND s.cancelled_at IS NULL) AS delivered_at
      FROM orders o WHERE o.id = ?`);
    const lines: Statement<[string], { id: string; quantity: number; is_sticker: number }> = sqlite.prepare(
      'SELECT id, quantity, sticker IS NOT NULL AS is_sticker FROM order_lines WHERE order_id = ?',
    );
    const openReturnLines = sqlite
      .prepare<[string], string>(`SELECT lines FROM returns WHERE order_id = ? AND status != 'rejected'`)
      .pluck();
    const insert = sqlite.prepare(`
      INSERT INTO returns (id, order_id, status, reason, note, lines, created_at, updated_at)
      VALUES (@id, @orderId, 'requested', @reason, @note, @lines, @at, @at)`);
    const update = sqlite.prepare(`
      UPDATE returns SET status = @status, message = coalesce(@message, message),
        sticker_exception = @stickerException, decided_at = coalesce(@decidedAt, decided_at),
        received_at = coalesce(@receivedAt, received_at), updated_at = @at
      WHERE id = @id AND status = @from`);
    this.#find = sqlite.prepare(`SELECT ${COLUMNS} FROM returns WHERE order_id = ? AND id = ?`);
    this.#byOrder = sqlite.prepare(`SELECT ${COLUMNS} FROM returns WHERE order_id = ? ORDER BY created_at, id`);
    this.#all = sqlite.prepare(`
      SELECT ${COLUMNS} FROM returns WHERE (@status IS NULL OR status = @status)
      ORDER BY created_at DESC, id DESC LIMIT @limit`);

    this.#create = sqlite.transaction((request: NewReturn): ReturnRecord => {
      const order = orderState.get(request.orderId);
      if (!order) throw new OrderNotFoundError();
      if (order.status === 'cancelled' || order.payment_status === 'refunded')
        throw new ReturnNotAllowedError('not_returnable');
      if (!order.delivered_at) throw new ReturnNotAllowedError('not_delivered');
      if (Date.parse(order.delivered_at) + request.windowDays * DAY_MS < Date.parse(request.at))
        throw new ReturnWindowClosedError(request.windowDays);
      const known = new Map(lines.all(request.orderId).map((line) => [line.id, line.quantity]));
      const asked = new Map<string, number>();
      for (const row of openReturnLines.all(request.orderId))
        for (const line of JSON.parse(row) as LineQuantity[])
          asked.set(line.lineId, (asked.get(line.lineId) ?? 0) + line.quantity);
      request.lines.forEach((line, index) => {
        const quantity = known.get(line.lineId);
        if (quantity === undefined)
          throw new ValidationError([{ path: `lines.${index}.lineId`, message: 'is not a line of this order' }]);
        if (line.quantity > quantity - (asked.get(line.lineId) ?? 0))
          throw new ReturnNotAllowedError('too_many_units', { lineId: line.lineId });
        asked.set(line.lineId, (asked.get(line.lineId) ?? 0) + line.quantity);
      });
      insert.run({ ...request, lines: JSON.stringify(request.lines) });
      return toReturn(this.#find.get(request.orderId, request.id) as ReturnRow);
    });

    this.#move = sqlite.transaction((orderId: string, returnId: string, move: ReturnMove, at: string) => {
      const row = this.#find.get(orderId, returnId);
      if (!row) throw new ReturnNotFoundError();
      if (!returnMoveAllowed(row.status, move.to))
        throw new ReturnNotAllowedError('illegal_move', { from: row.status, to: move.to });
      const stickerLines = new Set(
        lines
          .all(orderId)
          .filter((line) => line.is_sticker)
          .map((line) => line.id),
      );
      const holdsStickers = (JSON.parse(row.lines) as LineQuantity[]).some((line) => stickerLines.has(line.lineId));
      const exception = move.to === 'approved' ? move.stickerException : row.sticker_exception === 1;
      if (move.to === 'approved' && holdsStickers && !exception) throw new ReturnNotAllowedError('sticker_line');
      update.run({
        id: returnId,
        from: row.status,
        status: move.to,
        message: move.to === 'received' ? null : move.message,
        stickerException: exception ? 1 : 0,
        decidedAt: move.to === 'received' ? null : at,
        receivedAt: move.to === 'received' ? at : null,
        at,
      });
      return toReturn(this.#find.get(orderId, returnId) as ReturnRow);
    });
  }

  async createReturn(request: NewReturn): Promise<ReturnRecord> {
    return this.#create(request);
  }

  async moveReturn(orderId: string, returnId: string, move: ReturnMove, at: string): Promise<ReturnRecord> {
    return this.#move(orderId, returnId, move, at);
  }

  async findReturn(orderId: string, returnId: string): Promise<ReturnRecord | null> {
    const row = this.#find.get(orderId, returnId);
    return row ? toReturn(row) : null;
  }

  async listReturns(orderId: string): Promise<ReturnRecord[]> {
    return this.#byOrder.all(orderId).map(toReturn);
  }

  async listAllReturns(status: ReturnStatus | null, limit: number): Promise<ReturnRecord[]> {
    return this.#all.all({ status, limit }).map(toReturn);
  }
}
