import { defineElement } from '../shared/define-element.ts';
// The drawer's default footer is a <checkout-button>: defining the drawer defines it too.
import '../checkout-button/define.ts';
import { CartDrawer } from './cart-drawer.ts';

defineElement('cart-drawer', CartDrawer);
