import { css } from 'lit';

/** What the dashboard's parts share: badges by tone, panels, section titles, the order table. */
export const adminStyles = css`
  :host {
    --_thumb: var(--admin-dashboard-thumb-size, 3.5rem);
    --_issue: var(--admin-dashboard-issue-color, var(--_danger));
  }
  .badge {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    background: var(--_subtle);
    color: var(--_text);
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1.5;
    white-space: nowrap;
  }
  .badge.good {
    background: #d1fae5;
    color: #065f46;
  }
  .badge.warn {
    background: #fef3c7;
    color: var(--_warning);
  }
  .badge.bad {
    background: #fee2e2;
    color: #991b1b;
  }
  .section-title {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .message.error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875rem;
  }
  .message:empty {
    display: none;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .thumb {
    flex: none;
    width: var(--_thumb);
    height: var(--_thumb);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_subtle);
    object-fit: contain;
  }
  /* A busy button keeps the keyboard's focus, so it is aria-disabled rather than disabled. */
  .button[aria-disabled='true'] {
    cursor: progress;
    border-color: var(--_border);
    background: var(--_subtle);
    color: var(--_muted);
  }
  .thumb.file-type {
    display: grid;
    place-items: center;
    border: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .skeleton.row {
    height: 2.5rem;
    margin-top: 0.5rem;
  }
`;
