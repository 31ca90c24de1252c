import { Task, initialState } from '@lit/task';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { toStoreletError, type Product, type Variant } from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { renderNoShop } from '../shared/no-shop.ts';
import { isOnSale, priceStyles, renderPrice } from '../shared/price.ts';
import { badgeStyles, baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import { StorefrontController } from '../storefront-controller.ts';
import { renderRatingLine, starStyles } from '../shared/stars.ts';
import { renderGallery } from './gallery.ts';
import { styles } from './product-detail.styles.ts';
import { productJsonLd, publishJsonLd } from './structured-data.ts';
import { renderVariantPicker } from './variant-picker.ts';
import { defaultVariant, selectValue } from './variant-selection.ts';

/**
 * @summary One product: gallery, price, variant picker, stock, quantity and an add-to-cart button.
 *
 * @slot header - Above the title, e.g. breadcrumbs.
 * @slot details - Below the description, e.g. shipping and returns notes.
 * @slot not-found - Replaces the "not found" text.
 * @slot reviews - Replaces the built-in `<product-reviews>`.
 * @slot recommendations - Replaces the built-in `<product-recommendations>`.
 *
 * @event storelet-add-to-cart - The shopper asked to add the chosen variant. Cancelable: cancel it to veto.
 * @event storelet-variant-change - The shopper picked another variant.
 * @event storelet-error - Loading the product failed (also when it does not exist: code `not_found`).
 *
 * @csspart layout - The two-column layout (one column when narrow).
 * @csspart gallery - The images.
 * @csspart main-image - The large image's box.
 * @csspart image - The large image.
 * @csspart thumbnails - The thumbnail strip.
 * @csspart thumbnail - One thumbnail button.
 * @csspart info - The text column.
 * @csspart category - The category line.
 * @csspart title - The product name.
 * @csspart price - The price of the chosen variant.
 * @csspart compare-at-price - The struck-through regular price.
 * @csspart badge - The sale badge (also badge-sale).
 * @csspart badge-sale - The sale badge.
 * @csspart stock - The stock line: "In stock", "Only 3 left" or "Sold out".
 * @csspart form - The purchase form.
 * @csspart option - One option's radio group (Size, Colour…).
 * @csspart option-value - One option value.
 * @csspart quantity - The quantity field with its label.
 * @csspart quantity-input - The quantity input.
 * @csspart quantity-button - The − and + buttons.
 * @csspart add-to-cart - The add-to-cart button.
 * @csspart description - The description.
 * @csspart configurator - The `<sticker-configurator>` shown instead of the form for a custom sticker product.
 * @csspart not-found - The not-found state.
 * @csspart error - The error state.
 * @csspart retry - The error state's "Try again" button.
 * @csspart button - The add-to-cart and retry buttons.
 * @csspart rating - The stars and review count under the title.
 * @csspart reviews - The `<product-reviews>` below the product.
 * @csspart recommendations - The `<product-recommendations>` below the product.
 *
 * @cssproperty --product-detail-gallery-width - Share of the width the gallery takes on wide screens (default 55%).
 * @cssproperty --product-detail-image-aspect-ratio - The main image box ratio (default 1).
 * @csspart stars - The average rating under the title.
 */
export class ProductDetail extends LitElement {
  static override styles = [baseStyles, controlStyles, badgeStyles, priceStyles, stateStyles, starStyles, styles];

  /** Id (`prod_…`) or URL handle of the product to show. */
  @property() product = '';
  /** Leave out the reviews and suggestions below the product. */
  @property({ type: Boolean, attribute: 'no-reviews' }) noReviews = false;
  /** Do not put the product's schema.org JSON-LD into the page's head (the host writes its own). */
  @property({ type: Boolean, attribute: 'no-structured-data' }) noStructuredData = false;
  /** Product link pattern for the suggestions, such as `/products/{handle}`. */
  @property({ attribute: 'product-href' }) productHref = '';

  @state() private variantId: string | undefined;
  @state() private quantity = 1;
  @state() private imageIndex = 0;
  /** Why the quantity was corrected, read out politely. */
  @state() private quantityNote = '';
  /** The rating as it is after the shopper's own review changed it. */
  @state() private rating: Pick<Product, 'rating' | 'reviewCount'> | null = null;
  private unpublish: (() => void) | undefined;

  private readonly storefront = new StorefrontController(this);
  private readonly productTask = new Task(this, {
    task: async ([storefront, idOrHandle], { signal }) => {
      if (!storefront || !idOrHandle) return initialState;
      const product = await storefront.products.get(idOrHandle, { signal });
      const variant = defaultVariant(product);
      this.variantId = variant?.id;
      this.quantity = 1;
      this.quantityNote = '';
      this.imageIndex = variant?.imageIndex ?? 0;
      this.rating = null;
      this.publish(product);
      return product;
    },
    args: () => [this.storefront.value, this.product] as const,
    onError: (error) => {
      const { code, message } = toStoreletError(error);
      emit(this, 'storelet-error', { code, message });
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('storelet-review-submit', this.onReviewChange);
    this.addEventListener('storelet-review-delete', this.onReviewChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unpublish?.();
    this.unpublish = undefined;
  }

  private publish(product: Product): void {
    this.unpublish?.();
    this.unpublish = undefined;
    if (this.noStructuredData || !this.isConnected) return;
    this.unpublish = publishJsonLd(
      product.id,
      productJsonLd(product, this.storefront.value?.apiUrl ?? '', location.href),
    );
  }

  /** A review changed the product's rating: read it again, and the stars and JSON-LD follow. */
  private readonly onReviewChange = async (): Promise<void> => {
    const storefront = this.storefront.value;
    if (!storefront || !this.product) return;
    try {
      const product = await storefront.products.get(this.product);
      this.rating = { rating: product.rating, reviewCount: product.reviewCount };
      this.publish(product);
    } catch {
      // The stars stay as they were until the next visit; the review itself was saved.
    }
  };

  private variantOf(product: Product): Variant | undefined {
    return product.variants.find((variant) => variant.id === this.variantId) ?? product.variants[0];
  }

  private pick(product: Product, name: string, value: string): void {
    const variant = selectValue(product, this.variantOf(product)?.options ?? {}, name, value);
    const previous = this.variantOf(product);
    if (!variant || variant.id === this.variantId) return;
    this.variantId = variant.id;
    // A new colour shows its own picture; a new size of the same colour leaves the shopper's choice alone.
    if (variant.imageIndex !== null && variant.imageIndex !== previous?.imageIndex)
      this.imageIndex = variant.imageIndex;
    this.setQuantity(this.quantity, variant);
    emit(this, 'storelet-variant-change', { productId: product.id, variantId: variant.id });
  }

  /** Keeps the quantity a whole number from 1 to what is available, and says so when it corrects it. */
  private setQuantity(wanted: number, variant: Variant): void {
    if (variant.stock.state === 'sold_out') {
      this.quantity = 1;
      this.quantityNote = '';
      return;
    }
    const max = Math.max(1, variant.stock.available);
    const whole = Number.isFinite(wanted) ? Math.trunc(wanted) : 1;
    const quantity = Math.min(Math.max(whole, 1), max);
    this.quantityNote = whole > max ? `Only ${max} available.` : whole < 1 ? 'The quantity must be at least 1.' : '';
    this.quantity = quantity;
    // The field may show what was typed even when the number stays the same: render to correct it.
    this.requestUpdate();
  }

  private addToCart(event: SubmitEvent, product: Product, variant: Variant): void {
    event.preventDefault();
    if (variant.stock.state === 'sold_out') return;
    // Enter in the quantity field submits before its change event may have been handled.
    const input = this.renderRoot.querySelector<HTMLInputElement>('#quantity');
    if (input) this.setQuantity(input.valueAsNumber, variant);
    emit(
      this,
      'storelet-add-to-cart',
      { productId: product.id, variantId: variant.id, quantity: this.quantity },
      { cancelable: true },
    );
  }

  protected override render(): unknown {
    if (!this.storefront.value) return renderNoShop();
    return this.productTask.render({
      initial: () => nothing,
      pending: () => this.renderSkeleton(),
      complete: (product) => this.renderProduct(product),
      error: (error) => this.renderError(error),
    });
  }

  private renderProduct(product: Product): TemplateResult {
    const variant = this.variantOf(product);
    const apiUrl = this.storefront.value?.apiUrl ?? '';
    const pricing = variant ?? product;
    return html`<div part="layout" class="layout">
      ${renderGallery(product, { apiUrl, selected: this.imageIndex, onSelect: (index) => (this.imageIndex = index) })}
      <div part="info" class="info">
        <slot name="header"></slot>
        <p part="category" class="category">${product.category.name}</p>
        <h2 part="title" class="title">${product.title}</h2>
        ${renderRatingLine(this.rating?.rating ?? product.rating, this.rating?.reviewCount ?? product.reviewCount)}
        ${
          product.kind === 'sticker'
            ? // Made from the shopper's own design: configured and priced (live, by the server) in the configurator.
              html`<sticker-configurator part="configurator" product=${product.handle}></sticker-configurator>`
            : html`<div class="price-row">
                ${renderPrice({ price: pricing.price, compareAtPrice: pricing.compareAtPrice })}
                ${isOnSale(pricing) ? html`<span part="badge badge-sale" class="badge sale">Sale</span>` : nothing}
              </div>
              ${variant ? this.renderPurchase(product, variant) : nothing}`
        }
        <div part="description" class="description">
          ${product.description
            .split(/\n\s*\n/)
            .filter((paragraph) => paragraph.trim())
            .map((paragraph) => html`<p>${paragraph.trim()}</p>`)}
        </div>
        <slot name="details"></slot>
      </div>
    </div>
    ${
      this.noReviews
        ? nothing
        : html`<slot name="recommendations">
            <product-recommendations part="recommendations" class="below" product=${product.id} product-href=${this.productHref}></product-recommendations>
          </slot>
          <slot name="reviews"><product-reviews part="reviews" class="below" product=${product.id}></product-reviews></slot>`
    }`;
  }

  private renderStock(variant: Variant): TemplateResult {
    const { state, available } = variant.stock;
    const text = state === 'sold_out' ? 'Sold out' : state === 'low_stock' ? `Only ${available} left` : 'In stock';
    return html`<p part="stock" class="stock ${state}" role="status">${text}</p>`;
  }

  private renderPurchase(product: Product, variant: Variant): TemplateResult {
    const soldOut = variant.stock.state === 'sold_out';
    const max = Math.max(1, variant.stock.available);
    return html`<form part="form" class="form" @submit=${(event: SubmitEvent) => this.addToCart(event, product, variant)}>
      ${this.renderStock(variant)}
      ${renderVariantPicker(product, variant.options, (name, value) => this.pick(product, name, value))}
      <div part="quantity" class="quantity">
        <label class="label" for="quantity">Quantity</label>
        <div class="stepper">
          <button
            part="quantity-button"
            class="step"
            type="button"
            aria-label="Decrease quantity"
            aria-disabled=${soldOut || this.quantity <= 1 ? 'true' : 'false'}
            @click=${() => this.setQuantity(this.quantity - 1, variant)}
          >
            −
          </button>
          <input
            id="quantity"
            part="quantity-input"
            type="number"
            inputmode="numeric"
            min="1"
            max=${max}
            step="1"
            aria-describedby="quantity-note"
            ?disabled=${soldOut}
            .value=${live(String(this.quantity))}
            @change=${(event: Event) => this.setQuantity((event.target as HTMLInputElement).valueAsNumber, variant)}
          />
          <button
            part="quantity-button"
            class="step"
            type="button"
            aria-label="Increase quantity"
            aria-disabled=${soldOut || this.quantity >= max ? 'true' : 'false'}
            @click=${() => this.setQuantity(this.quantity + 1, variant)}
          >
            +
          </button>
        </div>
        <p id="quantity-note" class="note" aria-live="polite">${this.quantityNote}</p>
      </div>
      <button part="add-to-cart button" class="button add-to-cart" type="submit" ?disabled=${soldOut}>
        ${soldOut ? 'Sold out' : 'Add to cart'}
      </button>
    </form>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div part="layout" class="layout" aria-busy="true">
      <span class="visually-hidden" role="status">Loading product…</span>
      <div class="main-image skeleton"></div>
      <div class="info" aria-hidden="true">
        <div class="skeleton line short"></div>
        <div class="skeleton line title-line"></div>
        <div class="skeleton line short"></div>
        <div class="skeleton block"></div>
      </div>
    </div>`;
  }

  private renderError(thrown: unknown): TemplateResult {
    const { status, message } = toStoreletError(thrown);
    if (status === 404) {
      return html`<div part="not-found" class="state" role="alert">
        <slot name="not-found"><p class="state-title">This product could not be found.</p></slot>
        <p class="state-text">It may have been removed, or the link may be mistyped.</p>
      </div>`;
    }
    return html`<div part="error" class="state error" role="alert">
      <p class="state-title">The product could not be loaded.</p>
      <p class="state-text">${message}</p>
      <button part="retry button" class="button secondary" type="button" @click=${() => void this.productTask.run()}>
        Try again
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'product-detail': ProductDetail;
  }
}
