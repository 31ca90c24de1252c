import { html, nothing, type TemplateResult } from 'lit';
import type { RatingSummary, Review } from '../../sdk/index.ts';
import { ratingLabel, renderStars } from '../shared/stars.ts';

const STARS = [5, 4, 3, 2, 1] as const;

/** The average, its stars, the count and one bar per star (the bars are drawn; the numbers are read out). */
export function renderSummary(summary: RatingSummary): TemplateResult {
  if (summary.average === null) return html`<p part="summary" class="summary-empty">No reviews yet.</p>`;
  return html`<div part="summary" class="summary">
    <p class="average">
      <span part="average" class="average-value">${summary.average.toFixed(1)}</span>
      ${renderStars(summary.average, ratingLabel(summary.average, summary.count))}
      <span class="count">${summary.count} ${summary.count === 1 ? 'review' : 'reviews'}</span>
    </p>
    <ul part="distribution" class="distribution" aria-label="Ratings by stars">
      ${STARS.map((stars) => {
        const count = summary.distribution[String(stars) as keyof RatingSummary['distribution']];
        const percent = summary.count ? Math.round((count / summary.count) * 100) : 0;
        return html`<li class="bar-row">
          <span class="bar-label">${stars} ${stars === 1 ? 'star' : 'stars'}</span>
          <span part="bar" class="bar" aria-hidden="true"><span class="bar-fill" style="width:${percent}%"></span></span>
          <span class="bar-count">${count}<span class="visually-hidden"> ${count === 1 ? 'review' : 'reviews'}</span></span>
        </li>`;
      })}
    </ul>
  </div>`;
}

export type ReviewItemOptions = {
  /** Reviews this visitor already marked helpful. */
  voted: ReadonlySet<string>;
  onHelpful: (review: Review) => void;
  locale: string;
};

/** One review. Every field is text: Lit escapes it, so markup a shopper typed shows as typed. */
export function renderReview(review: Review, options: ReviewItemOptions): TemplateResult {
  const date = new Date(review.createdAt).toLocaleDateString(options.locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  const voted = options.voted.has(review.id);
  return html`<li part="review" class="review">
    <article aria-labelledby="review-${review.id}">
      <div class="review-head">
        ${renderStars(review.rating)}
        <h4 id="review-${review.id}" part="review-title" class="review-title">${review.title}</h4>
      </div>
      <p class="review-meta">
        <span part="author">${review.authorName}</span>
        ${review.verifiedBuyer ? html`<span part="verified" class="verified">Verified buyer</span>` : nothing}
        <time datetime=${review.createdAt}>${date}</time>
      </p>
      <p part="review-body" class="review-body">${review.body}</p>
      ${
        review.reply
          ? html`<div part="reply" class="reply"><p class="reply-label">Reply from the shop</p><p class="reply-body">${review.reply.body}</p></div>`
          : nothing
      }
      <button
        part="helpful button"
        class="link-button helpful"
        type="button"
        aria-pressed=${voted ? 'true' : 'false'}
        @click=${() => options.onHelpful(review)}
      >
        ${voted ? 'Thanks for your feedback' : 'Helpful'} (${review.helpfulCount})
      </button>
    </article>
  </li>`;
}
