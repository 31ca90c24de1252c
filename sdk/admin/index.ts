// `storelet/admin`: the store owner's client. A separate entry, so shoppers' pages never load it.
export { createAdminClient, type AdminClient, type AdminClientOptions } from './admin-client.ts';
export type { AdminOrdersApi } from './admin-orders.ts';
export type { AdminReviewsApi } from './admin-reviews.ts';
export type { AdminCatalogApi, AdminCategoriesApi, AdminProductsApi, AdminStockApi } from './admin-catalog.ts';
export type { AdminAuditLogApi } from './admin-audit-log.ts';
export type { AuditEntity, AuditEntry, AuditLogPage, AuditLogParams, EditVersion } from '../schemas/audit.ts';
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
