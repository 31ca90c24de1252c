import type { Storefront } from '../../sdk/index.ts';
import type { StoreletEvent } from '../events.ts';
import { eventOrigin, storefrontOf } from '../shared/storefront-of.ts';

/** What the registry needs of a drawer. */
export type OpenableCart = { readonly storefront: Storefront | undefined; show(): void };

const drawers = new Set<OpenableCart>();

/**
 * One document-level listener for `storelet-cart-open`, whatever sent it (a `<cart-button>`, an
 * add to cart, the host's own script). It opens the drawer of the same shop as the sender, or the
 * first drawer when none matches. It acts once the event has finished its path, so a host that
 * cancels it anywhere (element, document or window) keeps the drawer shut.
 */
function onCartOpen(event: StoreletEvent<'storelet-cart-open'>): void {
  const origin = eventOrigin(event);
  queueMicrotask(() => {
    if (event.defaultPrevented) return;
    const storefront = storefrontOf(origin);
    const all = [...drawers];
    (all.find((drawer) => drawer.storefront === storefront) ?? all[0])?.show();
  });
}

/** Adds a connected drawer; returns its removal. The listener lives while any drawer does. */
export function registerDrawer(drawer: OpenableCart): () => void {
  if (drawers.size === 0) document.addEventListener('storelet-cart-open', onCartOpen);
  drawers.add(drawer);
  return () => {
    drawers.delete(drawer);
    if (drawers.size === 0) document.removeEventListener('storelet-cart-open', onCartOpen);
  };
}
