import type * as z from 'zod';
import {
  Account,
  AccountSession,
  AddCartLineBody,
  Address,
  AdminDesign,
  AdminOrder,
  AdminOrderList,
  AdminOrderSummary,
  ApplyDiscountBody,
  Cart,
  CartDiscount,
  CartLine,
  CartNotice,
  CartTotals,
  CheckoutResult,
  CountryAddressFormat,
  CreateCartBody,
  CreateOrderBody,
  Order,
  OrderLine,
  PaymentSession,
  ShippingOption,
  StickerLineChoice,
  StickerLineDetails,
  StickerOptions,
  StickerPriceBreak,
  StickerQuote,
  StickerQuoteBody,
  StickerSpec,
  Upload,
  UpdateCartBody,
  UpdateCartLineBody,
  SignInBody,
  Category,
  CategoryList,
  CategoryListQuery,
  CategoryRef,
  ErrorBody,
  FieldIssue,
  MAX_PAGE_SIZE,
  Money,
  Product,
  ProductImage,
  ProductList,
  ProductListQuery,
  ProductOption,
  ProductSummary,
  Stock,
  Variant,
  AdminReview,
  AdminReviewList,
  CreateReviewBody,
  HelpfulVote,
  HelpfulVoteBody,
  ModerateReviewBody,
  OwnReview,
  RatingDistribution,
  RatingSummary,
  Recommendation,
  RecommendationList,
  Review,
  ReviewEligibility,
  ReviewList,
  ReviewReply,
  ReviewSettings,
  ReviewSettingsBody,
  UpdateReviewBody,
} from '../../sdk/schemas/index.ts';
import { Health } from '../health/routes.ts';
import { RetryPaymentBody } from '../orders/routes.ts';
import { WebhookAck } from '../payments/webhook-routes.ts';
import { ADMIN_OPERATIONS } from './admin-operations.ts';
import { CHECKOUT_OPERATIONS } from './checkout-operations.ts';
import { STICKER_OPERATIONS } from './sticker-operations.ts';

/** Schemas published as named components, so operations and other components refer to them by name. */
export const COMPONENTS: Record<string, z.core.$ZodType> = {
  Money,
  CategoryRef,
  ProductImage,
  ProductOption,
  Stock,
  Variant,
  ProductSummary,
  Product,
  ProductList,
  Category,
  CategoryList,
  FieldIssue,
  ErrorBody,
  Health,
  Address,
  CountryAddressFormat,
  CartLine,
  CartDiscount,
  ShippingOption,
  CartTotals,
  CartNotice,
  Cart,
  OrderLine,
  Order,
  PaymentSession,
  CheckoutResult,
  CreateCartBody,
  UpdateCartBody,
  AddCartLineBody,
  UpdateCartLineBody,
  ApplyDiscountBody,
  CreateOrderBody,
  RetryPaymentBody,
  WebhookAck,
  StickerSpec,
  StickerLineChoice,
  StickerLineDetails,
  StickerQuoteBody,
  StickerPriceBreak,
  StickerQuote,
  StickerOptions,
  Upload,
  Account,
  SignInBody,
  AccountSession,
  AdminOrderSummary,
  AdminOrderList,
  AdminDesign,
  AdminOrder,
  ReviewReply,
  Review,
  OwnReview,
  RatingDistribution,
  RatingSummary,
  ReviewList,
  ReviewEligibility,
  CreateReviewBody,
  UpdateReviewBody,
  HelpfulVoteBody,
  HelpfulVote,
  AdminReview,
  AdminReviewList,
  ModerateReviewBody,
  ReviewSettings,
  ReviewSettingsBody,
  Recommendation,
  RecommendationList,
};

export type ComponentName = keyof typeof COMPONENTS;

export type OperationResponse = {
  description: string;
  /** A component name for JSON bodies, or a content type for other bodies; none for a 204. */
  body?: { component: ComponentName } | { contentType: string };
};

export type Operation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path template: `/api/products/{idOrHandle}`. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  query?: z.core.$ZodType;
  /** Descriptions of query parameters by name (their schemas come from `query`). */
  queryDescriptions?: Record<string, string>;
  pathParams?: { name: string; description: string }[];
  headers?: { name: string; description: string; required: boolean }[];
  /** A JSON request body, by component name. */
  body?: ComponentName;
  /** A body that is not JSON (an uploaded file), by content type. */
  rawBody?: { contentType: string; description: string };
  responses: Record<number, OperationResponse>;
  /** `bearer`: the route needs `Authorization: Bearer <session token>` (an admin's for `/api/admin/*`). */
  security?: 'bearer';
};

export const errorResponse = (description: string): OperationResponse => ({ description, body: { component: 'ErrorBody' } });

/** Every API route the server answers. A test checks this list against the app's routes. */
export const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/products',
    operationId: 'listProducts',
    tag: 'Catalog',
    summary: 'List and search products',
    description:
      'One page of products. `q` runs a ranked full-text search over title, tags, category, option values ' +
      '(colours, sizes) and description (each word stemmed and prefix-matched, all words required). Follow ' +
      '`nextCursor` for the next page; it is null on the last. An empty parameter counts as absent; a parameter ' +
      'not listed here is refused with `validation_failed`.',
    query: ProductListQuery,
    queryDescriptions: {
      q: 'Search words. Punctuation is ignored; an empty value means no search.',
      category: 'A category handle.',
      minPrice: "Lowest product price to include, in minor units (inclusive). Compared with the product's lowest variant price.",
      maxPrice:
        "Highest product price to include, in minor units (inclusive). Compared with the product's lowest variant price. " +
        'Not below `minPrice`.',
      inStock: '`true` (or 1, yes, on): only products with at least one variant available. `false` or absent: no stock filter.',
      sort: '`relevance` needs `q`; without it the list is newest first. Price sorts use the lowest variant price.',
      limit: `Page size, 1 to ${MAX_PAGE_SIZE}.`,
      cursor: '`nextCursor` of the previous page, with the same `sort` and `q`. Other filters should stay the same too.',
    },
    responses: {
      200: { description: 'A page of product summaries.', body: { component: 'ProductList' } },
      400: errorResponse('`validation_failed` with the offending fields, or `invalid_cursor`.'),
    },
  },
  {
    method: 'get',
    path: '/api/products/{idOrHandle}',
    operationId: 'getProduct',
    tag: 'Catalog',
    summary: 'Get one product',
    description: 'A product with its images, options, variants, prices and stock.',
    pathParams: [{ name: 'idOrHandle', description: 'The product id (`prod_…`) or its URL handle.' }],
    responses: {
      200: { description: 'The product.', body: { component: 'Product' } },
      404: errorResponse('`not_found`: no product has this id or handle.'),
    },
  },
  {
    method: 'get',
    path: '/api/categories',
    operationId: 'listCategories',
    tag: 'Catalog',
    summary: 'List categories',
    description:
      'Every category in display order, with the number of products in each. The whole list is one page, so ' +
      '`nextCursor` is null. It takes no query parameters: any parameter is refused with `validation_failed`.',
    query: CategoryListQuery,
    responses: {
      200: { description: 'All categories.', body: { component: 'CategoryList' } },
      400: errorResponse('`validation_failed`: a query parameter was given.'),
    },
  },
  {
    method: 'get',
    path: '/api/health',
    operationId: 'health',
    tag: 'Service',
    summary: 'Health check',
    responses: {
      200: { description: 'The server and its database answer.', body: { component: 'Health' } },
      503: errorResponse('The database does not answer.'),
    },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'openApiDocument',
    tag: 'Service',
    summary: 'This API description (OpenAPI 3.1)',
    responses: { 200: { description: 'The OpenAPI document.', body: { contentType: 'application/json' } } },
  },
  {
    method: 'get',
    path: '/api/docs',
    operationId: 'apiReference',
    tag: 'Service',
    summary: 'The API reference as a web page',
    responses: { 200: { description: 'An HTML page rendered from the OpenAPI document.', body: { contentType: 'text/html' } } },
  },
  ...CHECKOUT_OPERATIONS,
  ...STICKER_OPERATIONS,
  ...ADMIN_OPERATIONS,
];
