import type { Account, Address, Cart, PaymentStatus, TrackingStatus } from '../sdk/index.ts';

/** Detail of `storelet-add-to-cart`: what the shopper asked to add. Cancel the event to veto it. */
export type AddToCartDetail = { productId: string; variantId: string; quantity: number };
/** Detail of `storelet-product-select`: a product card was chosen. */
export type ProductSelectDetail = { productId: string; handle: string };
/** Detail of `storelet-variant-change`: the shopper picked another variant on a product page. */
export type VariantChangeDetail = { productId: string; variantId: string };
/** Detail of `storelet-search`: the shopper's search text, sent once they pause typing. */
export type SearchDetail = { query: string };
/** Detail of `storelet-error`: a request failed; `code` is the server's stable error code. */
export type ErrorDetail = { code: string; message: string };
/** Detail of `storelet-cart-open`: something asked for the cart drawer. Cancel the event to keep it shut. */
export type CartOpenDetail = { trigger: 'button' | 'add-to-cart' };
/** What a `storelet-cart-change` did. */
export type CartChangeAction =
  'add' | 'quantity' | 'remove' | 'discount' | 'remove-discount' | 'destination' | 'shipping-method';
/** Detail of `storelet-cart-change`: the server accepted a change; `cart` is the cart as it priced it. */
export type CartChangeDetail = { action: CartChangeAction; cart: Cart };
/** Detail of `storelet-before-checkout`: the order about to be placed. Cancel the event to stop it. */
export type BeforeCheckoutDetail = { cartId: string; email: string; shippingAddress: Address; shippingMethod: string };
/** Detail of `storelet-checkout-start`: the order request is on its way. */
export type CheckoutStartDetail = { cartId: string };
/** Detail of `storelet-payment-redirect`: the browser is about to go to `url` to pay. Cancel to navigate yourself. */
export type PaymentRedirectDetail = { orderId: string; orderNumber: string; provider: 'stripe' | 'test'; url: string };
/** Detail of `storelet-payment-embedded`: the order exists and its payment form opens inside the checkout dialog. */
export type PaymentEmbeddedDetail = { orderId: string; orderNumber: string; provider: 'stripe' };
/** Detail of `storelet-order-status`: an order's payment status as the server reports it (on load and on change). */
export type OrderStatusDetail = { orderId: string; orderNumber: string; paymentStatus: PaymentStatus };
/** Detail of `storelet-shipment-update`: `<order-tracker>` saw a parcel for the first time (`previousStatus` null) or its status changed. */
export type ShipmentUpdateDetail = {
  orderId: string;
  shipmentId: string;
  status: TrackingStatus;
  previousStatus: TrackingStatus | null;
};
/** Detail of `storelet-admin-sign-in`: the store owner signed in to `<admin-dashboard>`. */
export type AdminSignInDetail = { account: Account };
/** Detail of `storelet-admin-sign-out`: the store owner signed out, or the server ended the session (`expired`). */
export type AdminSignOutDetail = { reason: 'user' | 'expired' };
/** Detail of `storelet-admin-order-open` and `storelet-admin-order-close`: the dashboard opened or left an order. */
export type AdminOrderDetail = { orderId: string; orderNumber: string };
/** Detail of `storelet-admin-shipment`: the store owner added, changed or cancelled a shipment (the order's status may have moved). */
export type AdminShipmentDetail = { orderId: string; shipmentId: string; status: TrackingStatus };
/** Detail of `storelet-admin-product-open`, `-close` and `-save`: the product shown or saved ('' for a new one). */
export type AdminProductDetail = { productId: string };
/** Detail of `storelet-admin-design-download`: a design's original file was fetched and handed to the browser to save. */
export type AdminDesignDownloadDetail = { orderId: string; uploadId: string; fileName: string; size: number };

/** Detail of `storelet-sign-in`: a customer signed in (`<account-panel>`). */
export type SignInDetail = { account: Account };
/** Detail of `storelet-sign-out`: the customer signed out, deleted the account, or the server ended the session. */
export type SignOutDetail = { reason: 'user' | 'expired' | 'deleted' };
/** Detail of `storelet-account-open`: `<account-button>` asked for the account. Cancel it to show your own. */
export type AccountOpenDetail = { signedIn: boolean };
/** Detail of `storelet-review-submit`: the shopper's review was saved (`published`, or `pending` approval). */
export type ReviewSubmitDetail = {
  productId: string;
  reviewId: string;
  rating: number;
  status: string;
  edited: boolean;
};
/** Detail of `storelet-review-delete`: the shopper deleted their review. */
export type ReviewDeleteDetail = { productId: string; reviewId: string };

/** Detail of `storelet-return-request`: the customer asked to return lines of an order. */
export type ReturnRequestDetail = { orderId: string; returnId: string };

/** Every event the widgets send, by name. The single source of their detail types. */
export type StoreletEventMap = {
  'storelet-add-to-cart': AddToCartDetail;
  'storelet-product-select': ProductSelectDetail;
  'storelet-variant-change': VariantChangeDetail;
  'storelet-search': SearchDetail;
  'storelet-error': ErrorDetail;
  'storelet-cart-open': CartOpenDetail;
  'storelet-cart-change': CartChangeDetail;
  'storelet-before-checkout': BeforeCheckoutDetail;
  'storelet-checkout-start': CheckoutStartDetail;
  'storelet-payment-redirect': PaymentRedirectDetail;
  'storelet-payment-embedded': PaymentEmbeddedDetail;
  'storelet-order-status': OrderStatusDetail;
  'storelet-shipment-update': ShipmentUpdateDetail;
  'storelet-sign-in': SignInDetail;
  'storelet-sign-out': SignOutDetail;
  'storelet-account-open': AccountOpenDetail;
  'storelet-admin-sign-in': AdminSignInDetail;
  'storelet-admin-sign-out': AdminSignOutDetail;
  'storelet-admin-order-open': AdminOrderDetail;
  'storelet-admin-order-close': AdminOrderDetail;
  'storelet-admin-design-download': AdminDesignDownloadDetail;
  'storelet-admin-shipment': AdminShipmentDetail;
  'storelet-admin-product-open': AdminProductDetail;
  'storelet-admin-product-close': AdminProductDetail;
  'storelet-admin-product-save': AdminProductDetail;
  'storelet-review-submit': ReviewSubmitDetail;
  'storelet-review-delete': ReviewDeleteDetail;
  'storelet-return-request': ReturnRequestDetail;
};

export type StoreletEventName = keyof StoreletEventMap;
export type StoreletEvent<K extends StoreletEventName> = CustomEvent<StoreletEventMap[K]>;
type StoreletEvents = { [K in StoreletEventName]: StoreletEvent<K> };

declare global {
  // Types `addEventListener('storelet-…', (event) => event.detail…)` on any element or document.
  interface GlobalEventHandlersEventMap extends StoreletEvents {}
}

/**
 * Sends a widget event: it bubbles and is composed, so a page listening on `document` hears it
 * from inside any shadow root. Returns the event so a caller can check `defaultPrevented`.
 */
export function emit<K extends StoreletEventName>(
  host: EventTarget,
  name: K,
  detail: StoreletEventMap[K],
  options: { cancelable?: boolean } = {},
): StoreletEvent<K> {
  const event = new CustomEvent(name, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
  });
  host.dispatchEvent(event);
  return event;
}
