import { defineElement } from '../shared/define-element.ts';
import { CartButton } from './cart-button.ts';

defineElement('cart-button', CartButton);

export { CartButton };
