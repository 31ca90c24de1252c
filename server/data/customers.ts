import type { Address, FulfillmentStatus, OrderStatus, PaymentStatus } from '../../sdk/schemas/index.ts';
import type { UserRecord } from './accounts.ts';
import type { CartTouch } from './carts.ts';
import type { InvoiceRecord, OrderListCursor } from './orders.ts';

/** What a customer account owns besides its sign-in: addresses, mailed links, its cart and its orders. */

export type AddressRecord = {
  id: string;
  userId: string;
  address: Address;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
};

export type TokenPurpose = 'verify_email' | 'reset_password';

export type AccountTokenRecord = {
  /** SHA-256 of the token in the mailed link. */
  tokenHash: string;
  userId: string;
  purpose: TokenPurpose;
  /** The email the link was mailed to, trimmed and lowercased. */
  emailKey: string;
  createdAt: string;
  expiresAt: string;
};

export type CustomerOrderSummaryRecord = {
  id: string;
  number: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  fulfillmentStatus: FulfillmentStatus;
  currency: string;
  total: number;
  itemCount: number;
  createdAt: string;
  paidAt: string | null;
  invoice: InvoiceRecord | null;
};

/** A mail throttle's count in its window: refused once `count` passes the limit, until `windowEndsAt`. */
export type MailCount = { count: number; windowEndsAt: string };

export interface CustomerRepository {
  /** A new customer and their first (default) address, in one transaction; false when the email key is taken. */
  insertCustomer(user: UserRecord, address: AddressRecord): Promise<boolean>;
  setName(userId: string, name: string, now: string): Promise<void>;
  /** Sets the password hash and signs out every session but `keepSessionId` (none when null), in one transaction. */
  setPassword(userId: string, passwordHash: string, now: string, keepSessionId: string | null): Promise<void>;
  /**
   * Marks the account's email verified when it is still `emailKey`, and gives it the guest orders placed
   * with that email: one transaction. Answers false (doing nothing) when the account's email has changed.
   */
  verifyEmail(userId: string, emailKey: string, now: string): Promise<boolean>;
  /**
   * Removes the account, its sessions, addresses and links; its orders stay for the shop's books without
   * the link to the account, its carts become guest carts. One transaction.
   */
  deleteAccount(userId: string): Promise<void>;

  insertToken(token: AccountTokenRecord): Promise<void>;
  /** Deletes and answers the unexpired token of this hash and purpose: each link works once. */
  takeToken(tokenHash: string, purpose: TokenPurpose, now: string): Promise<AccountTokenRecord | null>;
  /** Forgets every link of a purpose for the account (the password was reset: other reset links die). */
  deleteTokens(userId: string, purpose: TokenPurpose): Promise<void>;

  /** Counts one mail for `key`, in a window that ends at `windowEndsAt` when a new one starts: one atomic upsert. */
  countMail(key: string, now: string, windowEndsAt: string): Promise<MailCount>;

  listAddresses(userId: string): Promise<AddressRecord[]>;
  /**
   * Adds an address; it becomes the default when asked or when it is the first. Answers null when the book
   * already holds `max` addresses.
   */
  insertAddress(record: AddressRecord, max: number): Promise<AddressRecord | null>;
  /** Replaces the customer's address `id`; null when they have none by that id. */
  updateAddress(
    userId: string,
    id: string,
    change: { address: Address; makeDefault: boolean; now: string },
  ): Promise<AddressRecord | null>;
  /** Removes it; when it was the default, the newest remaining address becomes the default. False when there was none. */
  deleteAddress(userId: string, id: string): Promise<boolean>;

  /**
   * Makes the guest cart `guestCartId` (when open, unexpired and no other customer's) the customer's cart,
   * moving in the lines of the open cart the account had (quantities of the same item added up to `maxQuantity`),
   * which then goes. Without a guest cart, answers the account's open cart. One transaction; null when neither exists.
   */
  claimCart(userId: string, guestCartId: string | null, touch: CartTouch, maxQuantity: number): Promise<string | null>;

  /** The customer's orders, newest first (by created time, then id), after `after`. */
  listOrders(userId: string, after: OrderListCursor | null, limit: number): Promise<CustomerOrderSummaryRecord[]>;
  /** Forgets expired links and mail throttle windows that ended before `now`. */
  purge(now: string): Promise<void>;
}
