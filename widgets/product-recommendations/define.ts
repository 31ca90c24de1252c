import { defineElement } from '../shared/define-element.ts';
import { ProductRecommendations } from './product-recommendations.ts';

defineElement('product-recommendations', ProductRecommendations);

export { ProductRecommendations };
