import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .below {
    margin-top: clamp(1.5rem, 4cqi, 3rem);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, var(--product-detail-gallery-width, 55%)) minmax(0, 1fr);
    gap: clamp(1.5rem, 4cqi, 3.5rem);
    align-items: start;
  }

  .gallery {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .main-image {
    overflow: hidden;
    aspect-ratio: var(--product-detail-image-aspect-ratio, 1);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .main-image img,
  .main-image .placeholder {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .placeholder {
    display: grid;
    place-items: center;
    color: var(--_muted);
    font-size: 4rem;
    font-weight: 700;
  }
  .thumbnails {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .thumbnail {
    width: 4.5rem;
    aspect-ratio: 1;
    padding: 0;
    overflow: hidden;
    border: 2px solid transparent;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_subtle);
    cursor: pointer;
  }
  .thumbnail[aria-pressed='true'] {
    border-color: var(--_text);
  }
  .thumbnail img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .info {
    display: flex;
    flex-direction: column;
    gap: 1rem;
  }
  .category {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .title {
    margin: -0.5rem 0 0;
    font-size: clamp(1.5rem, 3.5cqi, 2.25rem);
    line-height: 1.2;
  }
  .price-row {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    font-size: 1.375rem;
  }
  .stock {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    font-weight: 600;
  }
  .stock::before {
    content: '';
    width: 0.625rem;
    height: 0.625rem;
    border-radius: 50%;
    background: currentColor;
  }
  .stock.in_stock {
    color: var(--_success);
  }
  .stock.low_stock {
    color: var(--_warning);
  }
  .stock.sold_out {
    color: var(--_muted);
  }

  .form {
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
  }
  .option {
    margin: 0;
    padding: 0;
    min-width: 0;
    border: 0;
  }
  .option legend {
    padding: 0;
  }
  .chosen {
    color: var(--_text);
    font-weight: 500;
  }
  .values {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .value {
    position: relative;
  }
  /* The radio stays in the page for keyboards and screen readers; the pill is what people see. */
  .value input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .pill {
    display: inline-flex;
    align-items: center;
    min-width: 3rem;
    min-height: 2.5rem;
    justify-content: center;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    transition: border-color 0.15s ease;
  }
  .value:hover .pill {
    border-color: var(--_text);
  }
  .value input:checked + .pill {
    border-color: var(--_text);
    box-shadow: inset 0 0 0 1px var(--_text);
    font-weight: 600;
  }
  .value input:focus-visible + .pill {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .value.sold_out .pill {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .value.unavailable .pill {
    border-style: dashed;
    color: var(--_muted);
  }
  .value input:disabled + .pill {
    opacity: 0.4;
    cursor: not-allowed;
  }

  .stepper {
    display: inline-flex;
    align-items: stretch;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .step {
    width: 2.75rem;
    border: 0;
    background: none;
    font-size: 1.25rem;
    cursor: pointer;
  }
  .step[aria-disabled='true'] {
    color: var(--_border);
    cursor: not-allowed;
  }
  #quantity {
    width: 3.5rem;
    min-height: 2.75rem;
    border: 0;
    border-inline: 1px solid var(--_border);
    text-align: center;
    -moz-appearance: textfield;
  }
  #quantity::-webkit-inner-spin-button,
  #quantity::-webkit-outer-spin-button {
    margin: 0;
    -webkit-appearance: none;
  }
  .note {
    min-height: 1.25rem;
    margin: 0.25rem 0 0;
    color: var(--_warning);
    font-size: 0.875rem;
  }
  .add-to-cart {
    width: 100%;
    min-height: 3.25rem;
    font-size: 1.0625rem;
  }

  .description {
    padding-top: 1rem;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
  }
  .description p {
    margin: 0 0 0.75rem;
  }

  .skeleton.line {
    height: 1rem;
  }
  .skeleton.short {
    width: 35%;
  }
  .skeleton.title-line {
    height: 2rem;
    width: 80%;
  }
  .skeleton.block {
    height: 10rem;
  }
  .main-image.skeleton {
    aspect-ratio: var(--product-detail-image-aspect-ratio, 1);
  }

  @container (max-width: 45rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
