import type { ReturnStatus } from '../../sdk/schemas/index.ts';

/**
 * A return's small state machine: the owner approves or rejects a request, receives the goods of an approved
 * one, and refunds (from `approved` too, for goods not worth sending back). Rejected and refunded are final.
 */
const RETURN_MOVES: Record<ReturnStatus, readonly ReturnStatus[]> = {
  requested: ['approved', 'rejected'],
  approved: ['received', 'refunded'],
  received: ['refunded'],
  rejected: [],
  refunded: [],
};

export function returnMoveAllowed(from: ReturnStatus, to: ReturnStatus): boolean {
  return RETURN_MOVES[from].includes(to);
}
