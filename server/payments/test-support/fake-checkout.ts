import { randomBytes } from 'node:crypto';
import { onlyKnown, read, required, StripeParamError, type FormObject } from './stripe-form.ts';

/**
 * The fake's Checkout objects: built from the params the `stripe` package sends and priced the way
 * Stripe prices them (line items, minus an amount-off coupon that never exceeds them, plus the first
 * fixed-amount shipping option), in the field names and shapes of Stripe's API.
 */

export const fakeId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

export type FakeCoupon = {
  id: string;
  object: 'coupon';
  amount_off: number | null;
  percent_off: number | null;
  currency: string | null;
  duration: string;
  max_redemptions: number | null;
  name: string | null;
  metadata: Record<string, string>;
  times_redeemed: number;
  valid: boolean;
  created: number;
  livemode: false;
};

export type FakeCheckoutSession = {
  id: string;
  object: 'checkout.session';
  mode: string;
  status: 'open' | 'complete' | 'expired';
  payment_status: 'paid' | 'unpaid' | 'no_payment_required';
  currency: string;
  amount_subtotal: number;
  amount_total: number;
  total_details: { amount_discount: number; amount_shipping: number; amount_tax: number };
  shipping_cost: { amount_subtotal: number; amount_tax: number; amount_total: number; shipping_rate: string } | null;
  discounts: { coupon: string }[];
  customer_email: string | null;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  ui_mode: 'hosted_page' | 'embedded_page';
  success_url: string | null;
  cancel_url: string | null;
  return_url: string | null;
  /** Embedded sessions only: what Stripe.js mounts. */
  client_secret: string | null;
  url: string | null;
  created: number;
  expires_at: number;
  livemode: false;
};

const nowSeconds = () => Math.floor(Date.now() / 1000);

export function createCoupon(params: FormObject): FakeCoupon {
  onlyKnown(params, ['amount_off', 'percent_off', 'currency', 'duration', 'max_redemptions', 'name', 'metadata', 'id']);
  const amountOff = read.integer(params.amount_off, 'amount_off') ?? null;
  const percentOff = read.integer(params.percent_off, 'percent_off') ?? null;
  if ((amountOff === null) === (percentOff === null)) {
    throw new StripeParamError('amount_off', 'You must pass exactly one of amount_off or percent_off.');
  }
  if (amountOff !== null && amountOff <= 0) throw new StripeParamError('amount_off', 'amount_off must be positive.');
  const currency = read.string(params.currency, 'currency') ?? null;
  if (amountOff !== null && !currency)
    throw new StripeParamError('currency', 'You must pass currency when passing amount_off.', 'parameter_missing');
  return {
    id: read.string(params.id, 'id') ?? randomBytes(4).toString('hex').toUpperCase(),
    object: 'coupon',
    amount_off: amountOff,
    percent_off: percentOff,
    currency,
    duration: read.string(params.duration, 'duration') ?? 'once',
    max_redemptions: read.integer(params.max_redemptions, 'max_redemptions') ?? null,
    name: read.string(params.name, 'name') ?? null,
    metadata: read.metadata(params.metadata, 'metadata'),
    times_redeemed: 0,
    valid: true,
    created: nowSeconds(),
    livemode: false,
  };
}

type LineItem = { currency: string; unitAmount: number; quantity: number };

function lineItem(params: FormObject, where: string): LineItem {
  onlyKnown(params, ['price_data', 'quantity'], where);
  const quantity = required(read.integer(params.quantity, `${where}[quantity]`), `${where}[quantity]`);
  if (quantity < 1) throw new StripeParamError(`${where}[quantity]`, 'Quantity must be at least 1.');
  const priceData = required(read.object(params.price_data, `${where}[price_data]`), `${where}[price_data]`);
  onlyKnown(priceData, ['currency', 'unit_amount', 'product_data'], `${where}[price_data]`);
  const productData = required(
    read.object(priceData.product_data, `${where}[price_data][product_data]`),
    `${where}[price_data][product_data]`,
  );
  onlyKnown(productData, ['name', 'description', 'images', 'metadata'], `${where}[price_data][product_data]`);
  if (!read.string(productData.name, `${where}[price_data][product_data][name]`)) {
    throw new StripeParamError(
      `${where}[price_data][product_data][name]`,
      'Missing required param: name.',
      'parameter_missing',
    );
  }
  if (read.string(productData.description, `${where}[price_data][product_data][description]`) === '') {
    throw new StripeParamError(
      `${where}[price_data][product_data][description]`,
      'You passed an empty string for description.',
    );
  }
  const unitAmount = required(
    read.integer(priceData.unit_amount, `${where}[price_data][unit_amount]`),
    `${where}[price_data][unit_amount]`,
  );
  if (unitAmount < 0)
    throw new StripeParamError(`${where}[price_data][unit_amount]`, 'unit_amount must be non-negative.');
  const currency = required(
    read.string(priceData.currency, `${where}[price_data][currency]`),
    `${where}[price_data][currency]`,
  );
  return { currency, unitAmount, quantity };
}

function shippingAmount(params: FormObject, currency: string): number {
  const options = read.list(params.shipping_options, 'shipping_options') ?? [];
  const first = read.object(options[0], 'shipping_options[0]');
  if (!first) return 0;
  const rate = required(
    read.object(first.shipping_rate_data, 'shipping_options[0][shipping_rate_data]'),
    'shipping_options[0][shipping_rate_data]',
  );
  onlyKnown(
    rate,
    ['type', 'display_name', 'fixed_amount', 'delivery_estimate', 'metadata', 'tax_behavior', 'tax_code'],
    'shipping_options[0][shipping_rate_data]',
  );
  required(
    read.string(rate.display_name, 'shipping_rate_data[display_name]'),
    'shipping_options[0][shipping_rate_data][display_name]',
  );
  const fixed = required(
    read.object(rate.fixed_amount, 'shipping_rate_data[fixed_amount]'),
    'shipping_options[0][shipping_rate_data][fixed_amount]',
  );
  if (read.string(fixed.currency, 'fixed_amount[currency]') !== currency) {
    throw new StripeParamError(
      'shipping_options[0][shipping_rate_data][fixed_amount][currency]',
      'The shipping rate currency must match the line items.',
    );
  }
  return required(
    read.integer(fixed.amount, 'fixed_amount[amount]'),
    'shipping_options[0][shipping_rate_data][fixed_amount][amount]',
  );
}

function discountAmount(
  params: FormObject,
  coupons: ReadonlyMap<string, FakeCoupon>,
  currency: string,
  subtotal: number,
) {
  const discounts = (read.list(params.discounts, 'discounts') ?? []).map((entry, index) => {
    const id = required(
      read.string(read.object(entry, `discounts[${index}]`)?.coupon, `discounts[${index}][coupon]`),
      `discounts[${index}][coupon]`,
    );
    const coupon = coupons.get(id);
    if (!coupon)
      throw new StripeParamError(`discounts[${index}][coupon]`, `No such coupon: '${id}'`, 'resource_missing');
    if (coupon.amount_off !== null && coupon.currency !== currency) {
      throw new StripeParamError(
        `discounts[${index}][coupon]`,
        'The coupon currency does not match the session currency.',
      );
    }
    return coupon;
  });
  if (discounts.length > 1) throw new StripeParamError('discounts', 'You may only specify one discount.');
  const [coupon] = discounts;
  if (!coupon) return { amount: 0, discounts: [] };
  const raw = coupon.amount_off ?? Math.round((subtotal * (coupon.percent_off ?? 0)) / 100);
  return { amount: Math.min(raw, subtotal), discounts: [{ coupon: coupon.id }] };
}

const SESSION_PARAMS = [
  'mode',
  'line_items',
  'shipping_options',
  'discounts',
  'customer_email',
  'client_reference_id',
  'metadata',
  'success_url',
  'cancel_url',
  'ui_mode',
  'return_url',
  'expires_at',
] as const;

/** Stripe's rules for where a session sends the shopper: a hosted page needs `success_url`; an embedded one `return_url` and neither of the others. */
function pageOf(
  params: FormObject,
): Pick<FakeCheckoutSession, 'ui_mode' | 'success_url' | 'cancel_url' | 'return_url'> {
  const uiMode = read.string(params.ui_mode, 'ui_mode') ?? 'hosted_page';
  if (uiMode === 'embedded_page') {
    for (const name of ['success_url', 'cancel_url'] as const) {
      if (params[name] !== undefined)
        throw new StripeParamError(name, `You cannot pass \`${name}\` with \`ui_mode: embedded_page\`.`);
    }
    const returnUrl = required(read.string(params.return_url, 'return_url'), 'return_url');
    return { ui_mode: uiMode, success_url: null, cancel_url: null, return_url: returnUrl };
  }
  if (uiMode !== 'hosted_page')
    throw new StripeParamError('ui_mode', 'The fake supports hosted_page and embedded_page.');
  if (params.return_url !== undefined)
    throw new StripeParamError('return_url', 'You can only pass `return_url` with `ui_mode: embedded_page`.');
  return {
    ui_mode: uiMode,
    success_url: required(read.string(params.success_url, 'success_url'), 'success_url'),
    cancel_url: read.string(params.cancel_url, 'cancel_url') ?? null,
    return_url: null,
  };
}

export function createCheckoutSession(
  params: FormObject,
  coupons: ReadonlyMap<string, FakeCoupon>,
  baseUrl: string,
): FakeCheckoutSession {
  onlyKnown(params, SESSION_PARAMS);
  const mode = required(read.string(params.mode, 'mode'), 'mode');
  if (mode !== 'payment') throw new StripeParamError('mode', 'The fake supports mode=payment only.');
  const items = required(read.list(params.line_items, 'line_items'), 'line_items').map((item, index) =>
    lineItem(required(read.object(item, `line_items[${index}]`), `line_items[${index}]`), `line_items[${index}]`),
  );
  const currency = items[0]?.currency;
  if (!currency) throw new StripeParamError('line_items', 'line_items must not be empty.');
  if (items.some((item) => item.currency !== currency))
    throw new StripeParamError('line_items', 'All line items must share one currency.');
  const page = pageOf(params);

  const created = nowSeconds();
  const expiresAt = read.integer(params.expires_at, 'expires_at') ?? created + 24 * 3600;
  if (expiresAt < created + 30 * 60 || expiresAt > created + 24 * 3600) {
    throw new StripeParamError(
      'expires_at',
      'The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.',
    );
  }

  const subtotal = items.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
  const discount = discountAmount(params, coupons, currency, subtotal);
  const shipping = shippingAmount(params, currency);
  const id = fakeId('cs_test');
  return {
    id,
    object: 'checkout.session',
    mode,
    status: 'open',
    payment_status: 'unpaid',
    currency,
    amount_subtotal: subtotal,
    amount_total: subtotal - discount.amount + shipping,
    total_details: { amount_discount: discount.amount, amount_shipping: shipping, amount_tax: 0 },
    shipping_cost: params.shipping_options
      ? { amount_subtotal: shipping, amount_tax: 0, amount_total: shipping, shipping_rate: fakeId('shr') }
      : null,
    discounts: discount.discounts,
    customer_email: read.string(params.customer_email, 'customer_email') ?? null,
    client_reference_id: read.string(params.client_reference_id, 'client_reference_id') ?? null,
    metadata: read.metadata(params.metadata, 'metadata'),
    payment_intent: null,
    ...page,
    client_secret: page.ui_mode === 'embedded_page' ? `${id}_secret_${randomBytes(12).toString('hex')}` : null,
    url: page.ui_mode === 'embedded_page' ? null : `${baseUrl}/c/pay/${id}`,
    created,
    expires_at: expiresAt,
    livemode: false,
  };
}
