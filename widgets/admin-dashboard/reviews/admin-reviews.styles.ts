import { css } from 'lit';

export const reviewStyles = css`
  .section + .section {
    margin-top: 1.5rem;
  }
  .reviews {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .review {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .review-title {
    margin: 0;
    font-size: 1rem;
  }
  .review-body {
    margin: 0;
    white-space: pre-line;
  }
  .reply {
    padding: 0.75rem;
    border-left: 3px solid var(--_accent);
    background: var(--_subtle);
  }
  .reply p {
    margin: 0;
    white-space: pre-line;
  }
  .reply-label {
    font-size: 0.875rem;
    font-weight: 700;
  }
  .reply-form {
    display: grid;
    gap: 0.5rem;
  }
  .reply-form .field {
    width: 100%;
    resize: vertical;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
