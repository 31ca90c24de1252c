import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isStoreletError,
  type OwnReview,
  type Review,
  type ReviewAccess,
  type ReviewerCredentials,
  type ReviewList,
  type ReviewSort,
} from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { renderNoShop } from '../shared/no-shop.ts';
import { starStyles } from '../shared/stars.ts';
import { baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import { StorefrontController } from '../storefront-controller.ts';
import { draftProblem, renderReviewForm, type ReviewDraft } from './review-form.ts';
import { renderReview, renderSummary } from './review-summary.ts';
import { styles } from './product-reviews.styles.ts';

const SORTS: Record<ReviewSort, string> = {
  newest: 'Newest',
  highest: 'Highest rated',
  lowest: 'Lowest rated',
  helpful: 'Most helpful',
};
const EMPTY_DRAFT: ReviewDraft = { rating: 0, title: '', body: '' };

/** A review-request email's link: `?storelet_review=<product>&storelet_order=<order>&storelet_token=<signed>`. */
function linkProof(): { productId: string; proof: ReviewerCredentials } | null {
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  const [productId, orderId, token] = ['storelet_review', 'storelet_order', 'storelet_token'].map((name) =>
    params.get(name),
  );
  return productId && orderId && token ? { productId, proof: { orderId, token } } : null;
}

const messageOf = (error: unknown) =>
  isStoreletError(error) || error instanceof Error ? error.message : String(error);

/**
 * @summary A product's ratings and reviews: the average and how the stars spread, the reviews with sort and
 * paging, "Was this helpful?", and for a verified buyer the form to write, edit or delete their own review.
 *
 * @event storelet-review-submit - The shopper's review was saved (new or edited).
 * @event storelet-review-delete - The shopper deleted their review.
 * @event storelet-error - Loading or saving failed.
 *
 * @csspart heading - The "Reviews" heading.
 * @csspart summary - The average, stars, count and distribution.
 * @csspart average - The average as a number.
 * @csspart stars - A row of stars (one image, labelled with the rating).
 * @csspart distribution - The bars by stars.
 * @csspart bar - One bar.
 * @csspart sort-select - The sort order.
 * @csspart list - The list of reviews.
 * @csspart review - One review.
 * @csspart review-title - A review's title.
 * @csspart review-body - A review's text.
 * @csspart author - The author's first name.
 * @csspart verified - The "Verified buyer" mark.
 * @csspart reply - The shop's public reply.
 * @csspart helpful - The "Helpful" button.
 * @csspart load-more - The "Show more reviews" button.
 * @csspart own - The shopper's own review, with edit and delete.
 * @csspart form - The write or edit form.
 * @csspart star-input - The rating's radio group.
 * @csspart input - The title and text fields.
 * @csspart form-error - The form's error message.
 * @csspart submit - The submit button.
 * @csspart error - The error state.
 * @csspart button - Every button.
 *
 * @cssproperty --storelet-color-star - Filled stars and bars (default #b45309).
 * @csspart rating - The star choice of the form.
 * @csspart retry - The error state's "Try again".
 * @csspart textarea - The review's text field.
 */
export class ProductReviews extends LitElement {
  static override styles = [baseStyles, controlStyles, stateStyles, starStyles, styles];

  /** Id (`prod_…`) or URL handle of the product. */
  @property() product = '';
  /** Reviews per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 5;

  @state() private sort: ReviewSort = 'newest';
  @state() private list: ReviewList | null = null;
  @state() private loading = false;
  @state() private loadError = '';
  @state() private access: ReviewAccess | null = null;
  @state() private draft: ReviewDraft = EMPTY_DRAFT;
  @state() private editing = false;
  @state() private busy = false;
  @state() private formError = '';
  @state() private voted = new Set<string>();
  @state() private notice = '';

  private readonly storefront = new StorefrontController(this, () => this.reload());
  private loadToken = 0;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('product') || changed.has('pageSize')) this.reload();
  }

  private reload(): void {
    this.list = null;
    this.access = null;
    this.notice = '';
    void this.loadPage(false);
    void this.loadAccess();
  }

  private async loadPage(more: boolean): Promise<void> {
    const storefront = this.storefront.value;
    if (!storefront || !this.product) return;
    const token = ++this.loadToken;
    this.loading = true;
    this.loadError = '';
    try {
      const cursor = more ? (this.list?.nextCursor ?? undefined) : undefined;
      const page = await storefront.reviews.list(this.product, {
        sort: this.sort,
        limit: this.pageSize,
        ...(cursor ? { cursor } : {}),
      });
      if (token !== this.loadToken) return;
      this.list = more && this.list ? { ...page, items: [...this.list.items, ...page.items] } : page;
    } catch (error) {
      if (token !== this.loadToken) return;
      this.loadError = messageOf(error);
      this.fail(error);
    } finally {
      if (token === this.loadToken) this.loading = false;
    }
  }

  private async loadAccess(): Promise<void> {
    const storefront = this.storefront.value;
    if (!storefront || !this.product) return;
    const link = linkProof();
    try {
      this.access = await storefront.reviews.access(this.product, link?.proof ?? null);
    } catch {
      // Without an answer the form stays hidden; the reviews themselves still show.
      this.access = null;
    }
    if (link && link.productId === this.product && this.access?.eligibility.eligible) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('form')?.scrollIntoView({ block: 'center' });
      this.renderRoot.querySelector<HTMLInputElement>('input[name="rating"]')?.focus();
    }
  }

  private fail(error: unknown): void {
    const { code, message } = isStoreletError(error) ? error : { code: 'unexpected_error', message: String(error) };
    emit(this, 'storelet-error', { code, message });
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const storefront = this.storefront.value;
    const access = this.access;
    if (!storefront || !access || this.busy) return;
    this.formError = draftProblem(this.draft);
    if (this.formError) return;
    this.busy = true;
    const own = access.eligibility.review;
    try {
      const body = { rating: this.draft.rating, title: this.draft.title, body: this.draft.body };
      const saved =
        own && this.editing
          ? await storefront.reviews.update(this.product, own.id, body, access.proof)
          : await storefront.reviews.create(this.product, body, access.proof);
      this.access = {
        ...access,
        eligibility: { ...access.eligibility, eligible: false, reason: 'reviewed', review: saved },
      };
      this.editing = false;
      this.draft = EMPTY_DRAFT;
      this.notice =
        saved.status === 'pending'
          ? 'Thank you! Your review will appear once the shop approves it.'
          : 'Thank you for your review!';
      emit(this, 'storelet-review-submit', {
        productId: saved.productId,
        reviewId: saved.id,
        rating: saved.rating,
        status: saved.status,
        edited: Boolean(own),
      });
      await this.loadPage(false);
    } catch (error) {
      this.formError = messageOf(error);
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private async deleteOwn(review: OwnReview): Promise<void> {
    const storefront = this.storefront.value;
    const access = this.access;
    if (!storefront || !access || this.busy) return;
    this.busy = true;
    try {
      await storefront.reviews.delete(this.product, review.id, access.proof);
      this.access = {
        ...access,
        eligibility: { ...access.eligibility, eligible: true, reason: 'eligible', review: null },
      };
      this.notice = 'Your review was deleted.';
      emit(this, 'storelet-review-delete', { productId: review.productId, reviewId: review.id });
      await this.loadPage(false);
    } catch (error) {
      this.notice = messageOf(error);
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private async helpful(review: Review): Promise<void> {
    const storefront = this.storefront.value;
    if (!storefront || this.voted.has(review.id)) return;
    try {
      const vote = await storefront.reviews.voteHelpful(review.id);
      this.voted = new Set([...this.voted, review.id]);
      if (this.list) {
        const items = this.list.items.map((item) =>
          item.id === review.id ? { ...item, helpfulCount: vote.helpfulCount } : item,
        );
        this.list = { ...this.list, items };
      }
    } catch (error) {
      this.notice = messageOf(error);
      this.fail(error);
    }
  }

  private changeSort(sort: ReviewSort): void {
    this.sort = sort;
    void this.loadPage(false);
  }

  protected override render(): unknown {
    if (!this.storefront.value) return renderNoShop();
    return html`<section class="reviews" aria-labelledby="reviews-heading">
      <h3 id="reviews-heading" part="heading" class="heading">Reviews</h3>
      ${this.renderBody()}
      <p class="notice" role="status">${this.notice}</p>
      ${this.renderWrite()}
    </section>`;
  }

  private renderBody(): TemplateResult {
    if (this.loadError && !this.list) {
      return html`<div part="error" class="state error" role="alert">
        <p class="state-title">The reviews could not be loaded.</p>
        <p class="state-text">${this.loadError}</p>
        <button part="retry button" class="button secondary" type="button" @click=${() => void this.loadPage(false)}>Try again</button>
      </div>`;
    }
    if (!this.list)
      return html`<div class="skeleton block" aria-busy="true"><span class="visually-hidden" role="status">Loading reviews…</span></div>`;
    const { items, summary, nextCursor } = this.list;
    return html`${renderSummary(summary)}
      ${
        summary.count > 1
          ? html`<label class="sort">
            <span class="label">Sort by</span>
            <select part="sort-select" class="field" @change=${(event: Event) => this.changeSort((event.target as HTMLSelectElement).value as ReviewSort)}>
              ${Object.entries(SORTS).map(([value, label]) => html`<option value=${value} ?selected=${value === this.sort}>${label}</option>`)}
            </select>
          </label>`
          : nothing
      }
      ${
        items.length
          ? html`<ul part="list" class="list" aria-busy=${this.loading ? 'true' : 'false'}>
            ${items.map((review) => renderReview(review, { voted: this.voted, onHelpful: (r) => void this.helpful(r), locale: navigator.language }))}
          </ul>`
          : nothing
      }
      ${
        nextCursor
          ? html`<button part="load-more button" class="button secondary" type="button" ?disabled=${this.loading} @click=${() => void this.loadPage(true)}>
            ${this.loading ? 'Loading…' : 'Show more reviews'}
          </button>`
          : nothing
      }`;
  }

  private renderWrite(): TemplateResult | typeof nothing {
    const eligibility = this.access?.eligibility;
    if (!eligibility) return nothing;
    const own = eligibility.review;
    const form = (editing: OwnReview | null) =>
      renderReviewForm({
        draft: this.draft,
        editing,
        authorName: eligibility.authorName,
        busy: this.busy,
        error: this.formError,
        onInput: (change) => (this.draft = { ...this.draft, ...change }),
        onSubmit: (event) => void this.submit(event),
        onCancel: editing ? () => (this.editing = false) : null,
      });
    if (eligibility.eligible) return form(null);
    if (!own) return nothing;
    if (this.editing) return form(own);
    const status =
      own.status === 'pending'
        ? 'Waiting for the shop’s approval.'
        : own.status === 'hidden'
          ? 'Hidden by the shop.'
          : '';
    return html`<div part="own" class="own">
      <p class="own-title">You reviewed this product: ${own.rating} out of 5, “${own.title}”.</p>
      ${status ? html`<p class="own-status">${status}</p>` : nothing}
      <div class="form-actions">
        <button part="button" class="button secondary" type="button" @click=${() => {
          this.draft = { rating: own.rating, title: own.title, body: own.body };
          this.formError = '';
          this.editing = true;
        }}>Edit your review</button>
        <button part="button" class="button secondary" type="button" ?disabled=${this.busy} @click=${() => void this.deleteOwn(own)}>Delete</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'product-reviews': ProductReviews;
  }
}
