import { html, nothing, type TemplateResult } from 'lit';
import type { AdminReview } from '../../../sdk/admin/index.ts';
import { renderStars } from '../../shared/stars.ts';
import { formatDay, statusBadge } from './review-words.ts';

export type ReviewCardOptions = {
  review: AdminReview;
  /** A publish or hide of this review is on its way. */
  busy: boolean;
  /** Why the last action on this review failed. */
  error: string;
  /** The reply form, when it is open on this review. */
  replyForm: TemplateResult | undefined;
  onStatus(status: 'published' | 'hidden'): void;
  onReply(): void;
  onRemoveReply(): void;
};

/** One review as the store owner moderates it: who wrote it about what, its status, and what can be done. */
export function renderReviewCard(options: ReviewCardOptions): TemplateResult {
  const { review, busy } = options;
  const titleId = `review-${review.id}-title`;
  const disabled = busy ? 'true' : 'false';
  return html`<li part="review" class="review" data-review=${review.id} aria-labelledby=${titleId}>
    <div class="review-head">
      <span part="rating">${renderStars(review.rating, `${review.rating} out of 5 stars`)}</span> ${statusBadge(review.status)}
    </div>
    <h3 id=${titleId} part="review-title" class="review-title">${review.title}</h3>
    <p part="review-body" class="review-body">${review.body}</p>
    <p part="review-meta" class="meta">
      ${review.authorName} (${review.authorEmail}) on <span part="review-product">${review.productTitle}</span>,
      <time datetime=${review.createdAt}>${formatDay(review.createdAt)}</time>
    </p>
    ${
      review.reply && !options.replyForm
        ? html`<div part="reply" class="reply"><p class="reply-label">Your public reply</p><p part="reply-text">${review.reply.body}</p></div>`
        : nothing
    }
    ${options.replyForm ?? nothing}
    <div class="actions" role="group" aria-label="Moderate “${review.title}”">
      ${
        review.status !== 'published'
          ? html`<button part="publish button" class="button" type="button" aria-disabled=${disabled}
            @click=${() => options.onStatus('published')}>Publish</button>`
          : nothing
      }
      ${
        review.status !== 'hidden'
          ? html`<button part="hide button" class="button secondary" type="button" aria-disabled=${disabled}
            @click=${() => options.onStatus('hidden')}>Hide</button>`
          : nothing
      }
      ${
        options.replyForm
          ? nothing
          : html`<button part="reply-button button" class="button secondary" type="button" @click=${options.onReply}>
            ${review.reply ? 'Edit reply' : 'Reply'}</button>
          ${
            review.reply
              ? html`<button part="remove-reply button" class="button secondary" type="button" aria-disabled=${disabled}
                @click=${options.onRemoveReply}>Remove reply</button>`
              : nothing
          }`
      }
    </div>
    <p part="action-error" class="message error" role="alert">${options.error}</p>
  </li>`;
}
