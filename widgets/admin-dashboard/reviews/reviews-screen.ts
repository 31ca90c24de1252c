import { html, type TemplateResult } from 'lit';
import { defineElement } from '../../shared/define-element.ts';
import type { ScreenContext } from '../admin-screens.ts';
import { AdminConfirmDialog } from '../blocks/confirm-dialog.ts';
import { AdminReviewSettings } from './admin-review-settings.ts';
import { AdminReviews } from './admin-reviews.ts';

defineElement('admin-confirm-dialog', AdminConfirmDialog);
defineElement('admin-review-settings', AdminReviewSettings);
defineElement('admin-reviews', AdminReviews);

const PARTS =
  'toolbar, filter, reviews, review, rating, stars, review-status, review-title, review-body, review-meta, review-product, reply, reply-text, publish, hide, reply-button, remove-reply, reply-form, reply-input, field-error, save-reply, cancel-reply, action-error, load-more, empty, error, badge';

/** The reviews screen: the moderation setting and every review, to publish, hide or answer. */
export function renderScreen({ client }: ScreenContext): TemplateResult {
  return html`<admin-reviews part="reviews" exportparts=${PARTS} .client=${client}></admin-reviews>`;
}

export { AdminConfirmDialog, AdminReviewSettings, AdminReviews };
