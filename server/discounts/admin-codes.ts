import type {
  AdminDiscountCode,
  AdminDiscountCodeList,
  AdminDiscountCodeQuery,
  CreateDiscountCodeBody,
  DiscountStatus,
  FieldIssue,
  UpdateDiscountCodeBody,
} from '../../sdk/schemas/index.ts';
import { decodeCursor, encodeCursor, type CursorScope } from '../data/cursor.ts';
import type { AdminEdit, DiscountCodeRecord, NewDiscountCodeRecord } from '../data/rules-admin.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { Shop } from '../shop/shop.ts';

/**
 * The admin's discount codes. A change counts from the next price the server makes: a disabled, expired or
 * used-up code is refused when a shopper enters it and drops off a cart that holds it (see evaluate.ts).
 */

export function discountStatus(code: DiscountCodeRecord, now: string): DiscountStatus {
  if (!code.active) return 'disabled';
  if (code.endsAt !== null && now >= code.endsAt) return 'expired';
  if (code.startsAt !== null && now < code.startsAt) return 'scheduled';
  if (code.usageLimit !== null && code.timesUsed >= code.usageLimit) return 'used_up';
  return 'active';
}

function toAdminCode(shop: Shop, code: DiscountCodeRecord): AdminDiscountCode {
  return {
    ...code,
    currency: shop.settings.currency,
    status: discountStatus(code, shop.now().toISOString()),
  };
}

/** Instants are kept as UTC `toISOString()` text, which is how the code's checks compare them. */
const utc = (instant: string | null | undefined) => (instant ? new Date(instant).toISOString() : null);

/** What the wire schema cannot check alone: the value fits the kind, and the end comes after the start. */
function checkCode(code: NewDiscountCodeRecord): void {
  const issues: FieldIssue[] = [];
  if (code.kind === 'percentage' && (code.value < 1 || code.value > 10_000)) {
    issues.push({ path: 'value', message: 'A percentage is 1 to 10000 basis points (10000 = 100 %)' });
  }
  if (code.kind === 'fixed_amount' && code.value < 1) {
    issues.push({ path: 'value', message: 'A fixed amount takes at least 1 minor unit off' });
  }
  if (code.kind === 'free_shipping' && code.value !== 0) {
    issues.push({ path: 'value', message: 'A free-shipping code has no value: send 0 or leave it out' });
  }
  if (code.startsAt !== null && code.endsAt !== null && code.endsAt <= code.startsAt) {
    issues.push({ path: 'endsAt', message: 'must be after startsAt' });
  }
  if (issues.length > 0) throw new ValidationError(issues, issues[0]?.message);
}

export async function listCodes(shop: Shop, query: AdminDiscountCodeQuery): Promise<AdminDiscountCodeList> {
  const filter = { search: query.q || null, active: query.active ?? null };
  const scope: CursorScope = { sort: 'admin_discount_codes', q: JSON.stringify([filter.search, filter.active]) };
  const after = query.cursor ? decodeCursor(query.cursor, scope, 'string') : null;
  // One more than asked says whether another page follows.
  const rows = await shop.data.rules.listDiscountCodes(
    filter,
    after ? { createdAt: String(after.key), id: after.id } : null,
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((code) => toAdminCode(shop, code)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(scope, { key: last.createdAt, id: last.id }) : null,
  };
}

async function findCode(shop: Shop, id: string): Promise<DiscountCodeRecord> {
  const code = await shop.data.rules.findDiscountCode(id);
  if (!code) throw new NotFoundError('The discount code');
  return code;
}

export async function readCode(shop: Shop, id: string): Promise<AdminDiscountCode> {
  return toAdminCode(shop, await findCode(shop, id));
}

export async function createCode(
  shop: Shop,
  body: CreateDiscountCodeBody,
  edit: AdminEdit,
): Promise<AdminDiscountCode> {
  const code: NewDiscountCodeRecord = {
    code: body.code,
    kind: body.kind,
    value: body.value ?? 0,
    description: body.description ?? '',
    minSubtotal: body.minSubtotal ?? 0,
    startsAt: utc(body.startsAt),
    endsAt: utc(body.endsAt),
    usageLimit: body.usageLimit ?? null,
    oncePerCustomer: body.oncePerCustomer ?? false,
    active: body.active ?? true,
  };
  checkCode(code);
  return toAdminCode(shop, await shop.data.rules.createDiscountCode(code, edit));
}

/**
 * The code as read, with the fields sent changed, written only if no one changed it since `version` (the
 * repository's conditional update); its use count is the redemptions' and never written here.
 */
export async function updateCode(
  shop: Shop,
  id: string,
  { version, ...change }: UpdateDiscountCodeBody,
  edit: AdminEdit,
): Promise<AdminDiscountCode> {
  const {
    id: _id,
    timesUsed: _timesUsed,
    createdAt: _createdAt,
    version: _version,
    ...current
  } = await findCode(shop, id);
  const code: NewDiscountCodeRecord = {
    ...current,
    ...Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)),
    startsAt: change.startsAt === undefined ? current.startsAt : utc(change.startsAt),
    endsAt: change.endsAt === undefined ? current.endsAt : utc(change.endsAt),
  };
  checkCode(code);
  return toAdminCode(shop, await shop.data.rules.updateDiscountCode(id, version, code, edit));
}
