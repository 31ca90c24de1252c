import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminClient, AuditEntity, AuditEntry, AuditLogParams } from '../../../sdk/admin/index.ts';
import { emit } from '../../events.ts';
import { baseStyles, controlStyles, stateStyles } from '../../shared/styles.ts';
import { renderAccessError } from '../access-error.ts';
import { adminStyles } from '../admin-styles.ts';
import { blockStyles } from '../blocks/block-styles.ts';
import { renderListStatus, renderListToolbar, renderLoadMore, type ListFilter } from '../blocks/list-parts.ts';
import { PagedList } from '../blocks/paged-list.ts';
import { tableStyles } from '../order-table.styles.ts';
import { formatDate } from '../order-words.ts';
import { renderChanges } from './audit-changes.ts';

/** What the log records changes of, in the store owner's words (the schemas' own list would bring zod in). */
const ENTITY_LABELS: Record<AuditEntity, string> = {
  product: 'Products',
  category: 'Categories',
  stock: 'Stock',
  discount_code: 'Discount codes',
  tax_rate: 'Tax rates',
  shipping_zone: 'Shipping zones',
  sticker_prices: 'Sticker prices',
};
const ENTITY_OPTIONS: ListFilter['options'] = [
  ['', 'Everything'],
  ...(Object.keys(ENTITY_LABELS) as AuditEntity[]).map((entity) => [entity, ENTITY_LABELS[entity]] as const),
];

/**
 * @summary The audit log of `<admin-dashboard>`: every admin change, newest first (who, what, which record, when, and
 * the fields it changed from and to), filtered by kind of record or by one record's id.
 * @event storelet-error - The log could not be loaded.
 * @csspart toolbar - The filters.
 * @csspart search - The record id field.
 * @csspart entity-filter - The kind of record.
 * @csspart search-button - The search button.
 * @csspart status - The visually hidden live region announcing what is shown.
 * @csspart entries - The table.
 * @csspart entry - A change.
 * @csspart entry-action - What was done (`product.update`).
 * @csspart entry-actor - Who did it.
 * @csspart entry-record - The record's id.
 * @csspart changes - The fields it changed.
 * @csspart before - A field's value before.
 * @csspart after - Its value after.
 * @csspart load-more - The paging button.
 * @csspart empty - The state when no change matches.
 * @csspart error - The error state, or why more could not be loaded.
 * @csspart forbidden - The error state of an account that is not an admin (also error).
 * @csspart retry - The error state's "Try again" button.
 * @csspart button - Every button.
 */
export class AdminAuditLog extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    stateStyles,
    adminStyles,
    tableStyles,
    blockStyles,
    css`
      .changes {
        display: grid;
        gap: 0.25rem;
        margin: 0.5rem 0 0;
        font-size: 0.875rem;
        overflow-wrap: anywhere;
      }
      .change dt {
        font-weight: 700;
      }
      .change dd {
        margin: 0;
      }
      code {
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) client: AdminClient | undefined;
  /** Entries per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @state() private entity: AuditEntity | '' = '';
  @state() private entityId = '';
  private readonly list = new PagedList<AuditEntry>(
    this,
    (cursor) => {
      if (!this.client) throw new Error('No admin client');
      return this.client.auditLog.list(this.query(cursor));
    },
    (error) => emit(this, 'storelet-error', { code: error.code, message: error.message }),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.client) void this.list.reload();
  }

  private query(cursor: string | undefined): AuditLogParams {
    const entityId = this.entityId.trim();
    return {
      limit: this.pageSize,
      ...(this.entity ? { entity: this.entity } : {}),
      ...(entityId ? { entityId } : {}),
      ...(cursor ? { cursor } : {}),
    };
  }

  protected override render(): TemplateResult {
    return html`${renderListToolbar({
      label: 'Filter the audit log',
      search: {
        id: 'record',
        label: 'Record id',
        placeholder: 'prod_…, cat_…, var_…',
        value: this.entityId,
        onInput: (value) => (this.entityId = value),
      },
      filters: [
        {
          id: 'entity',
          part: 'entity-filter',
          label: 'Changes to',
          value: this.entity,
          options: ENTITY_OPTIONS,
          onChange: (value) => {
            this.entity = value as AuditEntity | '';
            void this.list.reload();
          },
        },
      ],
      onSubmit: () => void this.list.reload(),
    })}
      ${renderListStatus(this.list, ['change', 'changes'])} ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    const list = this.list;
    if (list.phase === 'loading') {
      return html`<div aria-hidden="true"><div class="skeleton row"></div><div class="skeleton row"></div></div>`;
    }
    if (list.phase === 'error')
      return renderAccessError(list.error, 'The audit log could not be loaded.', () => void list.reload());
    if (list.items.length === 0) {
      const filtered = this.entity !== '' || this.entityId.trim() !== '';
      return html`<div part="empty" class="state">
        <p class="state-title">${filtered ? 'No changes match.' : 'No changes yet.'}</p>
        <p class="state-text">${filtered ? 'Try another kind of record or id.' : 'Every change an admin makes to the catalog is recorded here.'}</p>
      </div>`;
    }
    return html`<div class="table-wrap" role="region" aria-label="Audit log" tabindex="0">
        <table part="entries" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">When</th>
              <th role="columnheader" scope="col">Who</th>
              <th role="columnheader" scope="col">What</th>
              <th role="columnheader" scope="col">Record</th>
              <th role="columnheader" scope="col">Changes</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${list.items.map(
              (entry) => html`<tr role="row" part="entry" data-entry=${entry.id}>
                <th role="rowheader" scope="row" class="nowrap"><time datetime=${entry.at}>${formatDate(entry.at)}</time></th>
                <td role="cell" part="entry-actor" class="email">${entry.actor.email}</td>
                <td role="cell" part="entry-action">${entry.action}</td>
                <td role="cell" part="entry-record"><code>${entry.entityId}</code></td>
                <td role="cell">${renderChanges(entry)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${renderLoadMore(list, () => void list.loadMore())}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-audit-log': AdminAuditLog;
  }
}
