import type { Database, Statement } from 'better-sqlite3';
import type { FulfillmentStatus, OrderStatus, PaymentIssue, PaymentStatus } from '../../../sdk/schemas/index.ts';
import type { OrderListCursor, OrderListFilter, OrderSummaryRecord } from '../orders.ts';

type ListParams = {
  status: string | null;
  paymentStatus: string | null;
  fulfillmentStatus: string | null;
  like: string | null;
  afterAt: string | null;
  afterId: string | null;
  limit: number;
};

type SummaryRow = {
  id: string;
  number: string;
  email: string;
  status: OrderStatus;
  payment_status: PaymentStatus;
  fulfillment_status: FulfillmentStatus;
  currency: string;
  total: number;
  item_count: number;
  design_count: number;
  payment_issue: PaymentIssue | null;
  created_at: string;
  paid_at: string | null;
};

/** `%` and `_` in a search are the characters themselves, not wildcards. SQLite's LIKE ignores ASCII case. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The admin's order list on SQLite. Two statements, the first page and the pages after a cursor, so the
 * cursor condition is only there when needed and the planner can seek `orders_created_idx` to it.
 */
export class OrderListStatements {
  readonly #first: Statement<[ListParams], SummaryRow>;
  readonly #after: Statement<[ListParams], SummaryRow>;

  constructor(sqlite: Database) {
    const sql = (after: boolean) => `
      SELECT o.id, o.number, o.email, o.status, o.payment_status, o.fulfillment_status, o.currency, o.total,
        o.payment_issue, o.created_at, o.paid_at,
        (SELECT coalesce(sum(l.quantity), 0) FROM order_lines l WHERE l.order_id = o.id) AS item_count,
        (SELECT count(DISTINCT l.upload_id) FROM order_lines l WHERE l.order_id = o.id) AS design_count
      FROM orders o
      WHERE (@status IS NULL OR o.status = @status)
        AND (@paymentStatus IS NULL OR o.payment_status = @paymentStatus)
        AND (@fulfillmentStatus IS NULL OR o.fulfillment_status = @fulfillmentStatus)
        AND (@like IS NULL OR o.number LIKE @like ESCAPE '\\' OR o.email LIKE @like ESCAPE '\\')
        ${after ? 'AND (o.created_at < @afterAt OR (o.created_at = @afterAt AND o.id < @afterId))' : ''}
      ORDER BY o.created_at DESC, o.id DESC
      LIMIT @limit`;
    this.#first = sqlite.prepare(sql(false));
    this.#after = sqlite.prepare(sql(true));
  }

  list(filter: OrderListFilter, after: OrderListCursor | null, limit: number): OrderSummaryRecord[] {
    const search = filter.search;
    const params: ListParams = {
      status: filter.status,
      paymentStatus: filter.paymentStatus,
      fulfillmentStatus: filter.fulfillmentStatus,
      like: search === null ? null : likePattern(search),
      afterAt: after?.createdAt ?? null,
      afterId: after?.id ?? null,
      limit,
    };
    return (after ? this.#after : this.#first).all(params).map((row) => ({
      id: row.id,
      number: row.number,
      email: row.email,
      status: row.status,
      paymentStatus: row.payment_status,
      fulfillmentStatus: row.fulfillment_status,
      currency: row.currency,
      total: row.total,
      itemCount: row.item_count,
      designCount: row.design_count,
      paymentIssue: row.payment_issue,
      createdAt: row.created_at,
      paidAt: row.paid_at,
    }));
  }
}
