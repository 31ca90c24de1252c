import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }
  .cart-button {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0.5rem;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .cart-button:hover {
    background: var(--_subtle);
  }
  .icon-box {
    display: inline-flex;
  }
  .count {
    position: absolute;
    top: 0.125rem;
    inset-inline-end: 0;
    min-width: 1.25rem;
    height: 1.25rem;
    padding: 0 0.3rem;
    border-radius: 999px;
    background: var(--cart-button-count-background, var(--_accent));
    color: var(--cart-button-count-color, var(--_accent-contrast));
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1.25rem;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
`;
