import { css } from 'lit';

/**
 * Styles every widget shares. Page-wide tokens are read with fallbacks here and nowhere else
 * spelled differently, so a host themes all widgets by setting `--storelet-*` once.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--storelet-color-accent, #2563eb);
    --_accent-contrast: var(--storelet-color-accent-contrast, #ffffff);
    --_text: var(--storelet-color-text, #111827);
    --_muted: var(--storelet-color-muted, #4b5563);
    --_surface: var(--storelet-color-surface, #ffffff);
    --_subtle: var(--storelet-color-subtle, #f3f4f6);
    --_border: var(--storelet-color-border, #d1d5db);
    --_sale: var(--storelet-color-sale, #b91c1c);
    --_success: var(--storelet-color-success, #047857);
    --_warning: var(--storelet-color-warning, #92400e);
    --_danger: var(--storelet-color-danger, #b91c1c);
    --_radius: var(--storelet-radius, 0.5rem);
    --_space: var(--storelet-spacing, 1rem);
    --_focus: 2px solid var(--storelet-color-focus, var(--_accent));

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--storelet-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif);
    font-size: var(--storelet-font-size, 1rem);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @keyframes storelet-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  .skeleton {
    border-radius: calc(var(--_radius) / 2);
    background: linear-gradient(90deg, var(--_subtle) 25%, #e9eaee 37%, var(--_subtle) 63%) 0 0 / 200% 100%;
    animation: storelet-shimmer 1.4s ease infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;

/** Buttons, text fields and selects, themed by the same tokens. */
export const controlStyles = css`
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
    cursor: pointer;
    transition: filter 0.15s ease;
  }
  .button:hover:not(:disabled) {
    filter: brightness(1.08);
  }
  .button:disabled {
    cursor: not-allowed;
    border-color: var(--_border);
    background: var(--_subtle);
    color: var(--_muted);
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_border);
  }
  .field {
    min-height: 2.5rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .field:focus-visible {
    outline: var(--_focus);
    outline-offset: 0;
    border-color: var(--_accent);
  }
  .label {
    display: block;
    margin-bottom: 0.25rem;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
  }
`;

/** Stock and sale badges, on cards and on the product page. */
export const badgeStyles = css`
  .badge {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.02em;
    line-height: 1.5;
  }
  .badge.sold-out {
    background: var(--_text);
    color: var(--_surface);
  }
  .badge.low-stock {
    background: #fef3c7;
    color: var(--_warning);
  }
  .badge.sale {
    background: var(--_sale);
    color: #ffffff;
  }
`;

/** Loading, empty, not-found and error panels: designed states, never a blank box. */
export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
    margin-top: 1.5rem;
    padding: 3rem 1.5rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .state-title {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 600;
  }
  .state-text,
  .state ::slotted(*) {
    margin: 0;
    color: var(--_muted);
  }
  .state .button {
    margin-top: 0.75rem;
  }
`;
