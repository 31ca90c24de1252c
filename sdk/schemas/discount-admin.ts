import * as z from 'zod/mini';
import { printable } from './address.ts';
import { EditVersion } from './audit.ts';
import { DISCOUNT_KINDS } from './cart.ts';
import { listOf, MAX_PAGE_SIZE } from './list.ts';
import { wholeNumber, withoutBlanks } from './product-query.ts';

/** Where a code stands now: what a shopper who enters it would be told, at a glance. */
export const DISCOUNT_STATUSES = ['active', 'disabled', 'scheduled', 'expired', 'used_up'] as const;
export const DiscountStatus = z.enum(DISCOUNT_STATUSES);
export type DiscountStatus = z.infer<typeof DiscountStatus>;

/** A discount code as the shop's admin sees it. Amounts are minor units of `currency`. */
export const AdminDiscountCode = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(DISCOUNT_KINDS),
  /** Percentage: basis points (1000 = 10 %). Fixed amount: minor units. Free shipping: 0. */
  value: z.number().check(z.int()),
  description: z.string(),
  minSubtotal: z.number().check(z.int()),
  currency: z.string(),
  startsAt: z.nullable(z.string()),
  endsAt: z.nullable(z.string()),
  usageLimit: z.nullable(z.number().check(z.int())),
  /** Orders that used it, counting those waiting for payment (a failed or expired payment gives the use back). */
  timesUsed: z.number().check(z.int()),
  oncePerCustomer: z.boolean(),
  active: z.boolean(),
  status: DiscountStatus,
  createdAt: z.string(),
  version: z.number().check(z.int()),
});
export type AdminDiscountCode = z.infer<typeof AdminDiscountCode>;

export const AdminDiscountCodeList = listOf(AdminDiscountCode);
export type AdminDiscountCodeList = z.infer<typeof AdminDiscountCodeList>;

export const AdminDiscountCodeQuery = z.pipe(
  z.transform(withoutBlanks),
  z.strictObject({
    q: z.optional(z.string().check(z.trim(), z.maxLength(64), printable())),
    active: z.optional(z.stringbool()),
    limit: z.prefault(wholeNumber(1, MAX_PAGE_SIZE), 25),
    cursor: z.optional(z.string().check(z.maxLength(512))),
  }),
);
export type AdminDiscountCodeQuery = z.infer<typeof AdminDiscountCodeQuery>;
export type AdminDiscountCodeParams = { q?: string; active?: boolean; limit?: number; cursor?: string };

const Amount = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000_000));
const Instant = z.nullable(z.iso.datetime({ offset: true }));

const codeFields = {
  /** What shoppers type; matched in any case, unique in any case. */
  code: z
    .string()
    .check(z.trim(), z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/, 'must be 3 to 32 letters, digits, - or _')),
  kind: z.enum(DISCOUNT_KINDS),
  value: Amount,
  description: z.string().check(z.trim(), z.maxLength(200), printable()),
  minSubtotal: Amount,
  /** From (inclusive) and until (exclusive), ISO 8601; null: no bound. */
  startsAt: Instant,
  endsAt: Instant,
  /** Uses allowed in all; null: unlimited. */
  usageLimit: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(100_000_000))),
  oncePerCustomer: z.boolean(),
  active: z.boolean(),
};

/** `POST /api/admin/discount-codes`: `code`, `kind` and (but for free shipping) `value` are needed. */
export const CreateDiscountCodeBody = z.strictObject({
  code: codeFields.code,
  kind: codeFields.kind,
  value: z.optional(codeFields.value),
  description: z.optional(codeFields.description),
  minSubtotal: z.optional(codeFields.minSubtotal),
  startsAt: z.optional(codeFields.startsAt),
  endsAt: z.optional(codeFields.endsAt),
  usageLimit: z.optional(codeFields.usageLimit),
  oncePerCustomer: z.optional(codeFields.oncePerCustomer),
  active: z.optional(codeFields.active),
});
export type CreateDiscountCodeBody = z.infer<typeof CreateDiscountCodeBody>;

/** `PATCH /api/admin/discount-codes/{id}`: the version read and the fields to change; `active` enables or disables. */
export const UpdateDiscountCodeBody = z.strictObject({
  version: EditVersion,
  ...z.partial(z.object(codeFields)).shape,
});
export type UpdateDiscountCodeBody = z.infer<typeof UpdateDiscountCodeBody>;
