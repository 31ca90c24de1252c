import type { AuditLogPage } from './schemas/audit.ts';
import type {
  Accepted,
  Account,
  AccountCart,
  AccountOrder,
  AccountOrderList,
  AccountSession,
  SavedAddress,
  SavedAddressList,
} from './schemas/account.ts';
import type { AdminOrder, AdminOrderList } from './schemas/admin.ts';
import type {
  AdminProduct,
  AdminProductList,
  DeleteProductResult,
  StockChangeResult,
  StockMovementList,
  LowStockList,
  AdminCategory,
  AdminCategoryList,
} from './schemas/catalog-admin.ts';
import type { Cart } from './schemas/cart.ts';
import type { CategoryList } from './schemas/category.ts';
import type { CountryAddressFormat } from './schemas/country.ts';
import type { CheckoutResult, Order, PaymentSession } from './schemas/order.ts';
import type { Product, ProductList } from './schemas/product.ts';
import type { AdminShipment, AdminShipmentList, OrderLookupResult, ShipmentList } from './schemas/shipment.ts';
import type { StickerOptions, StickerQuote } from './schemas/sticker.ts';
import type { Upload } from './schemas/upload.ts';
import type { RecommendationList } from './schemas/recommendation.ts';
import type { AdminReview, AdminReviewList, ReviewSettings } from './schemas/review-admin.ts';
import type { HelpfulVote, OwnReview, ReviewEligibility, ReviewList } from './schemas/review.ts';

/** What each SDK call answers with, by name; the names key the optional response validator. */
export type ResponseTypes = {
  product: Product;
  productList: ProductList;
  categoryList: CategoryList;
  cart: Cart;
  order: Order;
  checkoutResult: CheckoutResult;
  paymentSession: PaymentSession;
  stickerOptions: StickerOptions;
  stickerQuote: StickerQuote;
  upload: Upload;
  countryAddressFormat: CountryAddressFormat;
  account: Account;
  accountSession: AccountSession;
  accepted: Accepted;
  savedAddress: SavedAddress;
  savedAddressList: SavedAddressList;
  accountCart: AccountCart;
  accountOrderList: AccountOrderList;
  accountOrder: AccountOrder;
  adminOrderList: AdminOrderList;
  adminOrder: AdminOrder;
  shipmentList: ShipmentList;
  orderLookup: OrderLookupResult;
  adminShipment: AdminShipment;
  adminShipmentList: AdminShipmentList;
  reviewList: ReviewList;
  ownReview: OwnReview;
  reviewEligibility: ReviewEligibility;
  helpfulVote: HelpfulVote;
  recommendationList: RecommendationList;
  adminReviewList: AdminReviewList;
  adminReview: AdminReview;
  reviewSettings: ReviewSettings;
  auditLogPage: AuditLogPage;
  adminProduct: AdminProduct;
  adminProductList: AdminProductList;
  deleteProductResult: DeleteProductResult;
  stockChangeResult: StockChangeResult;
  stockMovementList: StockMovementList;
  lowStockList: LowStockList;
  adminCategory: AdminCategory;
  adminCategoryList: AdminCategoryList;
  /** A 204: nothing to read (e.g. signing out). */
  empty: undefined;
};
export type ResponseKind = keyof ResponseTypes;

/**
 * Checks a response body against its wire schema and returns it typed, or throws. Optional:
 * the SDK trusts the server's types unless one is passed, which keeps the zod runtime (about
 * 7 KB gzip) out of browser bundles that don't ask for it.
 */
export type ResponseValidator = <K extends ResponseKind>(kind: K, body: unknown) => ResponseTypes[K];
