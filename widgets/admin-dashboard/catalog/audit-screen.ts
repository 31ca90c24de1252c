import { html, type TemplateResult } from 'lit';
import { defineElement } from '../../shared/define-element.ts';
import type { ScreenContext } from '../admin-screens.ts';
import { AdminAuditLog } from './admin-audit-log.ts';

defineElement('admin-audit-log', AdminAuditLog);

const PARTS =
  'toolbar, search, entity-filter, search-button, entries, entry, entry-action, entry-actor, entry-record, changes, before, after, load-more, empty, error';

/** The audit log screen: who changed what, and when. */
export function renderScreen({ client }: ScreenContext): TemplateResult {
  return html`<admin-audit-log part="audit-log" exportparts=${PARTS} .client=${client}></admin-audit-log>`;
}

export { AdminAuditLog };
