import { MAX_LINE_QUANTITY, type Account, type AccountCart } from '../../sdk/schemas/index.ts';
import { readCart, touch } from '../carts/service.ts';
import { isCartId } from '../data/ids.ts';
import type { Shop } from '../shop/shop.ts';

/**
 * `POST /api/account/cart`, sent at sign-in with the browser's guest cart: that cart becomes the customer's,
 * taking in the lines of the cart the account already had (the same item's quantities added up). The answer
 * is priced like any cart read, so stock rules hold: a merged quantity above what is in stock is lowered,
 * with a notice. Without a guest cart, the account's cart (another device's) comes back.
 */
export async function claimCart(shop: Shop, account: Account, guestCartId: string | null): Promise<AccountCart> {
  const guest = guestCartId !== null && isCartId(guestCartId) ? guestCartId : null;
  const cartId = await shop.data.customers.claimCart(account.id, guest, touch(shop), MAX_LINE_QUANTITY);
  return { cart: cartId ? await readCart(shop, cartId) : null };
}
