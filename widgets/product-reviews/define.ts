import { defineElement } from '../shared/define-element.ts';
import { ProductReviews } from './product-reviews.ts';

defineElement('product-reviews', ProductReviews);

export { ProductReviews };
