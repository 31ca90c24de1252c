import { toStoreletError } from '../../sdk/index.ts';
import { emit, type StoreletEvent } from '../events.ts';
import { eventOrigin, storefrontOf } from './storefront-of.ts';

let users = 0;

/**
 * Makes `storelet-add-to-cart` (sent by `<product-detail>` and any other product element) add to the
 * sender's shop's cart, then ask for the cart drawer with `storelet-cart-open`. It acts after the
 * event has finished its path, so a host that cancels it anywhere handles the add itself.
 */
function onAddToCart(event: StoreletEvent<'storelet-add-to-cart'>): void {
  const origin = eventOrigin(event);
  queueMicrotask(() => {
    if (event.defaultPrevented) return;
    const storefront = storefrontOf(origin);
    if (!storefront) return;
    const target = origin instanceof Element && origin.isConnected ? origin : document;
    // Opened first: the drawer shows the add as pending, and a refusal's message where the shopper looks.
    emit(target, 'storelet-cart-open', { trigger: 'add-to-cart' }, { cancelable: true });
    const { variantId, quantity } = event.detail;
    storefront.cart.add(variantId, quantity).then(
      (cart) => emit(target, 'storelet-cart-change', { action: 'add', cart }),
      (error: unknown) => {
        const { code, message } = toStoreletError(error);
        emit(target, 'storelet-error', { code, message });
      },
    );
  });
}

/**
 * Installs the add-to-cart listener on the document while at least one cart element (drawer or
 * button) is on the page; returns the release. Counted, so the cart is added to once per event.
 */
export function useAddToCartWiring(): () => void {
  if (users++ === 0) document.addEventListener('storelet-add-to-cart', onAddToCart);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--users === 0) document.removeEventListener('storelet-add-to-cart', onAddToCart);
  };
}
