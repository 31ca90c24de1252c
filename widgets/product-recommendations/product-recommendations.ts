import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isStoreletError, type Recommendation } from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { mediaUrl } from '../shared/media-url.ts';
import { priceStyles, renderPrice } from '../shared/price.ts';
import { renderRatingLine, starStyles } from '../shared/stars.ts';
import { baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import { StorefrontController } from '../storefront-controller.ts';
import { styles } from './product-recommendations.styles.ts';

const HEADINGS: Record<Recommendation['reason'], string> = {
  bought_together: 'Bought together',
  similar: 'You may also like',
};

/**
 * @summary Products to suggest: "Bought together" (from paid orders) and "You may also like" (same category
 * and tags), for a product page or a cart. A product with one variant goes into the cart in one click.
 * Nothing is shown when there is nothing to suggest.
 *
 * @event storelet-add-to-cart - "Add to cart" on a single-variant product. Cancelable.
 * @event storelet-product-select - A suggestion was chosen. Cancel it to stop a `product-href` link.
 * @event storelet-error - Loading failed.
 *
 * @csspart section - One group ("Bought together", "You may also like").
 * @csspart heading - A group's heading.
 * @csspart list - A group's products.
 * @csspart item - One product.
 * @csspart image - Its image.
 * @csspart title - Its name (a link with `product-href`, else a button).
 * @csspart price - Its price.
 * @csspart rating - Its stars and review count.
 * @csspart add-to-cart - The one-click "Add to cart" button.
 * @csspart error - The error state.
 * @csspart button - Every button.
 * @csspart compare-at-price - Its former price, struck through.
 * @csspart stars - Its stars.
 */
export class ProductRecommendations extends LitElement {
  static override styles = [baseStyles, controlStyles, stateStyles, priceStyles, starStyles, styles];

  /** Id (`prod_…`) or handle of the product to suggest for. */
  @property() product = '';
  /** A cart id: suggest for its lines instead (inside `<cart-drawer>`). */
  @property({ attribute: 'cart-id' }) cartId = '';
  /** What the cart holds, as the drawer knows it: a change asks again. */
  @property({ attribute: false }) cartKey = '';
  /** How many products to show at most (the server caps it). */
  @property({ type: Number }) limit = 4;
  /** Link pattern such as `/products/{handle}`; without it a suggestion is a button sending `storelet-product-select`. */
  @property({ attribute: 'product-href' }) productHref = '';

  @state() private items: Recommendation[] | null = null;
  @state() private error = '';

  private readonly storefront = new StorefrontController(this, () => void this.load());
  private loadToken = 0;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('product') || changed.has('cartId') || changed.has('cartKey') || changed.has('limit'))
      void this.load();
  }

  private async load(): Promise<void> {
    const storefront = this.storefront.value;
    if (!storefront || (!this.product && !this.cartId)) return;
    const token = ++this.loadToken;
    this.error = '';
    try {
      const answer = this.cartId
        ? await storefront.recommendations.forCart(this.cartId, this.limit)
        : await storefront.recommendations.forProduct(this.product, this.limit);
      if (token === this.loadToken) this.items = answer.items;
    } catch (error) {
      if (token !== this.loadToken) return;
      this.items = [];
      this.error = error instanceof Error ? error.message : String(error);
      const { code, message } = isStoreletError(error) ? error : { code: 'unexpected_error', message: String(error) };
      emit(this, 'storelet-error', { code, message });
    }
  }

  private select(item: Recommendation, event: Event): void {
    const select = emit(
      this,
      'storelet-product-select',
      { productId: item.id, handle: item.handle },
      { cancelable: true },
    );
    if (select.defaultPrevented) event.preventDefault();
  }

  private add(item: Recommendation): void {
    if (!item.variantId) return;
    emit(
      this,
      'storelet-add-to-cart',
      { productId: item.id, variantId: item.variantId, quantity: 1 },
      { cancelable: true },
    );
  }

  protected override render(): unknown {
    if (this.error) {
      return html`<div part="error" class="state error" role="alert">
        <p class="state-text">Suggestions could not be loaded.</p>
        <button part="button" class="button secondary" type="button" @click=${() => void this.load()}>Try again</button>
      </div>`;
    }
    if (this.items === null) return html`<div class="skeleton strip" aria-hidden="true"></div>`;
    const groups = (['bought_together', 'similar'] as const)
      .map((reason) => ({ reason, items: this.items?.filter((item) => item.reason === reason) ?? [] }))
      .filter((group) => group.items.length > 0);
    return groups.map(
      (group) => html`<section part="section" class="section" aria-labelledby="heading-${group.reason}">
        <h3 id="heading-${group.reason}" part="heading" class="heading">${HEADINGS[group.reason]}</h3>
        <ul part="list" class="list">${group.items.map((item) => this.renderItem(item))}</ul>
      </section>`,
    );
  }

  private renderItem(item: Recommendation): TemplateResult {
    const apiUrl = this.storefront.value?.apiUrl ?? '';
    const href = this.productHref
      .replaceAll('{handle}', encodeURIComponent(item.handle))
      .replaceAll('{id}', encodeURIComponent(item.id));
    const title = this.productHref
      ? html`<a part="title" class="title" href=${href} @click=${(event: Event) => this.select(item, event)}>${item.title}</a>`
      : html`<button part="title" class="title link" type="button" @click=${(event: Event) => this.select(item, event)}>${item.title}</button>`;
    return html`<li part="item" class="item">
      ${
        item.image
          ? html`<img part="image" class="image" src=${mediaUrl(item.image.url, apiUrl)} alt="" width="80" height="80" loading="lazy" />`
          : html`<span part="image" class="image placeholder" aria-hidden="true">${item.title.charAt(0)}</span>`
      }
      <div class="info">
        ${title} ${renderPrice({ ...item, from: item.kind === 'sticker' })} ${renderRatingLine(item.rating, item.reviewCount)}
        ${
          item.variantId
            ? html`<button part="add-to-cart button" class="button secondary add" type="button" @click=${() => this.add(item)}>
              Add to cart<span class="visually-hidden">: ${item.title}</span>
            </button>`
            : nothing
        }
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'product-recommendations': ProductRecommendations;
  }
}
