import { css, html, nothing, type TemplateResult } from 'lit';
import { formatMoney, type Money } from '../../sdk/index.ts';

export type PriceInput = {
  price: Money;
  /** The highest variant price; shown as "From …" when above `price`. */
  priceMax?: Money | undefined;
  compareAtPrice: Money | null;
  /** The price is where a range starts (a custom sticker's smallest order): "From …". */
  from?: boolean;
};

export function isOnSale({ price, compareAtPrice }: PriceInput): boolean {
  return compareAtPrice !== null && compareAtPrice.amount > price.amount;
}

/**
 * A price as shoppers read it: "From $12.00" for a range, the regular price struck through when on
 * sale. Screen readers hear which number is which rather than two bare amounts.
 */
export function renderPrice(input: PriceInput): TemplateResult {
  const onSale = isOnSale(input);
  const isRange = input.from || (input.priceMax !== undefined && input.priceMax.amount > input.price.amount);
  return html`<span class="price-line">
    <span part="price" class="price ${onSale ? 'on-sale' : ''}">
      ${onSale ? html`<span class="visually-hidden">Sale price</span>` : nothing}
      ${isRange ? 'From ' : ''}${formatMoney(input.price)}
    </span>
    ${
      onSale && input.compareAtPrice
        ? html`<s part="compare-at-price" class="compare-at"
          ><span class="visually-hidden">Regular price</span> ${formatMoney(input.compareAtPrice)}</s
        >`
        : nothing
    }
  </span>`;
}

export const priceStyles = css`
  .price-line {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em;
  }
  .price {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .price.on-sale {
    color: var(--_sale);
  }
  .compare-at {
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
`;
