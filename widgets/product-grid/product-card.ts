import { html, nothing, type TemplateResult } from 'lit';
import type { ProductSummary } from '../../sdk/index.ts';
import { mediaUrl } from '../shared/media-url.ts';
import { isOnSale, renderPrice } from '../shared/price.ts';
import { renderRatingLine } from '../shared/stars.ts';

export type CardOptions = {
  apiUrl: string;
  /** Link pattern such as `/products/{handle}`; without it the card is a button. */
  hrefPattern: string;
  onSelect: (product: ProductSummary, event: Event) => void;
};

/** Fills `{handle}` and `{id}` in a link pattern, URL-encoded. */
export function productHref(pattern: string, product: ProductSummary): string {
  return pattern
    .replaceAll('{handle}', encodeURIComponent(product.handle))
    .replaceAll('{id}', encodeURIComponent(product.id));
}

function renderBadges(product: ProductSummary): TemplateResult | typeof nothing {
  const badges: TemplateResult[] = [];
  if (product.stockState === 'sold_out') {
    badges.push(html`<span part="badge badge-sold-out" class="badge sold-out">Sold out</span>`);
  } else if (product.stockState === 'low_stock') {
    badges.push(html`<span part="badge badge-low-stock" class="badge low-stock">Low stock</span>`);
  }
  if (isOnSale(product) && product.stockState !== 'sold_out') {
    badges.push(html`<span part="badge badge-sale" class="badge sale">Sale</span>`);
  }
  return badges.length ? html`<div class="badges">${badges}</div>` : nothing;
}

function renderImage(product: ProductSummary, apiUrl: string): TemplateResult {
  const { image } = product;
  if (!image)
    return html`<div part="image" class="image placeholder" aria-hidden="true">${product.title.charAt(0)}</div>`;
  return html`<img
    part="image"
    class="image"
    src=${mediaUrl(image.url, apiUrl)}
    alt=${image.alt}
    width=${image.width}
    height=${image.height}
    loading="lazy"
    decoding="async"
  />`;
}

/**
 * One product card. The whole card is clickable through one real link or button in the title
 * (stretched over the card), so keyboard and screen-reader users meet a single, named control.
 */
export function renderProductCard(product: ProductSummary, options: CardOptions): TemplateResult {
  const select = (event: Event) => options.onSelect(product, event);
  const control = options.hrefPattern
    ? html`<a class="card-link" href=${productHref(options.hrefPattern, product)} @click=${select}>${product.title}</a>`
    : html`<button type="button" class="card-link" @click=${select}>${product.title}</button>`;
  return html`<li part="item" class="item">
    <article part="card" class="card ${product.stockState === 'sold_out' ? 'sold-out' : ''}">
      <div part="media" class="media">${renderImage(product, options.apiUrl)} ${renderBadges(product)}</div>
      <div part="body" class="body">
        <p part="category" class="category">${product.category.name}</p>
        <h3 part="title" class="title">${control}</h3>
        ${renderPrice({ ...product, from: product.kind === 'sticker' })}
        ${renderRatingLine(product.rating, product.reviewCount)}
      </div>
    </article>
  </li>`;
}

/** A grey stand-in card while the first page loads. */
export function renderSkeletonCard(): TemplateResult {
  return html`<li part="item skeleton" class="item" aria-hidden="true">
    <div class="card">
      <div class="media skeleton"></div>
      <div class="body">
        <div class="skeleton line short"></div>
        <div class="skeleton line"></div>
        <div class="skeleton line price"></div>
      </div>
    </div>
  </li>`;
}
