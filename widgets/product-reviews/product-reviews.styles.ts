import { css } from 'lit';

export const styles = css`
  .reviews {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .heading,
  .form-title {
    margin: 0;
    font-size: 1.25rem;
  }
  .summary {
    display: grid;
    grid-template-columns: auto minmax(10rem, 20rem);
    gap: 1rem 2rem;
    align-items: center;
  }
  .summary-empty,
  .notice:empty {
    margin: 0;
  }
  .average {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0;
  }
  .average-value {
    font-size: 2.5rem;
    font-weight: 700;
    line-height: 1;
  }
  .average .stars {
    font-size: 1.25rem;
  }
  .count,
  .review-meta,
  .form-note,
  .own-status {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .distribution {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .bar-row {
    display: grid;
    grid-template-columns: 4.5rem 1fr 2.5rem;
    gap: 0.5rem;
    align-items: center;
  }
  .bar {
    height: 0.5rem;
    overflow: hidden;
    border-radius: 999px;
    background: var(--_subtle);
  }
  .bar-fill {
    display: block;
    height: 100%;
    background: var(--storelet-color-star, #b45309);
  }
  .bar-count {
    text-align: end;
  }
  .sort {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    align-self: flex-start;
  }
  .list {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .review {
    padding: var(--_space) 0;
    border-top: 1px solid var(--_border);
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .review-title {
    margin: 0;
    font-size: 1rem;
  }
  .review-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 0.25rem 0 0;
  }
  .verified {
    color: var(--_success);
    font-weight: 600;
  }
  .review-body,
  .reply-body {
    margin: 0.5rem 0 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .reply {
    margin-top: 0.75rem;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .reply-label {
    margin: 0;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .link-button {
    margin-top: 0.5rem;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: 0.875rem;
    text-decoration: underline;
    cursor: pointer;
  }
  .link-button[aria-pressed='true'] {
    color: var(--_muted);
    text-decoration: none;
  }
  .form,
  .own {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    max-width: 40rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .form-note,
  .own-title,
  .own-status {
    margin: 0;
  }
  .star-input {
    display: flex;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .star-input legend {
    margin-bottom: 0.25rem;
    font-weight: 600;
  }
  .star-choice {
    position: relative;
    cursor: pointer;
  }
  .star-choice input {
    position: absolute;
    z-index: 1;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .star-glyph {
    font-size: 1.75rem;
    line-height: 1;
    color: var(--storelet-color-star-empty, #6b7280);
  }
  .star-glyph.on {
    color: var(--storelet-color-star, #b45309);
  }
  .star-choice:focus-within .star-glyph {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  textarea.field {
    resize: vertical;
  }
  .form-error {
    min-height: 1.25rem;
    margin: 0;
    color: var(--_danger);
  }
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .block {
    height: 8rem;
  }
  @container (max-width: 30rem) {
    .summary {
      grid-template-columns: 1fr;
    }
  }
`;
