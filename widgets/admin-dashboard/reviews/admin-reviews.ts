import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AdminClient, AdminReview, AdminReviewParams, ReviewStatus } from '../../../sdk/admin/index.ts';
import { productsApi } from '../../../sdk/catalog.ts';
import { createHttp } from '../../../sdk/http.ts';
import { REVIEW_REPLY_MAX, toStoreletError } from '../../../sdk/index.ts';
import { emit } from '../../events.ts';
import { starStyles } from '../../shared/stars.ts';
import { baseStyles, controlStyles, stateStyles } from '../../shared/styles.ts';
import { renderAccessError } from '../access-error.ts';
import { adminStyles } from '../admin-styles.ts';
import { blockStyles } from '../blocks/block-styles.ts';
import type { AdminConfirmDialog } from '../blocks/confirm-dialog.ts';
import { renderListStatus, renderListToolbar, renderLoadMore } from '../blocks/list-parts.ts';
import { PagedList } from '../blocks/paged-list.ts';
import { renderFieldError, ServerForm } from '../blocks/server-form.ts';
import { renderReviewCard } from './review-card.ts';
import { STATUS_LABELS } from './review-words.ts';
import { reviewStyles } from './admin-reviews.styles.ts';

const PAGE_SIZE = 20;
type Options = readonly (readonly [value: string, label: string])[];
const STATUS_OPTIONS: Options = [
  ['', 'Any status'],
  ...(Object.keys(STATUS_LABELS) as ReviewStatus[]).map((status) => [status, STATUS_LABELS[status][0]] as const),
];
const RATING_OPTIONS: Options = [
  ['', 'Any rating'],
  ...[5, 4, 3, 2, 1].map((stars) => [String(stars), `${stars} stars`] as const),
];
/** The products offered in the filter: the catalog's first page, as many as the API gives at once. */
const PRODUCT_LIMIT = 100;

/**
 * @summary The reviews screen of `<admin-dashboard>`: the moderation setting, then every review, newest first, with
 * filters by status, rating and product; publish or hide each one, and reply to it in public.
 * @event storelet-error - Reviews could not be loaded, or a change was refused.
 * @csspart toolbar - The filters.
 * @csspart filter - Each filter.
 * @csspart status - The visually hidden live region announcing what is shown.
 * @csspart reviews - The list.
 * @csspart review - A review.
 * @csspart rating - Its rating.
 * @csspart stars - The stars inside it.
 * @csspart badge - A status badge (also review-status).
 * @csspart review-status - The review's status.
 * @csspart review-title - Its title.
 * @csspart review-body - Its text.
 * @csspart review-meta - Who wrote it, about which product, when.
 * @csspart review-product - The product's name.
 * @csspart reply - The shop's public reply.
 * @csspart reply-text - Its text.
 * @csspart publish - Publishes the review.
 * @csspart hide - Hides it.
 * @csspart reply-button - Opens the reply form ("Reply" or "Edit reply").
 * @csspart remove-reply - Removes the reply, once confirmed.
 * @csspart reply-form - The reply form.
 * @csspart reply-input - Its text box.
 * @csspart field-error - The server's word on the reply.
 * @csspart save-reply - Posts the reply.
 * @csspart cancel-reply - Closes the form.
 * @csspart action-error - Why a change to a review failed.
 * @csspart load-more - The paging button.
 * @csspart empty - The state when no review matches.
 * @csspart error - The error state, or why more reviews could not be loaded.
 * @csspart forbidden - The error state of an account that is not an admin (also error).
 * @csspart retry - The error state's "Try again" button.
 * @csspart button - Every button.
 */
export class AdminReviews extends LitElement {
  static override styles = [baseStyles, controlStyles, stateStyles, adminStyles, starStyles, blockStyles, reviewStyles];

  @property({ attribute: false }) client: AdminClient | undefined;

  @state() private status: ReviewStatus | '' = '';
  @state() private rating = '';
  @state() private productId = '';
  @state() private products: Options = [];
  /** The review whose reply form is open. */
  @state() private replying: string | undefined;
  /** The review a publish, hide or reply removal is on its way for. */
  @state() private acting: string | undefined;
  @state() private actionError: { reviewId: string; message: string } | undefined;
  @query('admin-confirm-dialog') private confirmDialog?: AdminConfirmDialog;

  private readonly list = new PagedList<AdminReview>(
    this,
    (cursor) => {
      if (!this.client) throw new Error('No admin client');
      return this.client.reviews.list(this.query(cursor));
    },
    (error) => emit(this, 'storelet-error', { code: error.code, message: error.message }),
  );
  private readonly replyForm = new ServerForm(this, (error) =>
    emit(this, 'storelet-error', { code: error.code, message: error.message }),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.client) {
      void this.list.reload();
      void this.loadProducts(this.client.apiUrl);
    }
  }

  private query(cursor: string | undefined): AdminReviewParams {
    return {
      limit: PAGE_SIZE,
      ...(this.status ? { status: this.status } : {}),
      ...(this.rating ? { rating: Number(this.rating) } : {}),
      ...(this.productId ? { productId: this.productId } : {}),
      ...(cursor ? { cursor } : {}),
    };
  }

  /** The catalog's products for the filter; without them the filter offers "Any product" only. */
  private async loadProducts(apiUrl: string): Promise<void> {
    try {
      const page = await productsApi(createHttp({ apiUrl })).list({ limit: PRODUCT_LIMIT });
      this.products = page.items
        .map((product) => [product.id, product.title] as const)
        .sort((a, b) => a[1].localeCompare(b[1]));
    } catch {
      this.products = [];
    }
  }

  private filter(apply: () => void): void {
    apply();
    this.replying = undefined;
    void this.list.reload();
  }

  private async focusIn(reviewId: string, selector: string): Promise<void> {
    await this.updateComplete;
    const card = this.renderRoot.querySelector(`[data-review="${CSS.escape(reviewId)}"]`);
    card?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Sends a change of one review; the server's copy replaces the one shown. */
  private async change(review: AdminReview, send: (client: AdminClient) => Promise<AdminReview>): Promise<boolean> {
    const client = this.client;
    if (!client || this.acting) return false;
    this.acting = review.id;
    this.actionError = undefined;
    try {
      this.list.replace(await send(client), (item) => item.id === review.id);
      return true;
    } catch (thrown) {
      const error = toStoreletError(thrown);
      this.actionError = { reviewId: review.id, message: error.message };
      emit(this, 'storelet-error', { code: error.code, message: error.message });
      return false;
    } finally {
      this.acting = undefined;
    }
  }

  private async setStatus(review: AdminReview, status: 'published' | 'hidden'): Promise<void> {
    if (await this.change(review, (client) => client.reviews.moderate(review.id, { status }))) {
      // The pressed button is gone (a published review offers Hide, a hidden one Publish): keep the keyboard there.
      await this.focusIn(review.id, '[part~="publish"], [part~="hide"]');
    }
  }

  private async removeReply(review: AdminReview): Promise<void> {
    const confirmed = await this.confirmDialog?.ask({
      title: 'Remove your reply?',
      message: `Your public reply to “${review.title}” will no longer show on the product page.`,
      confirmLabel: 'Remove reply',
    });
    if (!confirmed) return;
    if (await this.change(review, (client) => client.reviews.moderate(review.id, { reply: null }))) {
      await this.focusIn(review.id, '[part~="reply-button"]');
    }
  }

  private async openReply(review: AdminReview): Promise<void> {
    this.replying = review.id;
    this.replyForm.reset();
    await this.focusIn(review.id, '#reply-input');
  }

  private async closeReply(review: AdminReview): Promise<void> {
    this.replying = undefined;
    this.replyForm.reset();
    await this.focusIn(review.id, '[part~="reply-button"]');
  }

  private async saveReply(event: SubmitEvent, review: AdminReview): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const reply = String(new FormData(event.target as HTMLFormElement).get('reply') ?? '');
    if (!client) return;
    const saved = await this.replyForm.submit(() => client.reviews.moderate(review.id, { reply }));
    if (!saved) {
      await this.focusIn(review.id, '#reply-input');
      return;
    }
    this.list.replace(saved, (item) => item.id === review.id);
    await this.closeReply(saved);
  }

  protected override render(): TemplateResult {
    return html`<section class="section" aria-labelledby="settings-heading">
        <h3 id="settings-heading" class="section-title">Moderation</h3>
        <admin-review-settings .client=${this.client}></admin-review-settings>
      </section>
      <section class="section" aria-labelledby="reviews-heading">
        <h3 id="reviews-heading" class="section-title">Reviews</h3>
        ${renderListToolbar({
          label: 'Filter reviews',
          filters: [
            {
              id: 'status',
              label: 'Status',
              value: this.status,
              options: STATUS_OPTIONS,
              onChange: (value) => this.filter(() => (this.status = value as ReviewStatus | '')),
            },
            {
              id: 'rating',
              label: 'Rating',
              value: this.rating,
              options: RATING_OPTIONS,
              onChange: (value) => this.filter(() => (this.rating = value)),
            },
            {
              id: 'product',
              label: 'Product',
              value: this.productId,
              options: [['', 'Any product'], ...this.products],
              onChange: (value) => this.filter(() => (this.productId = value)),
            },
          ],
          onSubmit: () => void this.list.reload(),
        })}
        ${renderListStatus(this.list, ['review', 'reviews'])} ${this.renderBody()}
      </section>
      <admin-confirm-dialog></admin-confirm-dialog>`;
  }

  private renderBody(): TemplateResult {
    const list = this.list;
    if (list.phase === 'loading') {
      return html`<div aria-hidden="true"><div class="skeleton row"></div><div class="skeleton row"></div></div>`;
    }
    if (list.phase === 'error')
      return renderAccessError(list.error, 'Reviews could not be loaded.', () => void list.reload());
    if (list.items.length === 0) {
      const filtered = this.status !== '' || this.rating !== '' || this.productId !== '';
      return html`<div part="empty" class="state">
        <p class="state-title">${filtered ? 'No reviews match.' : 'No reviews yet.'}</p>
        <p class="state-text">${filtered ? 'Try another status, rating or product.' : 'Reviews appear here as soon as buyers write them.'}</p>
      </div>`;
    }
    return html`<ul part="reviews" class="reviews">
        ${list.items.map((review) =>
          renderReviewCard({
            review,
            busy: this.acting === review.id,
            error: this.actionError?.reviewId === review.id ? this.actionError.message : '',
            replyForm: this.replying === review.id ? this.renderReplyForm(review) : undefined,
            onStatus: (status) => void this.setStatus(review, status),
            onReply: () => void this.openReply(review),
            onRemoveReply: () => void this.removeReply(review),
          }),
        )}
      </ul>
      ${renderLoadMore(list, () => void list.loadMore())}`;
  }

  private renderReplyForm(review: AdminReview): TemplateResult {
    const form = this.replyForm;
    const invalid = form.fieldError('reply') ? 'true' : 'false';
    return html`<form part="reply-form" class="reply-form" aria-busy=${form.busy ? 'true' : 'false'}
      @submit=${(event: SubmitEvent) => void this.saveReply(event, review)}>
      <label class="label" for="reply-input">Public reply</label>
      <textarea id="reply-input" name="reply" part="reply-input" class="field" rows="3" required maxlength=${REVIEW_REPLY_MAX}
        .value=${review.reply?.body ?? ''} aria-invalid=${invalid} aria-describedby="reply-error reply-message"></textarea>
      ${renderFieldError(form, 'reply', 'reply-error')}
      <p id="reply-message" class="message error" role="alert">${form.message}</p>
      <div class="actions">
        <button part="save-reply button" class="button" type="submit" aria-disabled=${form.busy ? 'true' : 'false'}>
          ${form.busy ? 'Posting…' : 'Post reply'}</button>
        <button part="cancel-reply button" class="button secondary" type="button" @click=${() => void this.closeReply(review)}>Cancel</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-reviews': AdminReviews;
  }
}
