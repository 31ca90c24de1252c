import * as z from 'zod/mini';
import { Address, Email, printable } from './address.ts';
import { Cart } from './cart.ts';
import { listOf } from './list.ts';
import { Money } from './money.ts';
import { FulfillmentStatus, Order, OrderStatus, PaymentStatus } from './order.ts';
import { Shipment } from './shipment.ts';

/** A customer shops and sees their own orders; an admin runs the store (every `/api/admin/*` route). */
export const USER_ROLES = ['customer', 'admin'] as const;
export const UserRole = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof UserRole>;

/** The signed-in person, as `GET /api/account` answers. The password never leaves the server. */
export const Account = z.object({
  id: z.string(),
  email: z.string(),
  name: z.nullable(z.string()),
  role: UserRole,
  /** Whether the person opened the link mailed to `email`; past guest orders with the email join the account then. */
  emailVerified: z.boolean(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof Account>;

/** `POST /api/sessions`: sign in with email and password. */
export const SignInBody = z.object({
  email: Email,
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
});
export type SignInBody = z.infer<typeof SignInBody>;

/**
 * Answer of a sign-in: an opaque bearer token (sent as `Authorization: Bearer <token>`, stored hashed
 * on the server) and when it stops working.
 */
export const AccountSession = z.object({
  token: z.string(),
  expiresAt: z.string(),
  account: Account,
});
export type AccountSession = z.infer<typeof AccountSession>;

/** The shortest password a customer may choose; admins need more (see the server's configuration). */
export const MIN_PASSWORD_LENGTH = 10;
const NewPassword = z.string().check(z.minLength(MIN_PASSWORD_LENGTH), z.maxLength(1024));
const PersonName = z.string().check(z.trim(), z.minLength(1), z.maxLength(120), printable());

/** `POST /api/accounts`: a new customer with their default address. The answer never says whether the email had an account. */
export const SignUpBody = z.object({
  name: PersonName,
  email: Email,
  password: NewPassword,
  address: Address,
});
export type SignUpBody = z.infer<typeof SignUpBody>;

/** A request the server took without saying more (sign-up, a reset link): "check your inbox". */
export const Accepted = z.object({ message: z.string() });
export type Accepted = z.infer<typeof Accepted>;

/** A single-use token from a link the shop mailed. */
const MailedToken = z.string().check(z.minLength(1), z.maxLength(200));

export const VerifyEmailBody = z.object({ token: MailedToken });
export type VerifyEmailBody = z.infer<typeof VerifyEmailBody>;

export const PasswordResetRequestBody = z.object({ email: Email });
export type PasswordResetRequestBody = z.infer<typeof PasswordResetRequestBody>;

export const PasswordResetBody = z.object({ token: MailedToken, password: NewPassword });
export type PasswordResetBody = z.infer<typeof PasswordResetBody>;

export const ChangePasswordBody = z.object({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(1024)),
  newPassword: NewPassword,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const UpdateProfileBody = z.object({ name: PersonName });
export type UpdateProfileBody = z.infer<typeof UpdateProfileBody>;

/** Deleting an account asks for its password again: a token left on a shared computer must not be enough. */
export const DeleteAccountBody = z.object({ password: z.string().check(z.minLength(1), z.maxLength(1024)) });
export type DeleteAccountBody = z.infer<typeof DeleteAccountBody>;

/** An address in the customer's book; the default one is what checkout fills in. */
export const SavedAddress = z.object({
  id: z.string(),
  address: Address,
  isDefault: z.boolean(),
  createdAt: z.string(),
});
export type SavedAddress = z.infer<typeof SavedAddress>;

export const SavedAddressList = z.object({ items: z.array(SavedAddress) });
export type SavedAddressList = z.infer<typeof SavedAddressList>;

/** Adds or replaces an address; `isDefault: true` makes it the default (the first address always is). */
export const SaveAddressBody = z.object({ address: Address, isDefault: z.optional(z.boolean()) });
export type SaveAddressBody = z.infer<typeof SaveAddressBody>;

/** `POST /api/account/cart`: the browser's guest cart (if any), to become or join the customer's cart. */
export const ClaimCartBody = z.object({ cartId: z.nullable(z.string().check(z.maxLength(64))) });
export type ClaimCartBody = z.infer<typeof ClaimCartBody>;

/** The customer's cart after a claim; null when they have none. */
export const AccountCart = z.object({ cart: z.nullable(Cart) });
export type AccountCart = z.infer<typeof AccountCart>;

/** An invoice: its number from the shop's gap-free sequence and the day it was issued (when the order was paid). */
export const InvoiceRef = z.object({ number: z.string(), issuedAt: z.string() });
export type InvoiceRef = z.infer<typeof InvoiceRef>;

/** One order in the customer's history. */
export const AccountOrderSummary = z.object({
  id: z.string(),
  number: z.string(),
  status: OrderStatus,
  paymentStatus: PaymentStatus,
  fulfillmentStatus: FulfillmentStatus,
  total: Money,
  itemCount: z.number(),
  createdAt: z.string(),
  paidAt: z.nullable(z.string()),
  invoice: z.nullable(InvoiceRef),
});
export type AccountOrderSummary = z.infer<typeof AccountOrderSummary>;

export const AccountOrderList = listOf(AccountOrderSummary);
export type AccountOrderList = z.infer<typeof AccountOrderList>;

export const AccountOrderQuery = z.object({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50))),
  cursor: z.optional(z.string().check(z.maxLength(500))),
});
export type AccountOrderQuery = z.infer<typeof AccountOrderQuery>;

/** An order of the signed-in customer: the order, its invoice once paid, and its parcels (cancelled ones left out). */
export const AccountOrder = z.extend(Order, { invoice: z.nullable(InvoiceRef), shipments: z.array(Shipment) });
export type AccountOrder = z.infer<typeof AccountOrder>;
