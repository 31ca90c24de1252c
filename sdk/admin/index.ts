// `storelet/admin`: the store owner's client. A separate entry, so shoppers' pages never load it.
export { createAdminClient, type AdminClient, type AdminClientOptions } from './admin-client.ts';
export type { AdminOrdersApi } from './admin-orders.ts';
export type { AdminReviewsApi } from './admin-reviews.ts';
export type { AdminCatalogApi, AdminCategoriesApi, AdminProductsApi, AdminStockApi } from './admin-catalog.ts';
export type { AdminAuditLogApi } from './admin-audit-log.ts';
export type {
  AdminDiscountCodesApi,
  AdminShippingZonesApi,
  AdminStickerPricesApi,
  AdminTaxRatesApi,
} from './admin-rules.ts';
export type { AdminTaxRate, AdminTaxRateList, CreateTaxRateBody, UpdateTaxRateBody } from '../schemas/tax-admin.ts';
export type {
  AdminShippingMethod,
  AdminShippingZone,
  AdminShippingZoneList,
  CreateShippingZoneBody,
  ShippingMethodInput,
  ShippingRateBand,
  UpdateShippingZoneBody,
} from '../schemas/shipping-admin.ts';
export type {
  AdminDiscountCode,
  AdminDiscountCodeList,
  AdminDiscountCodeParams,
  CreateDiscountCodeBody,
  DiscountStatus,
  UpdateDiscountCodeBody,
} from '../schemas/discount-admin.ts';
export type {
  AdminStickerPrices,
  StickerPricePreview,
  StickerPricePreviewBody,
  StickerPriceTables,
  UpdateStickerPricesBody,
} from '../schemas/sticker-admin.ts';
export type { AuditEntity, AuditEntry, AuditLogPage, AuditLogParams, EditVersion } from '../schemas/audit.ts';
export type { AdminOrderMoneyApi, AdminReportsApi, AdminReturnsApi } from './admin-money.ts';
export type {
  CancelOrderBody,
  CreateRefundBody,
  LineQuantity,
  Refund,
  RefundList,
  RefundReason,
  RefundSource,
  RefundStatus,
} from '../schemas/refund.ts';
export type {
  AdminReturnQuery,
  DecideReturnBody,
  RefundReturnBody,
  ReturnList,
  ReturnReason,
  ReturnRequest,
  ReturnStatus,
} from '../schemas/return.ts';
export type {
  OrderExportQuery,
  SalesBucket,
  SalesReport,
  SalesReportQuery,
  StockReport,
  StockReportQuery,
  StockReportRow,
  TopProduct,
} from '../schemas/report.ts';
export type { AdminSession } from './session.ts';
export type { Account, AccountSession, SignInBody, UserRole } from '../schemas/account.ts';
export type {
  AdminDesign,
  AdminOrder,
  AdminOrderList,
  AdminOrderQuery,
  AdminOrderSummary,
  PaymentIssue,
} from '../schemas/admin.ts';
export type {
  AddTrackingEventBody,
  AdminShipment,
  AdminShipmentList,
  CreateShipmentBody,
  ShipmentAction,
  UpdateShipmentBody,
} from '../schemas/shipment.ts';
export type {
  AdminReview,
  AdminReviewList,
  AdminReviewParams,
  ModerateReviewBody,
  ReviewSettings,
} from '../schemas/review-admin.ts';
export type { Review, ReviewStatus, ReviewModeration } from '../schemas/review.ts';
export type {
  AdminCategory,
  AdminCategoryList,
  AdminProduct,
  AdminProductList,
  AdminProductParams,
  AdminStock,
  AdminVariant,
  CreateCategoryBody,
  CreateProductBody,
  DeleteProductResult,
  LowStockItem,
  LowStockList,
  PageParams,
  ProductStatus,
  ReorderCategoriesBody,
  StockChangeBody,
  StockChangeResult,
  StockMovement,
  StockMovementList,
  StockReason,
  UpdateCategoryBody,
  UpdateProductBody,
  VariantInput,
} from '../schemas/catalog-admin.ts';
