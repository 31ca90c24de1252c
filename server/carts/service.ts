import {
  MAX_LINE_QUANTITY,
  type AddCartLineBody,
  type Cart,
  type CartNotice,
  type UpdateCartBody,
} from '../../sdk/schemas/index.ts';
import type { CartChanges, CartSnapshot, CartTouch } from '../data/carts.ts';
import { isCartId, newCartId } from '../data/ids.ts';
import { DiscountNotFoundError } from '../discounts/errors.ts';
import { discountProblem } from '../discounts/evaluate.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { priceCart, type PricedCart, type PricingInput } from '../pricing/price-cart.ts';
import type { Shop } from '../shop/shop.ts';
import { ShippingUnavailableError } from '../shipping/errors.ts';
import { normalizeRegion } from '../tax/regions.ts';
import { priceStickerLines } from '../stickers/cart-lines.ts';
import { checkStickerQuantity } from '../stickers/quote.ts';
import { stickerTables } from '../stickers/tables.ts';
import { CartCompletedError, CartNotFoundError, OutOfStockError } from './errors.ts';
import { addStickerLine } from './sticker-lines.ts';
import { toCart } from './view.ts';

/**
 * The cart's operations. Each answers the whole cart, priced afresh from the catalog and the shop's
 * rules. A cart lives 30 days after its last change; a checked-out cart is read-only.
 */

const CART_LIFETIME_DAYS = 30;
/** Distinct lines a cart may hold: enough for any shopper, bounded for the server. */
const MAX_CART_LINES = 100;

export function touch(shop: Shop): CartTouch {
  const now = shop.now();
  return { now: now.toISOString(), expiresAt: new Date(now.getTime() + CART_LIFETIME_DAYS * 86_400_000).toISOString() };
}

/** The cart, or `cart_not_found` for a malformed, unknown or expired id. */
export async function findCart(shop: Shop, cartId: string): Promise<CartSnapshot> {
  const found = isCartId(cartId) ? await shop.data.carts.find(cartId, shop.now().toISOString()) : null;
  if (!found) throw new CartNotFoundError();
  return found;
}

/**
 * The cart with its custom sticker lines priced from the sticker tables. A sticker line that can no
 * longer be priced (its option withdrawn) is refused at checkout with the reason; `present` removes it.
 */
export async function findPricedCart(shop: Shop, cartId: string): Promise<CartSnapshot> {
  const snapshot = await findCart(shop, cartId);
  const { lines, unpriceable } = await priceStickerLines(shop, snapshot.lines);
  if (unpriceable[0]) throw unpriceable[0].problem;
  return { ...snapshot, lines };
}

/** Removes sticker lines that cannot be priced any more, saying why, so the cart shows only what can be bought. */
async function priceStickers(shop: Shop, snapshot: CartSnapshot, notices: CartNotice[]): Promise<CartSnapshot> {
  const { lines, unpriceable } = await priceStickerLines(shop, snapshot.lines);
  if (unpriceable.length === 0 || snapshot.cart.completedOrderId) return { ...snapshot, lines };
  const removed = await shop.data.carts.adjustLines(
    snapshot.cart.id,
    unpriceable.map(({ line }) => ({ lineId: line.id, quantity: 0 })),
    touch(shop),
  );
  for (const { line, problem } of unpriceable) {
    notices.push({
      code: 'line_removed',
      message: `${line.productTitle} was removed from the cart: ${problem.message}`,
      lineId: line.id,
    });
  }
  return { ...removed, lines: (await priceStickerLines(shop, removed.lines)).lines };
}

async function findOpenCart(shop: Shop, cartId: string): Promise<CartSnapshot> {
  const found = await findCart(shop, cartId);
  if (found.cart.completedOrderId) throw new CartCompletedError(found.cart.completedOrderId);
  return found;
}

function pricingInput(shop: Shop, snapshot: CartSnapshot): PricingInput {
  const { cart, lines } = snapshot;
  return {
    lines,
    currency: cart.currency,
    destination: cart.country ? { country: cart.country, region: cart.region } : null,
    shippingMethodId: cart.shippingMethodId,
    discountCodeId: cart.discountCodeId,
    now: shop.now(),
  };
}

/** Lowers lines to what is in stock now, saying so, so the cart never promises what checkout would refuse. */
async function fitToStock(shop: Shop, snapshot: CartSnapshot, notices: CartNotice[]): Promise<CartSnapshot> {
  const over = snapshot.lines.filter((line) => line.quantity > Math.max(0, line.available));
  if (over.length === 0 || snapshot.cart.completedOrderId) return snapshot;
  const adjustments = over.map((line) => ({ lineId: line.id, quantity: Math.max(0, line.available) }));
  try {
    snapshot = await shop.data.carts.adjustLines(snapshot.cart.id, adjustments, touch(shop));
  } catch (error) {
    // Checked out meanwhile: the cart is read-only now, and shown as it is.
    if (error instanceof CartCompletedError) return snapshot;
    throw error;
  }
  for (const line of over) {
    const title = line.variantTitle === 'Default' ? line.productTitle : `${line.productTitle} (${line.variantTitle})`;
    notices.push(
      line.sticker
        ? {
            code: 'quantity_reduced',
            message: `${title} are printed up to ${line.available} a line: the quantity was lowered.`,
            lineId: line.id,
          }
        : line.available > 0
          ? {
              code: 'quantity_reduced',
              message: `Only ${line.available} of ${title} left: the quantity was lowered.`,
              lineId: line.id,
            }
          : { code: 'line_removed', message: `${title} sold out and was removed from the cart.`, lineId: line.id },
    );
  }
  return snapshot;
}

function pricingNotices(snapshot: CartSnapshot, priced: PricedCart, notices: CartNotice[]): void {
  const problem = priced.discount?.problem;
  if (problem) notices.push({ code: problem.code, message: problem.message });
  if (priced.shippingMethodUnavailable && priced.shipping) {
    notices.push({
      code: 'shipping_method_changed',
      message: `The chosen shipping method is not available here; ${priced.shipping.method.name} was chosen instead.`,
    });
  }
  if (snapshot.cart.completedOrderId)
    notices.push({ code: 'cart_completed', message: 'This cart has been checked out.' });
}

/** The wire cart: stock fitted, priced, with notices for whatever the server changed or refused. */
async function present(shop: Shop, snapshot: CartSnapshot, notices: CartNotice[] = []): Promise<Cart> {
  const stickersPriced = await priceStickers(shop, snapshot, notices);
  let fitted = await fitToStock(shop, stickersPriced, notices);
  // Lowering quantities reads the lines back from the store, without their sticker prices.
  if (fitted !== stickersPriced) fitted = { ...fitted, lines: (await priceStickerLines(shop, fitted.lines)).lines };
  const priced = await priceCart(shop.data.rules, pricingInput(shop, fitted));
  pricingNotices(fitted, priced, notices);
  return toCart(fitted.cart, priced, notices, shop.settings);
}

export async function createCart(shop: Shop, body: { country?: string | undefined }): Promise<Cart> {
  const snapshot = await shop.data.carts.create({
    id: newCartId(),
    currency: shop.settings.currency,
    country: body.country ?? null,
    touch: touch(shop),
  });
  return present(shop, snapshot);
}

export async function readCart(shop: Shop, cartId: string): Promise<Cart> {
  return present(shop, await findCart(shop, cartId));
}

export async function addLine(shop: Shop, cartId: string, body: AddCartLineBody): Promise<Cart> {
  const snapshot = await findOpenCart(shop, cartId);
  const variant = await shop.data.carts.variantAvailability(body.variantId);
  if (!variant) throw new NotFoundError('The product variant', { variantId: body.variantId });
  if (variant.kind === 'sticker') {
    if (!body.sticker)
      throw new ValidationError([
        { path: 'sticker', message: 'This product is printed from your design: upload one and send its id and specs.' },
      ]);
    return present(
      shop,
      await addStickerLine(
        shop,
        snapshot,
        { ...body, productTags: variant.tags, sticker: body.sticker },
        touch(shop),
        MAX_CART_LINES,
      ),
    );
  }
  if (body.sticker)
    throw new ValidationError([{ path: 'sticker', message: 'This product takes no design: leave out `sticker`.' }]);
  const existing = snapshot.lines.find((line) => line.variantId === body.variantId);
  const wanted = (existing?.quantity ?? 0) + body.quantity;
  if (wanted > MAX_LINE_QUANTITY) {
    throw new ValidationError([
      {
        path: 'quantity',
        message: `A cart line holds at most ${MAX_LINE_QUANTITY}; this cart already has ${existing?.quantity ?? 0}.`,
      },
    ]);
  }
  if (!existing && snapshot.lines.length >= MAX_CART_LINES) {
    throw new ValidationError([
      { path: 'variantId', message: `A cart holds at most ${MAX_CART_LINES} different items.` },
    ]);
  }
  if (wanted > variant.available) throw new OutOfStockError(body.variantId, variant.available);
  return present(shop, await shop.data.carts.setVariantQuantity(cartId, body.variantId, wanted, touch(shop)));
}

export async function changeLineQuantity(shop: Shop, cartId: string, lineId: string, quantity: number): Promise<Cart> {
  const snapshot = await findOpenCart(shop, cartId);
  const line = snapshot.lines.find((candidate) => candidate.id === lineId);
  if (!line) throw new NotFoundError('The cart line', { lineId: lineId.slice(0, 64) });
  if (line.sticker) {
    // Made to order: no stock to check, only the sticker tables' limits.
    checkStickerQuantity(await stickerTables(shop), quantity);
    return present(shop, await shop.data.carts.setLineQuantity(cartId, lineId, quantity, touch(shop)));
  }
  if (quantity > MAX_LINE_QUANTITY) {
    throw new ValidationError([{ path: 'quantity', message: `Too big: expected number to be <=${MAX_LINE_QUANTITY}` }]);
  }
  if (quantity > line.quantity && quantity > line.available) throw new OutOfStockError(line.variantId, line.available);
  return present(shop, await shop.data.carts.setLineQuantity(cartId, lineId, quantity, touch(shop)));
}

export async function removeLine(shop: Shop, cartId: string, lineId: string): Promise<Cart> {
  await findOpenCart(shop, cartId);
  return present(shop, await shop.data.carts.removeLine(cartId, lineId.slice(0, 64), touch(shop)));
}

export async function updateCart(shop: Shop, cartId: string, body: UpdateCartBody): Promise<Cart> {
  const snapshot = await findOpenCart(shop, cartId);
  const changes: CartChanges = {};
  if (body.country !== undefined && body.country !== snapshot.cart.country) {
    changes.country = body.country;
    // A region belongs to its country.
    changes.region = null;
  }
  const country = changes.country !== undefined ? changes.country : snapshot.cart.country;
  // Stored as tax rates key it: "Texas" becomes "TX"; a region that is not one of the country's is refused.
  if (body.region !== undefined) {
    // A region means nothing without its country: refused rather than kept unchecked.
    if (!country && body.region?.trim())
      throw new ValidationError([{ path: 'region', message: 'Choose the country before the state or region' }]);
    changes.region = normalizeRegion(country ?? '', body.region, 'region');
  }
  if (body.shippingMethod !== undefined) changes.shippingMethodId = body.shippingMethod;
  if (changes.shippingMethodId) {
    const region = changes.region !== undefined ? changes.region : snapshot.cart.region;
    const prospective = {
      ...snapshot,
      cart: { ...snapshot.cart, country, region, shippingMethodId: changes.shippingMethodId },
    };
    const priced = await priceCart(shop.data.rules, pricingInput(shop, prospective));
    if (priced.shippingMethodUnavailable) {
      throw new ShippingUnavailableError(
        country ? 'This shipping method is not available for the destination.' : 'Choose a destination country first.',
        {
          shippingMethod: changes.shippingMethodId,
          country,
          available: priced.shippingOptions.map((quote) => quote.method.id),
        },
      );
    }
  }
  return present(shop, await shop.data.carts.update(cartId, changes, touch(shop)));
}

export async function applyDiscount(shop: Shop, cartId: string, code: string): Promise<Cart> {
  const snapshot = await findOpenCart(shop, cartId);
  const discount = await shop.data.rules.discountByCode(code);
  if (!discount) throw new DiscountNotFoundError(code);
  const { lines } = await priceStickerLines(shop, snapshot.lines);
  const subtotal = lines.reduce((sum, line) => sum + (line.lineTotal ?? line.unitPrice * line.quantity), 0);
  const problem = discountProblem(discount, { subtotal, currency: snapshot.cart.currency, now: shop.now() });
  if (problem) throw problem;
  return present(shop, await shop.data.carts.update(cartId, { discountCodeId: discount.id }, touch(shop)));
}

export async function removeDiscount(shop: Shop, cartId: string): Promise<Cart> {
  await findOpenCart(shop, cartId);
  return present(shop, await shop.data.carts.update(cartId, { discountCodeId: null }, touch(shop)));
}
