import { defineElement } from '../shared/define-element.ts';
import { CheckoutButton } from './checkout-button.ts';

defineElement('checkout-button', CheckoutButton);

export { CheckoutButton };
