import { html, nothing, type TemplateResult } from 'lit';
import type { AuditEntry } from '../../../sdk/admin/index.ts';

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** A value as one short line: text as it is, anything else as JSON, cut when long. */
function shown(value: unknown): string {
  if (value === undefined) return '—';
  const line = typeof value === 'string' ? value : JSON.stringify(value);
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** The fields an entry changed, each with its value before and after (a create has no before, a delete no after). */
export function changedFields(entry: AuditEntry): { field: string; before: unknown; after: unknown }[] {
  const before = record(entry.before);
  const after = record(entry.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

/** What the entry changed, as a small table under a disclosure. */
export function renderChanges(entry: AuditEntry): TemplateResult {
  const changes = changedFields(entry);
  if (changes.length === 0) return html`<span class="meta">No field changed.</span>`;
  return html`<details part="changes">
    <summary>${changes.length === 1 ? '1 field' : `${changes.length} fields`}: ${changes.map((change) => change.field).join(', ')}</summary>
    <dl class="changes">
      ${changes.map(
        (change) => html`<div class="change">
          <dt>${change.field}</dt>
          <dd>${entry.before === null ? nothing : html`<del part="before">${shown(change.before)}</del> → `}<ins part="after">${shown(change.after)}</ins></dd>
        </div>`,
      )}
    </dl>
  </details>`;
}
