import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { Address } from '../../../sdk/schemas/index.ts';
import type { UserRecord } from '../accounts.ts';
import type { CartTouch } from '../carts.ts';
import type {
  AccountTokenRecord,
  AddressRecord,
  CustomerOrderSummaryRecord,
  CustomerRepository,
  MailCount,
  TokenPurpose,
} from '../customers.ts';
import { newId } from '../ids.ts';
import type { OrderListCursor } from '../orders.ts';

type AddressRow = {
  id: string;
  user_id: string;
  address: string;
  is_default: number;
  created_at: string;
  updated_at: string;
};
type TokenRow = {
  token_hash: string;
  user_id: string;
  purpose: TokenPurpose;
  email_key: string;
  created_at: string;
  expires_at: string;
};
type OrderRow = Omit<
  CustomerOrderSummaryRecord,
  'invoice' | 'paymentStatus' | 'fulfillmentStatus' | 'itemCount' | 'createdAt' | 'paidAt'
> & {
  payment_status: CustomerOrderSummaryRecord['paymentStatus'];
  fulfillment_status: CustomerOrderSummaryRecord['fulfillmentStatus'];
  item_count: number;
  created_at: string;
  paid_at: string | null;
  invoice_number: string | null;
  invoice_issued_at: string | null;
};
type OrderParams = { userId: string; afterAt: string | null; afterId: string | null; limit: number };

function toAddress(row: AddressRow): AddressRecord {
  return {
    id: row.id,
    userId: row.user_id,
    address: JSON.parse(row.address) as Address,
    isDefault: row.is_default === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toToken(row: TokenRow): AccountTokenRecord {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    purpose: row.purpose,
    emailKey: row.email_key,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

/** Address books, mailed links, the mail throttle, customers' carts and order histories on SQLite. */
export class SqliteCustomerRepository implements CustomerRepository {
  readonly #insertCustomer: Transaction<(user: UserRecord, address: AddressRecord) => boolean>;
  readonly #setName: Statement<[string, string, string]>;
  readonly #setPassword: Transaction<(userId: string, hash: string, now: string, keep: string | null) => void>;
  readonly #verify: Transaction<(userId: string, emailKey: string, now: string) => boolean>;
  readonly #delete: Transaction<(userId: string) => void>;
  readonly #insertToken: Statement<[TokenRow]>;
  readonly #takeToken: Statement<[string, string, string], TokenRow>;
  readonly #deleteTokens: Statement<[string, string]>;
  readonly #countMail: Statement<
    [{ key: string; now: string; windowEndsAt: string }],
    { count: number; window_ends_at: string }
  >;
  readonly #addresses: Statement<[string], AddressRow>;
  readonly #insertAddress: Transaction<(record: AddressRecord, max: number) => AddressRecord | null>;
  readonly #updateAddress: Transaction<
    (
      userId: string,
      id: string,
      change: { address: Address; makeDefault: boolean; now: string },
    ) => AddressRecord | null
  >;
  readonly #deleteAddress: Transaction<(userId: string, id: string) => boolean>;
  readonly #claimCart: Transaction<
    (userId: string, guestCartId: string | null, touch: CartTouch, maxQuantity: number) => string | null
  >;
  readonly #ordersFirst: Statement<[OrderParams], OrderRow>;
  readonly #ordersAfter: Statement<[OrderParams], OrderRow>;
  readonly #purgeTokens: Statement<[string]>;
  readonly #purgeMail: Statement<[string]>;

  constructor(sqlite: Database) {
    const insertUser = sqlite.prepare(`
      INSERT INTO users (id, email, email_key, name, password_hash, role, email_verified_at, created_at, updated_at)
      VALUES (@id, @email, @emailKey, @name, @passwordHash, @role, @emailVerifiedAt, @createdAt, @updatedAt)
      ON CONFLICT (email_key) DO NOTHING`);
    const firstAddress = sqlite.prepare(`
      INSERT INTO customer_addresses (id, user_id, address, is_default, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)`);
    this.#insertCustomer = sqlite.transaction((user, address) => {
      if (insertUser.run(user).changes === 0) return false;
      firstAddress.run(address.id, user.id, JSON.stringify(address.address), address.createdAt, address.updatedAt);
      return true;
    });
    this.#setName = sqlite.prepare('UPDATE users SET name = ?, updated_at = ? WHERE id = ?');
    const setHash = sqlite.prepare('UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?');
    const signOutOthers = sqlite.prepare('DELETE FROM sessions WHERE user_id = ? AND id IS NOT ?');
    this.#setPassword = sqlite.transaction((userId, hash, now, keep) => {
      setHash.run(hash, now, userId);
      signOutOthers.run(userId, keep);
    });

    const markVerified = sqlite.prepare(`
      UPDATE users SET email_verified_at = coalesce(email_verified_at, @now), updated_at = @now
      WHERE id = @userId AND email_key = @emailKey`);
    // lower() folds ASCII only, like the emails people type at a checkout almost always are.
    const joinOrders = sqlite.prepare(`
      UPDATE orders SET user_id = @userId WHERE user_id IS NULL AND lower(trim(email)) = @emailKey`);
    this.#verify = sqlite.transaction((userId, emailKey, now) => {
      if (markVerified.run({ userId, emailKey, now }).changes === 0) return false;
      joinOrders.run({ userId, emailKey });
      return true;
    });

    const releaseOrders = sqlite.prepare('UPDATE orders SET user_id = NULL WHERE user_id = ?');
    const releaseCarts = sqlite.prepare('UPDATE carts SET user_id = NULL WHERE user_id = ?');
    const deleteUser = sqlite.prepare('DELETE FROM users WHERE id = ?');
    this.#delete = sqlite.transaction((userId) => {
      releaseOrders.run(userId);
      releaseCarts.run(userId);
      // Sessions, addresses and mailed links go with the user (ON DELETE CASCADE).
      deleteUser.run(userId);
    });

    this.#insertToken = sqlite.prepare(`
      INSERT INTO account_tokens (token_hash, user_id, purpose, email_key, created_at, expires_at)
      VALUES (@token_hash, @user_id, @purpose, @email_key, @created_at, @expires_at)`);
    this.#takeToken = sqlite.prepare(`
      DELETE FROM account_tokens WHERE token_hash = ? AND purpose = ? AND expires_at > ?
      RETURNING token_hash, user_id, purpose, email_key, created_at, expires_at`);
    this.#deleteTokens = sqlite.prepare('DELETE FROM account_tokens WHERE user_id = ? AND purpose = ?');
    this.#countMail = sqlite.prepare(`
      INSERT INTO mail_throttle (key, count, window_ends_at) VALUES (@key, 1, @windowEndsAt)
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN window_ends_at <= @now THEN 1 ELSE count + 1 END,
        window_ends_at = CASE WHEN window_ends_at <= @now THEN @windowEndsAt ELSE window_ends_at END
      RETURNING count, window_ends_at`);

    const ADDRESS_COLUMNS = 'id, user_id, address, is_default, created_at, updated_at';
    this.#addresses = sqlite.prepare(
      `SELECT ${ADDRESS_COLUMNS} FROM customer_addresses WHERE user_id = ? ORDER BY created_at, id`,
    );
    const address = sqlite.prepare<[string, string], AddressRow>(
      `SELECT ${ADDRESS_COLUMNS} FROM customer_addresses WHERE id = ? AND user_id = ?`,
    );
    const addressCount = sqlite
      .prepare<[string], number>('SELECT count(*) FROM customer_addresses WHERE user_id = ?')
      .pluck();
    const clearDefault = sqlite.prepare(
      'UPDATE customer_addresses SET is_default = 0 WHERE user_id = ? AND is_default = 1',
    );
    const insertAddress = sqlite.prepare(`
      INSERT INTO customer_addresses (id, user_id, address, is_default, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
    const updateAddress = sqlite.prepare(`
      UPDATE customer_addresses SET address = ?, is_default = max(is_default, ?), updated_at = ? WHERE id = ? AND user_id = ?`);
    const removeAddress = sqlite.prepare<[string, string], { is_default: number }>(
      'DELETE FROM customer_addresses WHERE id = ? AND user_id = ? RETURNING is_default',
    );
    const promoteNewest = sqlite.prepare(`
      UPDATE customer_addresses SET is_default = 1
      WHERE id = (SELECT id FROM customer_addresses WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT 1)`);
    this.#insertAddress = sqlite.transaction((record, max) => {
      const count = addressCount.get(record.userId) ?? 0;
      if (count >= max) return null;
      const isDefault = record.isDefault || count === 0;
      if (isDefault) clearDefault.run(record.userId);
      insertAddress.run(
        record.id,
        record.userId,
        JSON.stringify(record.address),
        isDefault ? 1 : 0,
        record.createdAt,
        record.updatedAt,
      );
      return { ...record, isDefault };
    });
    this.#updateAddress = sqlite.transaction((userId, id, change) => {
      if (!address.get(id, userId)) return null;
      if (change.makeDefault) clearDefault.run(userId);
      updateAddress.run(JSON.stringify(change.address), change.makeDefault ? 1 : 0, change.now, id, userId);
      return toAddress(address.get(id, userId) as AddressRow);
    });
    this.#deleteAddress = sqlite.transaction((userId, id) => {
      const removed = removeAddress.get(id, userId);
      if (!removed) return false;
      if (removed.is_default === 1) promoteNewest.run(userId);
      return true;
    });

    this.#claimCart = this.#cartClaim(sqlite);

    const orderSql = (after: boolean) => `
      SELECT o.id, o.number, o.status, o.payment_status, o.fulfillment_status, o.currency, o.total, o.created_at, o.paid_at,
        (SELECT coalesce(sum(l.quantity), 0) FROM order_lines l WHERE l.order_id = o.id) AS item_count,
        i.number AS invoice_number, i.issued_at AS invoice_issued_at
      FROM orders o LEFT JOIN invoices i ON i.order_id = o.id
      WHERE o.user_id = @userId
        ${after ? 'AND (o.created_at < @afterAt OR (o.created_at = @afterAt AND o.id < @afterId))' : ''}
      ORDER BY o.created_at DESC, o.id DESC
      LIMIT @limit`;
    this.#ordersFirst = sqlite.prepare(orderSql(false));
    this.#ordersAfter = sqlite.prepare(orderSql(true));
    this.#purgeTokens = sqlite.prepare('DELETE FROM account_tokens WHERE expires_at <= ?');
    this.#purgeMail = sqlite.prepare('DELETE FROM mail_throttle WHERE window_ends_at <= ?');
  }

  #cartClaim(
    sqlite: Database,
  ): Transaction<(userId: string, guestCartId: string | null, touch: CartTouch, maxQuantity: number) => string | null> {
    const accountCart = sqlite
      .prepare<[string, string], string>(
        `
      SELECT id FROM carts WHERE user_id = ? AND completed_order_id IS NULL AND expires_at > ?
      ORDER BY updated_at DESC, id DESC LIMIT 1`,
      )
      .pluck();
    const guestCart = sqlite
      .prepare<[{ id: string; userId: string; now: string }], string>(
        `
      SELECT id FROM carts WHERE id = @id AND completed_order_id IS NULL AND expires_at > @now AND (user_id IS NULL OR user_id = @userId)`,
      )
      .pluck();
    const standardLines = sqlite.prepare<[string], { variant_id: string; quantity: number }>(
      'SELECT variant_id, quantity FROM cart_lines WHERE cart_id = ? AND sticker IS NULL ORDER BY seq',
    );
    const addLine = sqlite.prepare<[string, string, string, number, number]>(`
      INSERT INTO cart_lines (id, cart_id, variant_id, quantity) VALUES (?, ?, ?, ?)
      ON CONFLICT (cart_id, variant_id) WHERE sticker IS NULL DO UPDATE SET quantity = min(quantity + excluded.quantity, ?)`);
    // A design belongs to the cart it was uploaded from: it moves with its line.
    const moveStickerLines = sqlite.prepare(
      'UPDATE cart_lines SET cart_id = ? WHERE cart_id = ? AND sticker IS NOT NULL',
    );
    const moveUploads = sqlite.prepare('UPDATE uploads SET cart_id = ? WHERE cart_id = ?');
    const deleteCart = sqlite.prepare('DELETE FROM carts WHERE id = ?');
    const own = sqlite.prepare(`
      UPDATE carts SET user_id = @userId, version = version + 1, updated_at = @now, expires_at = @expiresAt WHERE id = @id`);
    return sqlite.transaction((userId, guestCartId, touch, maxQuantity) => {
      const mine = accountCart.get(userId, touch.now) ?? null;
      const guest = guestCartId ? (guestCart.get({ id: guestCartId, userId, now: touch.now }) ?? null) : null;
      if (!guest) return mine;
      if (mine && mine !== guest) {
        for (const line of standardLines.all(mine)) {
          addLine.run(newId('line'), guest, line.variant_id, Math.min(line.quantity, maxQuantity), maxQuantity);
        }
        moveStickerLines.run(guest, mine);
        moveUploads.run(guest, mine);
        deleteCart.run(mine);
      }
      own.run({ userId, id: guest, now: touch.now, expiresAt: touch.expiresAt });
      return guest;
    });
  }

  async insertCustomer(user: UserRecord, address: AddressRecord): Promise<boolean> {
    return this.#insertCustomer(user, address);
  }

  async setName(userId: string, name: string, now: string): Promise<void> {
    this.#setName.run(name, now, userId);
  }

  async setPassword(userId: string, passwordHash: string, now: string, keepSessionId: string | null): Promise<void> {
    this.#setPassword(userId, passwordHash, now, keepSessionId);
  }

  async verifyEmail(userId: string, emailKey: string, now: string): Promise<boolean> {
    return this.#verify(userId, emailKey, now);
  }

  async deleteAccount(userId: string): Promise<void> {
    this.#delete(userId);
  }

  async insertToken(token: AccountTokenRecord): Promise<void> {
    this.#insertToken.run({
      token_hash: token.tokenHash,
      user_id: token.userId,
      purpose: token.purpose,
      email_key: token.emailKey,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
    });
  }

  async takeToken(tokenHash: string, purpose: TokenPurpose, now: string): Promise<AccountTokenRecord | null> {
    const row = this.#takeToken.get(tokenHash, purpose, now);
    return row ? toToken(row) : null;
  }

  async deleteTokens(userId: string, purpose: TokenPurpose): Promise<void> {
    this.#deleteTokens.run(userId, purpose);
  }

  async countMail(key: string, now: string, windowEndsAt: string): Promise<MailCount> {
    const row = this.#countMail.get({ key, now, windowEndsAt }) as { count: number; window_ends_at: string };
    return { count: row.count, windowEndsAt: row.window_ends_at };
  }

  async listAddresses(userId: string): Promise<AddressRecord[]> {
    return this.#addresses.all(userId).map(toAddress);
  }

  async insertAddress(record: AddressRecord, max: number): Promise<AddressRecord | null> {
    return this.#insertAddress(record, max);
  }

  async updateAddress(
    userId: string,
    id: string,
    change: { address: Address; makeDefault: boolean; now: string },
  ): Promise<AddressRecord | null> {
    return this.#updateAddress(userId, id, change);
  }

  async deleteAddress(userId: string, id: string): Promise<boolean> {
    return this.#deleteAddress(userId, id);
  }

  async claimCart(
    userId: string,
    guestCartId: string | null,
    touch: CartTouch,
    maxQuantity: number,
  ): Promise<string | null> {
    // IMMEDIATE: two tabs signing in at once merge one after the other.
    return this.#claimCart.immediate(userId, guestCartId, touch, maxQuantity);
  }

  async listOrders(
    userId: string,
    after: OrderListCursor | null,
    limit: number,
  ): Promise<CustomerOrderSummaryRecord[]> {
    const params = { userId, afterAt: after?.createdAt ?? null, afterId: after?.id ?? null, limit };
    return (after ? this.#ordersAfter : this.#ordersFirst).all(params).map((row) => ({
      id: row.id,
      number: row.number,
      status: row.status,
      paymentStatus: row.payment_status,
      fulfillmentStatus: row.fulfillment_status,
      currency: row.currency,
      total: row.total,
      itemCount: row.item_count,
      createdAt: row.created_at,
      paidAt: row.paid_at,
      invoice:
        row.invoice_number && row.invoice_issued_at
          ? { number: row.invoice_number, issuedAt: row.invoice_issued_at }
          : null,
    }));
  }

  async purge(now: string): Promise<void> {
    this.#purgeTokens.run(now);
    this.#purgeMail.run(now);
  }
}
