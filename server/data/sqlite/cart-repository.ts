import type { Database, Statement } from 'better-sqlite3';
import type { ProductKind, StickerSpec } from '../../../sdk/schemas/index.ts';
import { CartCompletedError, CartNotFoundError } from '../../carts/errors.ts';
import { NotFoundError } from '../../errors.ts';
import type {
  CartChanges,
  CartLineRecord,
  CartRecord,
  CartRepository,
  CartSnapshot,
  CartTouch,
  LineAdjustment,
  NewCart,
  NewStickerLine,
  VariantAvailability,
} from '../carts.ts';
import { newId } from '../ids.ts';

type CartRow = {
  id: string;
  currency: string;
  country: string | null;
  region: string | null;
  shipping_method_id: string | null;
  discount_code_id: string | null;
  completed_order_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  expires_at: string;
};

type LineRow = {
  id: string;
  variant_id: string;
  quantity: number;
  product_id: string;
  handle: string;
  kind: ProductKind;
  title: string;
  variant_title: string;
  sku: string;
  price: number;
  weight_grams: number;
  available: number;
  image_url: string | null;
  image_alt: string | null;
  image_width: number | null;
  image_height: number | null;
  upload_id: string | null;
  sticker: string | null;
  sticker_price_version: number | null;
};

function toCart(row: CartRow): CartRecord {
  return {
    id: row.id,
    currency: row.currency,
    country: row.country,
    region: row.region,
    shippingMethodId: row.shipping_method_id,
    discountCodeId: row.discount_code_id,
    completedOrderId: row.completed_order_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
  };
}

function toLine(row: LineRow): CartLineRecord {
  return {
    id: row.id,
    variantId: row.variant_id,
    quantity: row.quantity,
    productId: row.product_id,
    productHandle: row.handle,
    kind: row.kind,
    productTitle: row.title,
    variantTitle: row.variant_title,
    sku: row.sku,
    image:
      row.image_url === null
        ? null
        : { url: row.image_url, alt: row.image_alt ?? '', width: row.image_width ?? 0, height: row.image_height ?? 0 },
    unitPrice: row.price,
    weightGrams: row.weight_grams,
    available: row.available,
    sticker:
      row.upload_id !== null && row.sticker !== null
        ? {
            uploadId: row.upload_id,
            spec: JSON.parse(row.sticker) as StickerSpec,
            priceVersion: row.sticker_price_version,
          }
        : null,
  };
}

type ChangeParams = {
  id: string;
  setCountry: number;
  country: string | null;
  setRegion: number;
  region: string | null;
  setShipping: number;
  shippingMethodId: string | null;
  setDiscount: number;
  discountCodeId: string | null;
};

/** Carts on SQLite. Statements are prepared once; each change is one transaction. */
export class SqliteCartRepository implements CartRepository {
  readonly #cart: Statement<[string], CartRow>;
  readonly #lines: Statement<[string], LineRow>;
  readonly #insert: Statement<
    [{ id: string; currency: string; country: string | null; now: string; expiresAt: string }]
  >;
  readonly #claim: Statement<[{ id: string; now: string; expiresAt: string }]>;
  readonly #variant: Statement<[string], { available: number; kind: ProductKind; tags: string }>;
  readonly #upsertLine: Statement<[string, string, string, number]>;
  readonly #insertStickerLine: Statement<[string, string, string, number, string, string, number]>;
  readonly #setLine: Statement<[number, string, string]>;
  readonly #deleteLine: Statement<[string, string]>;
  readonly #change: Statement<[ChangeParams]>;
  readonly #purge: Statement<[string]>;
  readonly #read: (id: string) => CartSnapshot | null;
  /** Claims the open cart, applies `change`, and answers the cart afterwards: one transaction. */
  readonly #write: (id: string, touch: CartTouch, change: () => void) => CartSnapshot;

  constructor(sqlite: Database) {
    this.#cart = sqlite.prepare(`
      SELECT id, currency, country, region, shipping_method_id, discount_code_id, completed_order_id, version,
        created_at, updated_at, expires_at
      FROM carts WHERE id = ?`);
    this.#lines = sqlite.prepare(`
      SELECT l.id, l.variant_id, l.quantity, v.product_id, p.handle, p.kind, p.title, v.title AS variant_title, v.sku,
        v.price, v.weight_grams, v.stocked - v.reserved AS available,
        i.url AS image_url, i.alt AS image_alt, i.width AS image_width, i.height AS image_height, l.upload_id, l.sticker,
        l.sticker_price_version
      FROM cart_lines l
      JOIN variants v ON v.id = l.variant_id
      JOIN products p ON p.id = v.product_id
      -- The picture of the variant chosen (Oatmeal, not the product's first, Navy), else the product's first.
      LEFT JOIN product_images i ON i.product_id = p.id AND i.position = COALESCE(v.image_index, 0)
      WHERE l.cart_id = ? ORDER BY l.seq`);
    this.#insert = sqlite.prepare(`
      INSERT INTO carts (id, currency, country, created_at, updated_at, expires_at)
      VALUES (@id, @currency, @country, @now, @now, @expiresAt)`);
    this.#claim = sqlite.prepare(`
      UPDATE carts SET version = version + 1, updated_at = @now, expires_at = @expiresAt
      WHERE id = @id AND completed_order_id IS NULL AND expires_at > @now`);
    this.#variant = sqlite.prepare(
      "SELECT v.stocked - v.reserved AS available, p.kind, p.tags FROM variants v JOIN products p ON p.id = v.product_id WHERE v.id = ? AND p.status = 'active'",
    );
    this.#upsertLine = sqlite.prepare(`
      INSERT INTO cart_lines (id, cart_id, variant_id, quantity) VALUES (?, ?, ?, ?)
      ON CONFLICT (cart_id, variant_id) WHERE sticker IS NULL DO UPDATE SET quantity = excluded.quantity`);
    this.#insertStickerLine = sqlite.prepare(
      'INSERT INTO cart_lines (id, cart_id, variant_id, quantity, upload_id, sticker, sticker_price_version) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.#setLine = sqlite.prepare('UPDATE cart_lines SET quantity = ? WHERE id = ? AND cart_id = ?');
    this.#deleteLine = sqlite.prepare('DELETE FROM cart_lines WHERE id = ? AND cart_id = ?');
    // One statement for any combination of fields: a flag says which ones the caller changes.
    this.#change = sqlite.prepare(`
      UPDATE carts SET
        country = CASE WHEN @setCountry THEN @country ELSE country END,
        region = CASE WHEN @setRegion THEN @region ELSE region END,
        shipping_method_id = CASE WHEN @setShipping THEN @shippingMethodId ELSE shipping_method_id END,
        discount_code_id = CASE WHEN @setDiscount THEN @discountCodeId ELSE discount_code_id END
      WHERE id = @id`);
    this.#purge = sqlite.prepare('DELETE FROM carts WHERE expires_at <= ?');

    const snapshot = (id: string): CartSnapshot | null => {
      const row = this.#cart.get(id);
      return row ? { cart: toCart(row), lines: this.#lines.all(id).map(toLine) } : null;
    };
    // Read in one transaction, so the cart and its lines come from the same moment.
    this.#read = sqlite.transaction(snapshot);
    this.#write = sqlite.transaction((id: string, touch: CartTouch, change: () => void) => {
      if (this.#claim.run({ id, now: touch.now, expiresAt: touch.expiresAt }).changes === 0) {
        const row = this.#cart.get(id);
        if (row?.completed_order_id) throw new CartCompletedError(row.completed_order_id);
        throw new CartNotFoundError();
      }
      change();
      return snapshot(id) as CartSnapshot;
    });
  }

  async create(cart: NewCart): Promise<CartSnapshot> {
    this.#insert.run({
      id: cart.id,
      currency: cart.currency,
      country: cart.country,
      now: cart.touch.now,
      expiresAt: cart.touch.expiresAt,
    });
    return this.#read(cart.id) as CartSnapshot;
  }

  async find(id: string, now: string): Promise<CartSnapshot | null> {
    const found = this.#read(id);
    return found && found.cart.expiresAt > now ? found : null;
  }

  async variantAvailability(variantId: string): Promise<VariantAvailability | null> {
    const row = this.#variant.get(variantId);
    return row ? { ...row, tags: JSON.parse(row.tags) as string[] } : null;
  }

  async setVariantQuantity(
    cartId: string,
    variantId: string,
    quantity: number,
    touch: CartTouch,
  ): Promise<CartSnapshot> {
    return this.#write(cartId, touch, () => {
      this.#upsertLine.run(newId('line'), cartId, variantId, quantity);
    });
  }

  async addStickerLine(cartId: string, line: NewStickerLine, touch: CartTouch): Promise<CartSnapshot> {
    return this.#write(cartId, touch, () => {
      this.#insertStickerLine.run(
        newId('line'),
        cartId,
        line.variantId,
        line.quantity,
        line.uploadId,
        JSON.stringify(line.spec),
        line.priceVersion,
      );
    });
  }

  async setLineQuantity(cartId: string, lineId: string, quantity: number, touch: CartTouch): Promise<CartSnapshot> {
    return this.#write(cartId, touch, () => {
      if (this.#setLine.run(quantity, lineId, cartId).changes === 0)
        throw new NotFoundError('The cart line', { lineId });
    });
  }

  async removeLine(cartId: string, lineId: string, touch: CartTouch): Promise<CartSnapshot> {
    return this.#write(cartId, touch, () => {
      if (this.#deleteLine.run(lineId, cartId).changes === 0) throw new NotFoundError('The cart line', { lineId });
    });
  }

  async update(cartId: string, changes: CartChanges, touch: CartTouch): Promise<CartSnapshot> {
    return this.#write(cartId, touch, () => {
      this.#change.run({
        id: cartId,
        setCountry: 'country' in changes ? 1 : 0,
        country: changes.country ?? null,
        setRegion: 'region' in changes ? 1 : 0,
        region: changes.region ?? null,
        setShipping: 'shippingMethodId' in changes ? 1 : 0,
        shippingMethodId: changes.shippingMethodId ?? null,
        setDiscount: 'discountCodeId' in changes ? 1 : 0,
        discountCodeId: changes.discountCodeId ?? null,
      });
    });
  }

  async adjustLines(cartId: string, adjustments: LineAdjustment[], touch: CartTouch): Promise<CartSnapshot> {
    return this.#write(cartId, touch, () => {
      for (const { lineId, quantity } of adjustments) {
        if (quantity > 0) this.#setLine.run(quantity, lineId, cartId);
        else this.#deleteLine.run(lineId, cartId);
      }
    });
  }

  async purgeExpired(now: string): Promise<number> {
    return this.#purge.run(now).changes;
  }
}
