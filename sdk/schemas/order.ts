import * as z from 'zod/mini';
import { Address, Email } from './address.ts';
import { CartDiscount, CartTotals } from './cart.ts';
import { Money } from './money.ts';
import { ProductImage, ProductKind } from './product.ts';
import { Refund } from './refund.ts';
import { ReturnRequest } from './return.ts';
import { StickerLineDetails } from './sticker.ts';

export const PAYMENT_STATUSES = ['pending', 'paid', 'failed', 'refunded', 'partially_refunded'] as const;
/** Follows the order's shipments: `partially_shipped` while some units have not left yet. */
export const FULFILLMENT_STATUSES = [
  'unfulfilled',
  'partially_shipped',
  'shipped',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'exception',
  'returned',
] as const;
export const ORDER_STATUSES = ['open', 'completed', 'cancelled'] as const;
export const PaymentStatus = z.enum(PAYMENT_STATUSES);
export const FulfillmentStatus = z.enum(FULFILLMENT_STATUSES);
export const OrderStatus = z.enum(ORDER_STATUSES);
export type PaymentStatus = z.infer<typeof PaymentStatus>;
export type FulfillmentStatus = z.infer<typeof FulfillmentStatus>;
export type OrderStatus = z.infer<typeof OrderStatus>;

export const OrderLine = z.object({
  id: z.string(),
  productId: z.string(),
  variantId: z.string(),
  kind: ProductKind,
  title: z.string(),
  variantTitle: z.string(),
  sku: z.string(),
  image: z.nullable(ProductImage),
  quantity: z.number().check(z.int()),
  unitPrice: Money,
  total: Money,
  /** The design and specs of a custom sticker line as ordered; null (or absent, from older servers) otherwise. */
  sticker: z.optional(z.nullable(StickerLineDetails)),
});
export type OrderLine = z.infer<typeof OrderLine>;

export const Order = z.object({
  id: z.string(),
  /** Short and readable, for people: "SL-10042". */
  number: z.string(),
  email: z.string(),
  status: OrderStatus,
  paymentStatus: PaymentStatus,
  fulfillmentStatus: FulfillmentStatus,
  currency: z.string(),
  lines: z.array(OrderLine),
  discount: z.nullable(CartDiscount),
  shippingMethod: z.object({ id: z.string(), name: z.string() }),
  shippingAddress: Address,
  totals: CartTotals,
  createdAt: z.string(),
  paidAt: z.nullable(z.string()),
  /** Money given back, oldest first, each with its status; absent from older servers. */
  refunds: z.optional(z.array(Refund)),
  /** Return requests, oldest first; absent from older servers. */
  returns: z.optional(z.array(ReturnRequest)),
});
export type Order = z.infer<typeof Order>;

export const PAYMENT_PROVIDERS = ['stripe', 'test'] as const;

/** How the shopper pays: on the provider's page (`redirect`), or inside this page (`embedded`, Stripe only). */
export const PAYMENT_MODES = ['redirect', 'embedded'] as const;
export const PaymentMode = z.enum(PAYMENT_MODES);
export type PaymentMode = z.infer<typeof PaymentMode>;

/**
 * How the shopper pays. `redirect`: send them to `redirectUrl`. `embedded` (asked for with `paymentMode`, and only where
 * the shop can: Stripe with a publishable key): mount Stripe's embedded Checkout with `clientSecret`, using Stripe.js
 * loaded with `publishableKey`; `redirectUrl` is empty. Either way the shopper ends on the return URL.
 */
export const PaymentSession = z.object({
  provider: z.enum(PAYMENT_PROVIDERS),
  mode: PaymentMode,
  redirectUrl: z.string(),
  clientSecret: z.nullable(z.string()),
  publishableKey: z.nullable(z.string()),
});
export type PaymentSession = z.infer<typeof PaymentSession>;

/** Answer of POST /api/orders: the order, a token that lets this browser read it, and where to pay. */
export const CheckoutResult = z.object({ order: Order, accessToken: z.string(), payment: PaymentSession });
export type CheckoutResult = z.infer<typeof CheckoutResult>;

export const CreateOrderBody = z.object({
  cartId: z.string().check(z.minLength(1), z.maxLength(64)),
  email: Email,
  shippingAddress: Address,
  shippingMethod: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The page to come back to after paying; its origin must be one the store owner allowed. */
  returnUrl: z.string().check(z.maxLength(2000), z.url()),
  /** `embedded` asks to pay inside the page where the shop can (Stripe with a publishable key); `redirect` by default. */
  paymentMode: z.optional(PaymentMode),
});
export type CreateOrderBody = z.infer<typeof CreateOrderBody>;

/** `?token=`: the access token from checkout, or the signed token from the confirmation email. */
export const OrderAccessQuery = z.object({ token: z.optional(z.string().check(z.maxLength(200))) });
export type OrderAccessQuery = z.infer<typeof OrderAccessQuery>;

/** Body of `POST /api/orders/:orderId/payment`: where the shopper comes back to after paying. */
export const RetryPaymentBody = z.pick(CreateOrderBody, { returnUrl: true, paymentMode: true });
export type RetryPaymentBody = z.infer<typeof RetryPaymentBody>;
