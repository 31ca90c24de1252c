import { css } from 'lit';

/**
 * The order list: a table where it fits, and below 44rem of the list's own width (a phone, a narrow
 * column) one stacked card per order, in the table's reading order, so nothing needs a sideways scroll.
 * The host (`admin-order-list`) is the query container.
 */
export const tableStyles = css`
  :host {
    container: order-list / inline-size;
  }
  .table-wrap {
    margin-top: 1rem;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375rem;
  }
  th,
  td {
    padding: 0.625rem 0.75rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    background: var(--_subtle);
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  tbody tr:last-child > * {
    border-bottom: 0;
  }
  tr.has-issue > :first-child {
    box-shadow: inset 3px 0 0 var(--_issue);
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* A date or an order number broken over lines reads as several; an email of any length must fit. */
  .nowrap {
    white-space: nowrap;
  }
  .email {
    overflow-wrap: anywhere;
  }
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  @container order-list (max-width: 44rem) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    /* The header row stays for screen readers, which still read the cells as a table's. */
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tbody tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      padding: 0.75rem;
      border-bottom: 1px solid var(--_border);
    }
    tbody tr:last-child {
      border-bottom: 0;
    }
    tbody tr > * {
      padding: 0;
      border: 0;
    }
    tr.has-issue {
      box-shadow: inset 3px 0 0 var(--_issue);
    }
    tr.has-issue > :first-child {
      box-shadow: none;
    }
    .order-date {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .email {
      flex-basis: 100%;
    }
    .number {
      text-align: start;
    }
    /* A bare count means nothing without its column header. */
    .designs::before {
      content: 'Designs: ';
      color: var(--_muted);
    }
  }
`;
