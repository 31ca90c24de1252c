import { defineElement } from '../shared/define-element.ts';
import { CartDrawer } from './cart-drawer.ts';

// The drawer's default footer, a <checkout-button>, is not imported here: the loader fetches it when a cart
// with lines first shows it. Defining the drawer by hand, define `storelet/widgets/checkout-button` too.
defineElement('cart-drawer', CartDrawer);

export { CartDrawer };
