import { defineElement } from '../shared/define-element.ts';
import { ProductDetail } from './product-detail.ts';

defineElement('product-detail', ProductDetail);

export { ProductDetail };
