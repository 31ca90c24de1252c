import { css } from 'lit';

export const styles = css`
  .back {
    margin-bottom: 1rem;
  }
  .order {
    display: grid;
    gap: 1.5rem;
  }
  .order-header {
    display: grid;
    gap: 0.375rem;
  }
  .heading {
    margin: 0;
    font-size: 1.375rem;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
  }
  .issue {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_issue);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: #fef2f2;
  }
  .issue-title {
    margin: 0;
    color: var(--_issue);
    font-weight: 700;
  }
  .issue-text {
    margin: 0.25rem 0 0;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: 2rem;
  }
  .columns > * {
    min-width: 0;
  }
  @media (max-width: 44rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .section p {
    margin: 0 0 0.75rem;
  }
  .address {
    margin-bottom: 0.25rem;
    font-style: normal;
  }
  /* An email or a file name of any length, without a space, must still fit its column. */
  .email,
  .address,
  .line-text > * {
    overflow-wrap: anywhere;
  }
  .meta time {
    white-space: nowrap;
  }
  .lines,
  .designs {
    display: grid;
    gap: 0.75rem;
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }
  .line,
  .design {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
  }
  .line-text,
  .design-body {
    display: grid;
    flex: 1;
    min-width: 0;
  }
  .line-title,
  .design-name {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .line-total {
    font-variant-numeric: tabular-nums;
  }
  .design {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.125rem 0.75rem;
    margin: 0.25rem 0 0.75rem;
    font-size: 0.875rem;
  }
  .facts div {
    display: contents;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .hash {
    display: flex;
    gap: 0.5rem;
  }
  .design-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
`;
