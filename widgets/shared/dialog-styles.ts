import { css } from 'lit';

/** The look every Storelet dialog shares: a panel, its title row and close button, messages, links. */
export const dialogStyles = css`
  dialog {
    max-width: 100vw;
    max-height: 100dvh;
    padding: 0;
    border: 0;
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 20px 50px rgb(17 24 39 / 0.25);
  }
  dialog::backdrop {
    background: var(--_backdrop, rgb(17 24 39 / 0.45));
  }
  .panel {
    display: flex;
    flex-direction: column;
    height: 100%;
    max-height: inherit;
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 1rem 1.25rem;
    border-bottom: 1px solid var(--_border);
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .title:focus {
    outline: none;
  }
  .close {
    display: grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    border: 0;
    border-radius: 50%;
    background: none;
    font-size: 1.75rem;
    line-height: 1;
    cursor: pointer;
  }
  .close:hover {
    background: var(--_subtle);
  }
  .link {
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-size: 0.875rem;
    text-decoration: underline;
    cursor: pointer;
  }
  .message {
    margin: 0;
    font-size: 0.875rem;
  }
  .message:empty {
    display: none;
  }
  .message.error {
    color: var(--_danger);
  }
  .banner {
    padding: 0.625rem 0.875rem;
    border-radius: var(--_radius);
    background: #fef2f2;
  }
  .notice {
    padding: 0.625rem 0.875rem;
    border-radius: var(--_radius);
    background: #fffbeb;
    color: var(--_warning);
  }
  .line-meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .options {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option input {
    margin: 0;
    accent-color: var(--_accent);
  }
  .option-text {
    display: flex;
    flex: 1;
    flex-direction: column;
  }
  .option-name {
    font-weight: 600;
  }
  .option-price {
    font-variant-numeric: tabular-nums;
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      transition: transform 0.22s ease, opacity 0.22s ease;
    }
  }
`;
