import type { LineQuantity, RefundReason, RefundSource, RefundStatus } from '../../../sdk/schemas/index.ts';
import type { RefundRecord } from '../refunds.ts';

export const REFUND_COLUMNS = `id, order_id, session_id, source, amount, currency, status, reason, note, restock, lines,
  provider_refund_id, return_id, failure_reason, credit_note_number, created_at, updated_at`;

export type RefundRow = {
  id: string;
  order_id: string;
  session_id: string;
  source: RefundSource;
  amount: number;
  currency: string;
  status: RefundStatus;
  reason: RefundReason;
  note: string | null;
  restock: number;
  lines: string;
  provider_refund_id: string | null;
  return_id: string | null;
  failure_reason: string | null;
  credit_note_number: string | null;
  created_at: string;
  updated_at: string;
};

export function toRefund(row: RefundRow): RefundRecord {
  return {
    id: row.id,
    orderId: row.order_id,
    sessionId: row.session_id,
    source: row.source,
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    reason: row.reason,
    note: row.note,
    restock: row.restock === 1,
    lines: JSON.parse(row.lines) as LineQuantity[],
    providerRefundId: row.provider_refund_id,
    returnId: row.return_id,
    failureReason: row.failure_reason,
    creditNoteNumber: row.credit_note_number,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
