import { css } from 'lit';

export const styles = css`
  :host {
    --_backdrop: var(--cart-drawer-backdrop, rgb(17 24 39 / 0.45));
    display: contents;
  }
  .drawer {
    width: var(--cart-drawer-width, min(28rem, 100vw));
    height: 100dvh;
    margin: 0 0 0 auto;
  }
  .drawer[open] {
    transform: none;
  }
  @starting-style {
    .drawer[open] {
      transform: translateX(100%);
    }
  }
  :host(:dir(rtl)) .drawer {
    margin: 0 auto 0 0;
  }
  .count {
    color: var(--_muted);
    font-weight: 500;
  }
  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 1.25rem;
    padding: 1rem 1.25rem;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .body .state {
    margin-top: 0;
  }
  .lines {
    display: grid;
    gap: 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .line {
    display: grid;
    grid-template-columns: 4.5rem minmax(0, 1fr) auto;
    gap: 0.875rem;
    align-items: start;
    padding-bottom: 1rem;
    border-bottom: 1px solid var(--_border);
  }
  .thumb {
    width: 4.5rem;
    aspect-ratio: 1;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_subtle);
    object-fit: cover;
  }
  .placeholder {
    display: grid;
    place-items: center;
    color: var(--_muted);
    font-size: 1.5rem;
    font-weight: 700;
  }
  .line-body {
    display: grid;
    gap: 0.125rem;
  }
  .line-title {
    margin: 0;
    font-weight: 600;
  }
  .line-total {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .line-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin-top: 0.375rem;
  }
  .stepper {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .step {
    width: 2.25rem;
    min-height: 2.25rem;
    border: 0;
    background: none;
    font-size: 1.125rem;
    cursor: pointer;
  }
  .step[aria-disabled='true'] {
    color: var(--_border);
    cursor: not-allowed;
  }
  .quantity {
    width: 3rem;
    border: 0;
    border-inline: 1px solid var(--_border);
    background: none;
    text-align: center;
    -moz-appearance: textfield;
  }
  .quantity::-webkit-inner-spin-button,
  .quantity::-webkit-outer-spin-button {
    margin: 0;
    -webkit-appearance: none;
  }
  .discount,
  .estimate {
    display: grid;
    gap: 0.5rem;
  }
  .discount .label,
  .estimate .label {
    margin: 0;
  }
  .inline {
    display: flex;
    gap: 0.5rem;
  }
  .inline .field {
    flex: 1;
    min-width: 0;
  }
  .discount-applied {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
  }
  .applied {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
  }
  .code-chip {
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    background: #ecfdf5;
    color: var(--_success);
    font-weight: 700;
    font-size: 0.875rem;
    letter-spacing: 0.03em;
  }
  .footer {
    display: grid;
    gap: 0.75rem;
    padding: 1rem 1.25rem;
    border-top: 1px solid var(--_border);
    background: var(--_surface);
  }
  .pending {
    min-height: 1.25rem;
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .footer ::slotted(*),
  .footer checkout-button {
    display: block;
  }
`;
