import { css, html, nothing, type TemplateResult } from 'lit';

/** The rating as words, for screen readers: "Rated 4.5 out of 5 (12 reviews)". */
export function ratingLabel(rating: number, count?: number): string {
  const reviews = count === undefined ? '' : ` (${count} ${count === 1 ? 'review' : 'reviews'})`;
  return `Rated ${rating.toLocaleString('en', { maximumFractionDigits: 1 })} out of 5${reviews}`;
}

/**
 * Five stars filled to `rating` (halves and all), drawn with text so they scale with the font and follow
 * `--storelet-color-star`. Screen readers hear the label, not five symbols.
 */
export function renderStars(rating: number, label = ratingLabel(rating)): TemplateResult {
  const percent = Math.max(0, Math.min(100, (rating / 5) * 100));
  return html`<span part="stars" class="stars" role="img" aria-label=${label}>
    <span class="stars-empty" aria-hidden="true">★★★★★</span>
    <span class="stars-full" aria-hidden="true" style="width:${percent}%">★★★★★</span>
  </span>`;
}

/** Stars and the review count, or nothing without a review: for product cards and headers. */
export function renderRatingLine(rating: number | null, count: number): TemplateResult | typeof nothing {
  if (rating === null || count === 0) return nothing;
  return html`<p part="rating" class="rating">
    ${renderStars(rating, ratingLabel(rating, count))}<span class="rating-count" aria-hidden="true">(${count})</span>
  </p>`;
}

export const starStyles = css`
  .stars {
    position: relative;
    display: inline-block;
    line-height: 1;
    letter-spacing: 0.05em;
    white-space: nowrap;
  }
  .stars-empty {
    color: var(--storelet-color-star-empty, #6b7280);
  }
  .stars-full {
    position: absolute;
    inset: 0 auto 0 0;
    overflow: hidden;
    color: var(--storelet-color-star, #b45309);
  }
  .rating {
    display: flex;
    align-items: center;
    gap: 0.35em;
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
  }
  .rating-count {
    color: var(--storelet-color-muted, #4b5563);
  }
`;
