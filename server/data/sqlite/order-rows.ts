import type {
  Address,
  CartDiscount,
  FulfillmentStatus,
  OrderStatus,
  PaymentIssue,
  PaymentStatus,
  ProductImage,
  ProductKind,
} from '../../../sdk/schemas/index.ts';
import type { OrderLineRecord, OrderRecord, PaymentRecord, StockState } from '../orders.ts';
import type { StickerDetailsRecord } from '../stickers.ts';

/** Order, line and payment rows as SQLite returns them, and their mapping to records. */

export const ORDER_COLUMNS = `id, number, email, user_id, cart_id, status, payment_status, fulfillment_status, stock_state, currency,
  subtotal, discount_total, shipping_total, tax_total, total, tax_included, discount, discount_code_id, shipping_method_id,
  shipping_method_name, shipping_address, access_token_hash, payment_session_id, reservation_expires_at, payment_failed_at, payment_issue, created_at, paid_at`;

export type OrderRow = {
  id: string;
  number: string;
  email: string;
  user_id: string | null;
  cart_id: string;
  status: OrderStatus;
  payment_status: PaymentStatus;
  fulfillment_status: FulfillmentStatus;
  stock_state: StockState;
  currency: string;
  subtotal: number;
  discount_total: number;
  shipping_total: number;
  tax_total: number;
  total: number;
  tax_included: number;
  discount: string | null;
  discount_code_id: string | null;
  shipping_method_id: string;
  shipping_method_name: string;
  shipping_address: string;
  access_token_hash: string;
  payment_session_id: string | null;
  reservation_expires_at: string;
  payment_failed_at: string | null;
  payment_issue: PaymentIssue | null;
  created_at: string;
  paid_at: string | null;
};

export const LINE_COLUMNS = `id, product_id, variant_id, kind, title, variant_title, sku, image, unit_price, quantity, total, sticker`;

export type LineRow = {
  id: string;
  product_id: string;
  variant_id: string;
  kind: ProductKind;
  title: string;
  variant_title: string;
  sku: string;
  image: string | null;
  unit_price: number;
  quantity: number;
  total: number;
  sticker: string | null;
};

export const PAYMENT_COLUMNS = `id, order_id, provider, session_id, status, amount, currency, redirect_url, client_secret,
  success_url, cancel_url, expires_at, created_at`;

export type PaymentRow = {
  id: string;
  order_id: string;
  provider: PaymentRecord['provider'];
  session_id: string;
  status: PaymentRecord['status'];
  amount: number;
  currency: string;
  redirect_url: string;
  client_secret: string | null;
  success_url: string;
  cancel_url: string;
  expires_at: string;
  created_at: string;
};

export function toLine(row: LineRow): OrderLineRecord {
  return {
    id: row.id,
    productId: row.product_id,
    variantId: row.variant_id,
    kind: row.kind,
    title: row.title,
    variantTitle: row.variant_title,
    sku: row.sku,
    image: row.image === null ? null : (JSON.parse(row.image) as ProductImage),
    unitPrice: row.unit_price,
    quantity: row.quantity,
    total: row.total,
    sticker: row.sticker === null ? null : (JSON.parse(row.sticker) as StickerDetailsRecord),
  };
}

export function toOrder(row: OrderRow, lines: LineRow[]): OrderRecord {
  return {
    id: row.id,
    number: row.number,
    email: row.email,
    userId: row.user_id,
    cartId: row.cart_id,
    status: row.status,
    paymentStatus: row.payment_status,
    fulfillmentStatus: row.fulfillment_status,
    stockState: row.stock_state,
    currency: row.currency,
    totals: {
      subtotal: row.subtotal,
      discount: row.discount_total,
      shipping: row.shipping_total,
      tax: row.tax_total,
      total: row.total,
      taxIncluded: row.tax_included === 1,
    },
    discount: row.discount === null ? null : (JSON.parse(row.discount) as CartDiscount),
    discountCodeId: row.discount_code_id,
    shippingMethod: { id: row.shipping_method_id, name: row.shipping_method_name },
    shippingAddress: JSON.parse(row.shipping_address) as Address,
    accessTokenHash: row.access_token_hash,
    paymentSessionId: row.payment_session_id,
    reservationExpiresAt: row.reservation_expires_at,
    paymentFailedAt: row.payment_failed_at,
    paymentIssue: row.payment_issue,
    createdAt: row.created_at,
    paidAt: row.paid_at,
    lines: lines.map(toLine),
  };
}

export function toPayment(row: PaymentRow): PaymentRecord {
  return {
    id: row.id,
    orderId: row.order_id,
    provider: row.provider,
    sessionId: row.session_id,
    status: row.status,
    amount: row.amount,
    currency: row.currency,
    redirectUrl: row.redirect_url,
    clientSecret: row.client_secret,
    successUrl: row.success_url,
    cancelUrl: row.cancel_url,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
  };
}
