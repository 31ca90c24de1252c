import { css } from 'lit';

export const styles = css`
  .panel {
    max-width: var(--account-panel-width, 40rem);
  }
  .heading {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.4rem;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-bottom: var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  .tab {
    border: 0;
    background: none;
    padding: 0.5rem 0.75rem;
    cursor: pointer;
    border-bottom: 2px solid transparent;
  }
  .tab[aria-current='page'] {
    border-bottom-color: var(--_accent);
    font-weight: 600;
  }
  .form {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.5rem 1rem;
    margin-bottom: var(--_space);
  }
  .group {
    display: contents;
  }
  .group-title {
    grid-column: 1 / -1;
    font-weight: 600;
    padding: 0;
  }
  .wide,
  .form-field.wide {
    grid-column: 1 / -1;
  }
  .form-field {
    display: grid;
    gap: 0.25rem;
  }
  .field {
    width: 100%;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  .label {
    font-weight: 500;
  }
  .optional,
  .muted {
    color: var(--_muted);
  }
  .message {
    margin: 0 0 0.5rem;
  }
  .message:empty {
    display: none;
  }
  .error {
    color: var(--_danger);
  }
  .button {
    padding: 0.6rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    cursor: pointer;
    font-weight: 600;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .link {
    border: 0;
    background: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .list {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
    display: grid;
    gap: 0.75rem;
  }
  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
  }
  .item p {
    margin: 0 0 0.5rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    justify-content: space-between;
  }
  .actions {
    justify-content: flex-start;
    margin-top: 0.5rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  @media (max-width: 30rem) {
    .form {
      grid-template-columns: 1fr;
    }
  }
`;
