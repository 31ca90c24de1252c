import { css } from 'lit';

export const tableStyles = css`
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
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
`;
