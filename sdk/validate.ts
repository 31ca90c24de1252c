import { AuditLogPage } from './schemas/audit.ts';
import * as z from 'zod/mini';
import { StoreletApiError } from './errors.ts';
import type { ResponseKind, ResponseTypes, ResponseValidator } from './responses.ts';
import {
  Accepted,
  Account,
  AccountCart,
  AccountOrder,
  AccountOrderList,
  AccountSession,
  SavedAddress,
  SavedAddressList,
} from './schemas/account.ts';
import { AdminOrder, AdminOrderList } from './schemas/admin.ts';
import {
  AdminProduct,
  AdminProductList,
  DeleteProductResult,
  StockChangeResult,
  StockMovementList,
  LowStockList,
  AdminCategory,
  AdminCategoryList,
} from './schemas/catalog-admin.ts';
import { Cart } from './schemas/cart.ts';
import { CategoryList } from './schemas/category.ts';
import { CountryAddressFormat } from './schemas/country.ts';
import { CheckoutResult, Order, PaymentSession } from './schemas/order.ts';
import { Product, ProductList } from './schemas/product.ts';
import { AdminShipment, AdminShipmentList, OrderLookupResult, ShipmentList } from './schemas/shipment.ts';
import { StickerOptions, StickerQuote } from './schemas/sticker.ts';
import { Upload } from './schemas/upload.ts';
import { RecommendationList } from './schemas/recommendation.ts';
import { AdminReview, AdminReviewList, ReviewSettings } from './schemas/review-admin.ts';
import { HelpfulVote, OwnReview, ReviewEligibility, ReviewList } from './schemas/review.ts';

const schemas: { [K in ResponseKind]: z.ZodMiniType<ResponseTypes[K]> } = {
  product: Product,
  productList: ProductList,
  categoryList: CategoryList,
  cart: Cart,
  order: Order,
  checkoutResult: CheckoutResult,
  paymentSession: PaymentSession,
  stickerOptions: StickerOptions,
  stickerQuote: StickerQuote,
  upload: Upload,
  countryAddressFormat: CountryAddressFormat,
  account: Account,
  accountSession: AccountSession,
  accepted: Accepted,
  savedAddress: SavedAddress,
  savedAddressList: SavedAddressList,
  accountCart: AccountCart,
  accountOrderList: AccountOrderList,
  accountOrder: AccountOrder,
  adminOrderList: AdminOrderList,
  adminOrder: AdminOrder,
  shipmentList: ShipmentList,
  orderLookup: OrderLookupResult,
  adminShipment: AdminShipment,
  adminShipmentList: AdminShipmentList,
  reviewList: ReviewList,
  ownReview: OwnReview,
  reviewEligibility: ReviewEligibility,
  helpfulVote: HelpfulVote,
  recommendationList: RecommendationList,
  adminReviewList: AdminReviewList,
  adminReview: AdminReview,
  reviewSettings: ReviewSettings,
  auditLogPage: AuditLogPage,
  adminProduct: AdminProduct,
  adminProductList: AdminProductList,
  deleteProductResult: DeleteProductResult,
  stockChangeResult: StockChangeResult,
  stockMovementList: StockMovementList,
  lowStockList: LowStockList,
  adminCategory: AdminCategory,
  adminCategoryList: AdminCategoryList,
  empty: z.undefined(),
};

/**
 * Validates every response with the shared zod schemas, the same ones the server is tested
 * against: `createStorefront({ apiUrl, validateResponses })`. Worth it in Node and in development.
 */
export const validateResponses: ResponseValidator = (kind, body) => {
  const result = schemas[kind].safeParse(body);
  if (result.success) return result.data;
  throw new StoreletApiError({
    status: 200,
    code: 'invalid_response',
    message: 'The shop answered with data this version of Storelet does not understand.',
    details: {
      kind,
      issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    },
  });
};
