import { html, type TemplateResult } from 'lit';
import type { ReviewStatus } from '../../../sdk/admin/index.ts';

/** Each status in the store owner's words, with its badge's tone. */
export const STATUS_LABELS: Record<ReviewStatus, [label: string, tone: 'good' | 'warn' | 'bad']> = {
  pending: ['Waiting for approval', 'warn'],
  published: ['Published', 'good'],
  hidden: ['Hidden', 'bad'],
};

export function statusBadge(status: ReviewStatus): TemplateResult {
  const [label, tone] = STATUS_LABELS[status];
  return html`<span part="badge review-status" class="badge ${tone}">${label}</span>`;
}

export function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
