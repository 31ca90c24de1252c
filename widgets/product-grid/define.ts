import { defineElement } from '../shared/define-element.ts';
import { ProductGrid } from './product-grid.ts';

defineElement('product-grid', ProductGrid);

export { ProductGrid };
