import { css } from 'lit';

export const styles = css`
  :host {
    /* Responsive to the element's own width, not the page's: it may sit in a sidebar. */
    container-type: inline-size;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 1rem;
    padding-bottom: 1.25rem;
    border-bottom: 1px solid var(--_border);
  }
  .search {
    flex: 1 1 14rem;
    margin: 0;
  }
  .search .field {
    width: 100%;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem 1rem;
  }
  .filter select {
    min-width: 10rem;
  }
  .price-range {
    margin: 0;
    padding: 0;
    min-width: 0;
    border: 0;
  }
  .price-range legend {
    padding: 0;
  }
  .price-inputs {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    color: var(--_muted);
  }
  .price-field {
    position: relative;
    display: block;
  }
  .price-field .currency {
    position: absolute;
    top: 50%;
    left: 0.625rem;
    transform: translateY(-50%);
    color: var(--_muted);
    pointer-events: none;
  }
  .price-field .field {
    width: 6.5rem;
    padding-inline: 1.625rem 0.5rem;
    color: var(--_text);
    -moz-appearance: textfield;
  }
  /* Spin buttons eat the room of a short field, and nobody steps a price by one cent. */
  .price-field .field::-webkit-inner-spin-button,
  .price-field .field::-webkit-outer-spin-button {
    margin: 0;
    -webkit-appearance: none;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.5rem;
    cursor: pointer;
    user-select: none;
  }
  .toggle input {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .grid {
    --_gap: var(--product-grid-gap, 1.5rem);
    --_cols: var(--_columns, var(--product-grid-columns, 4));
    display: grid;
    /* At most --_cols columns, fewer when a card would get narrower than the minimum width. */
    grid-template-columns: repeat(
      auto-fill,
      minmax(max(var(--product-grid-min-card-width, 9.5rem), (100% - (var(--_cols) - 1) * var(--_gap)) / var(--_cols)), 1fr)
    );
    gap: calc(var(--_gap) * 1.25) var(--_gap);
    margin: 1.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .item {
    min-width: 0;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    border-radius: var(--_radius);
  }
  .card:has(.card-link:focus-visible) {
    outline: var(--_focus);
    outline-offset: 4px;
  }
  .media {
    position: relative;
    overflow: hidden;
    aspect-ratio: var(--product-grid-image-aspect-ratio, 1);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .image {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
    transition: transform 0.3s ease;
  }
  .card:hover .image {
    transform: scale(1.04);
  }
  .card.sold-out .image {
    opacity: 0.55;
  }
  .image.placeholder {
    display: grid;
    place-items: center;
    color: var(--_muted);
    font-size: 3rem;
    font-weight: 700;
  }
  .badges {
    position: absolute;
    top: 0.625rem;
    left: 0.625rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.75rem 0.125rem 0;
  }
  .category {
    margin: 0;
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .title {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
    line-height: 1.35;
  }
  .card-link {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  .card-link:focus-visible {
    outline: none;
  }
  /* Stretches the one link over the whole card, so a click anywhere selects the product. */
  .card-link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .card:hover .card-link {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .skeleton.line {
    height: 0.875rem;
    margin: 0.25rem 0;
  }
  .skeleton.short {
    width: 40%;
  }
  .skeleton.price {
    width: 30%;
  }

  .footer {
    display: flex;
    justify-content: center;
    margin-top: 2.5rem;
  }
  .load-more {
    min-width: 12rem;
  }
  @container (max-width: 40rem) {
    .toolbar {
      gap: 0.75rem;
    }
    .search {
      flex-basis: 100%;
    }
    .filters {
      display: grid;
      grid-template-columns: 1fr 1fr;
      grid-template-areas: 'category sort' 'price stock';
      width: 100%;
    }
    .category-filter {
      grid-area: category;
    }
    .sort {
      grid-area: sort;
    }
    .price-range {
      grid-area: price;
    }
    .filter select {
      width: 100%;
      min-width: 0;
    }
    .toggle {
      grid-area: stock;
      align-self: end;
    }
    .price-field .field {
      width: 100%;
    }
    .price-inputs {
      display: grid;
      grid-template-columns: 1fr auto 1fr;
    }
    .grid {
      --_gap: var(--product-grid-gap, 1rem);
    }
  }
`;
