// Importing this module makes every element load itself the first time its tag appears on the page (see
// elements.ts). `<shop-provider>` is defined at once, so that it is there before any element looks for its shop.
// To define one element eagerly instead, import `storelet/widgets/<tag>` (its define module).
import './shop-provider/define.ts';
import { ELEMENTS, type ElementTag } from './elements.ts';
import { autoload } from './loader/autoload.ts';

autoload(Object.keys(ELEMENTS), (tag) => ELEMENTS[tag as ElementTag]());

export { ShopProvider } from './shop-provider/shop-provider.ts';
// The element classes as types only: their code arrives with their tag.
export type { ProductGrid } from './product-grid/product-grid.ts';
export type { ProductDetail } from './product-detail/product-detail.ts';
export type { CartButton } from './cart-button/cart-button.ts';
export type { CartDrawer } from './cart-drawer/cart-drawer.ts';
export type { CheckoutButton } from './checkout-button/checkout-button.ts';
export type { OrderStatusElement } from './order-status/order-status.ts';
export type { StickerConfigurator } from './sticker-configurator/sticker-configurator.ts';
export type { OrderTracker } from './order-tracker/order-tracker.ts';
export type { AccountPanel } from './account-panel/account-panel.ts';
export type { AccountButton } from './account-button/account-button.ts';
export type { ProductReviews } from './product-reviews/product-reviews.ts';
export type { ProductRecommendations } from './product-recommendations/product-recommendations.ts';
export { storefrontContext } from './context.ts';
export { setDefaultStorefront, getDefaultStorefront, $defaultStorefront } from './default-storefront.ts';
export { StorefrontController } from './storefront-controller.ts';
export { StoreController } from './store-controller.ts';
export { emit } from './events.ts';
export type {
  StoreletEventMap,
  StoreletEventName,
  StoreletEvent,
  AddToCartDetail,
  ProductSelectDetail,
  VariantChangeDetail,
  SearchDetail,
  ErrorDetail,
  CartOpenDetail,
  CartChangeAction,
  CartChangeDetail,
  BeforeCheckoutDetail,
  CheckoutStartDetail,
  PaymentRedirectDetail,
  PaymentEmbeddedDetail,
  OrderStatusDetail,
  ShipmentUpdateDetail,
  SignInDetail,
  SignOutDetail,
  AccountOpenDetail,
  ReviewSubmitDetail,
  ReviewDeleteDetail,
} from './events.ts';
