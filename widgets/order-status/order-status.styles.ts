import { css } from 'lit';

export const styles = css`
  :host {
    --_paid: var(--order-status-paid-color, var(--_success));
    --_failed: var(--order-status-failed-color, var(--_danger));
  }
  .header {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding-bottom: 1.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .heading {
    margin: 0;
    font-size: clamp(1.5rem, 4vw, 2rem);
    line-height: 1.2;
  }
  .paid .heading {
    color: var(--_paid);
  }
  .failed .heading {
    color: var(--_failed);
  }
  .meta,
  .lead {
    margin: 0;
    color: var(--_muted);
  }
  .lead {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .error-text {
    margin: 0;
    color: var(--_danger);
  }
  .error-text:empty {
    display: none;
  }
  .spinner {
    width: 1rem;
    height: 1rem;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .summary {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: 2rem;
    padding-top: 1.5rem;
  }
  @media (max-width: 40rem) {
    .summary {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .section {
    display: grid;
    align-content: start;
    gap: 0.75rem;
  }
  .section-title {
    margin: 0;
    font-size: 1rem;
  }
  .lines {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .line {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .thumb {
    flex: none;
    width: 3.5rem;
    height: 3.5rem;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_subtle);
    object-fit: cover;
  }
  .line-text {
    display: grid;
    flex: 1;
  }
  .line-title {
    font-weight: 600;
  }
  .line .meta {
    font-size: 0.875rem;
  }
  .line-total {
    font-variant-numeric: tabular-nums;
  }
  .address {
    font-style: normal;
  }
  .skeleton.line {
    width: 60%;
    height: 1.5rem;
  }
  .skeleton.short {
    width: 35%;
  }
  .return-form {
    display: grid;
    gap: 0.5rem;
    max-width: 28rem;
  }
  .return-form fieldset {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .return-line {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
  }
  .return-line .field {
    width: 5rem;
  }
  textarea.field {
    min-height: 4rem;
    font: inherit;
  }
`;
