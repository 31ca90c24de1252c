export * from './money.ts';
export * from './error.ts';
export * from './list.ts';
export * from './category.ts';
export * from './product.ts';
export * from './product-query.ts';
export * from './country.ts';
export * from './subdivisions.ts';
export * from './address.ts';
export * from './cart.ts';
export * from './order.ts';
export * from './upload.ts';
export * from './sticker.ts';
export * from './account.ts';
export * from './admin.ts';
export * from './service.ts';
export * from './shipment.ts';
export {
  CARRIERS,
  CARRIER_INFO,
  carrierTrackingUrl,
  matchesCarrierFormat,
  normalizeTrackingNumber,
} from '../carriers.ts';
export * from './review.ts';
export * from './review-admin.ts';
export * from './audit.ts';
export * from './recommendation.ts';
export * from './audit.ts';
export * from './catalog-admin.ts';
