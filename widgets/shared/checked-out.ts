import type { Cart, PendingCheckout, Storefront } from '../../sdk/index.ts';

/** This cart's order when this device placed it and has not seen it paid: its payment can be continued. */
export function pendingOrderOf(storefront: Storefront | undefined, cart: Cart | null): PendingCheckout | null {
  const pending = storefront?.orders.pendingCheckout() ?? null;
  return pending && cart && pending.cartId === cart.id ? pending : null;
}

/**
 * Whether the cart became an order: the server says so in a notice, or this device placed one for it.
 * Such a cart takes no more changes; the server refuses them and the store would forget the cart.
 */
export function isCheckedOut(storefront: Storefront | undefined, cart: Cart | null): boolean {
  return (
    !!cart && (cart.notices.some((notice) => notice.code === 'cart_completed') || !!pendingOrderOf(storefront, cart))
  );
}
