// Importing this module defines every element. The provider goes first so that elements defined
// after it already find their storefront on their first connection.
import './shop-provider/define.ts';
import './product-grid/define.ts';
import './product-detail/define.ts';
import './cart-button/define.ts';
import './cart-drawer/define.ts';
import './checkout-button/define.ts';
import './order-status/define.ts';
import './sticker-configurator/define.ts';
import './product-reviews/define.ts';
import './product-recommendations/define.ts';

export { ShopProvider } from './shop-provider/shop-provider.ts';
export { ProductGrid } from './product-grid/product-grid.ts';
export { ProductDetail } from './product-detail/product-detail.ts';
export { CartButton } from './cart-button/cart-button.ts';
export { CartDrawer } from './cart-drawer/cart-drawer.ts';
export { CheckoutButton } from './checkout-button/checkout-button.ts';
export { OrderStatusElement } from './order-status/order-status.ts';
export { StickerConfigurator } from './sticker-configurator/sticker-configurator.ts';
export { ProductReviews } from './product-reviews/product-reviews.ts';
export { ProductRecommendations } from './product-recommendations/product-recommendations.ts';
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
  OrderStatusDetail,
  ReviewSubmitDetail,
  ReviewDeleteDetail,
} from './events.ts';
