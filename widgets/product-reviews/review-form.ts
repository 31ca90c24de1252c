import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { REVIEW_BODY_MAX, REVIEW_TITLE_MAX, type OwnReview } from '../../sdk/index.ts';

export type ReviewDraft = { rating: number; title: string; body: string };

export type ReviewFormOptions = {
  draft: ReviewDraft;
  /** The review being edited, or null for a new one. */
  editing: OwnReview | null;
  authorName: string | null;
  busy: boolean;
  error: string;
  /** A field changed: merge it into the element's draft (a render's copy may already be stale). */
  onInput: (change: Partial<ReviewDraft>) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: (() => void) | null;
};

const STAR_WORDS = ['', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent'];

/** The write (or edit) form: stars as a radio group, a title and a text, with their limits. */
export function renderReviewForm(options: ReviewFormOptions): TemplateResult {
  const { draft, busy } = options;
  const update = options.onInput;
  return html`<form part="form" class="form" @submit=${options.onSubmit} aria-labelledby="form-title" novalidate>
    <h4 id="form-title" class="form-title">${options.editing ? 'Edit your review' : 'Write a review'}</h4>
    ${options.authorName ? html`<p class="form-note">Shown as ${options.authorName}, verified buyer.</p>` : nothing}
    <fieldset part="star-input" class="star-input">
      <legend>Your rating</legend>
      ${[1, 2, 3, 4, 5].map(
        (stars) => html`<label class="star-choice">
          <input
            type="radio"
            name="rating"
            .value=${String(stars)}
            .checked=${live(draft.rating === stars)}
            @change=${() => update({ rating: stars })}
          />
          <span aria-hidden="true" class="star-glyph ${draft.rating >= stars ? 'on' : ''}">★</span>
          <span class="visually-hidden">${stars} ${stars === 1 ? 'star' : 'stars'}, ${STAR_WORDS[stars]}</span>
        </label>`,
      )}
    </fieldset>
    <label class="label" for="review-title">Title</label>
    <input
      id="review-title"
      part="input"
      class="field"
      maxlength=${REVIEW_TITLE_MAX}
      required
      .value=${live(draft.title)}
      @input=${(event: Event) => update({ title: (event.target as HTMLInputElement).value })}
    />
    <label class="label" for="review-body">Your review</label>
    <textarea
      id="review-body"
      part="input textarea"
      class="field"
      rows="5"
      maxlength=${REVIEW_BODY_MAX}
      required
      .value=${live(draft.body)}
      @input=${(event: Event) => update({ body: (event.target as HTMLTextAreaElement).value })}
    ></textarea>
    <p part="form-error" class="form-error" role="alert">${options.error}</p>
    <div class="form-actions">
      <button part="submit button" class="button" type="submit" ?disabled=${busy} aria-busy=${busy ? 'true' : 'false'}>
        ${busy ? 'Saving…' : options.editing ? 'Save changes' : 'Post review'}
      </button>
      ${
        options.onCancel
          ? html`<button part="button" class="button secondary" type="button" @click=${options.onCancel}>Cancel</button>`
          : nothing
      }
    </div>
  </form>`;
}

/** What is wrong with a draft before it is sent, or an empty string. The server checks again. */
export function draftProblem(draft: ReviewDraft): string {
  if (draft.rating < 1) return 'Choose a rating from 1 to 5 stars.';
  if (!draft.title.trim()) return 'Give your review a title.';
  if (!draft.body.trim()) return 'Write a few words about the product.';
  return '';
}
