import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { SellerConfig, ServerConfig } from '../config.ts';
import type { DataStore } from '../data/store.ts';
import { createMailer } from '../email/create-mailer.ts';
import type { Mailer } from '../email/mailer.ts';
import type { ErrorLogger } from '../http/error-handler.ts';
import type { PaymentGateway } from '../payments/gateway.ts';
import type { UploadRules } from '../stickers/options.ts';
import { createLocalStorage, type UploadStorage } from '../uploads/storage.ts';
import { createStripeProvider } from '../payments/stripe-provider.ts';
import { createTestGateway } from '../payments/test-gateway.ts';
import { createEasyPostProvider } from '../shipments/easypost.ts';
import { manualProvider, type TrackingProvider } from '../shipments/provider.ts';
import { createTaskQueue, type TaskQueue } from './tasks.ts';

/** The settings cart and order services read, resolved once from the configuration. */
export type ShopSettings = {
  currency: string;
  shopName: string;
  /** Where shoppers reach this server, without a trailing slash. */
  publicUrl: string;
  /** The page that shows an order; email links point here. */
  orderPageUrl: string;
  /** The page hosting `<account-panel>`; verification and reset links point here. */
  accountPageUrl: string;
  /** Who sells, on invoices. */
  seller: SellerConfig;
  /** Origins a return URL may have, besides this server's own. */
  allowedOrigins: string[];
  reservationMinutes: number;
  /** Days after payment that a review-request email goes out. */
  reviewRequestDays: number;
  /** Days after delivery that a customer may ask to return lines. */
  returnWindowDays: number;
  /** The shop's IANA time zone, for sales reports. */
  timeZone: string;
  /** A product's page, `{handle}` standing for the product: review-request links point here. */
  productPageUrl: string;
  production: boolean;
  /** Signs order links in emails and design preview URLs. */
  orderLinkSecret: string;
  /** Which design formats shoppers may upload and how large, and the local folder incoming files stream into. */
  uploads: UploadRules & { stagingDir: string };
};

/**
 * Everything the cart and order services work with: the data layer, the payment gateway, the mailer,
 * the settings, a clock and a queue for work done after a response. Services are plain functions that
 * take it first; tests build one with a fixed clock.
 */
export type Shop = {
  data: DataStore;
  payments: PaymentGateway;
  mailer: Mailer;
  /** Who tracks parcels: the admin by hand, or a tracking service. */
  tracking: TrackingProvider;
  /** Where uploaded designs and their thumbnails are kept. */
  uploadStore: UploadStorage;
  settings: ShopSettings;
  now: () => Date;
  tasks: TaskQueue;
  log: ErrorLogger;
};

export type CreateShopOptions = {
  config: ServerConfig;
  data: DataStore;
  /** Used when the configuration names no `publicUrl`: the address the server listens on. */
  serverUrl: string;
  log?: ErrorLogger;
  now?: () => Date;
};

function createGateway(config: ServerConfig, data: DataStore, publicUrl: string): PaymentGateway {
  if (config.stripe) {
    const { secretKey, webhookSecret, publishableKey, apiHost, apiPort, apiProtocol } = config.stripe;
    return createStripeProvider({ secretKey, webhookSecret, publishableKey, apiHost, apiPort, apiProtocol });
  }
  return createTestGateway({
    publicUrl,
    webhookSecret: `whsec_${randomBytes(24).toString('hex')}`,
    findPayment: (sessionId) => data.orders.findPayment(sessionId),
  });
}

function createTracking(config: ServerConfig): TrackingProvider {
  const tracking = config.tracking;
  if (tracking?.provider !== 'easypost') return manualProvider;
  return createEasyPostProvider({
    apiKey: tracking.apiKey,
    webhookSecret: tracking.webhookSecret,
    apiUrl: tracking.apiUrl,
  });
}

export function createShop(options: CreateShopOptions): Shop {
  const { config, data } = options;
  const log = options.log ?? ((message, error) => console.error(message, error));
  const publicUrl = config.publicUrl ?? options.serverUrl;
  return {
    data,
    payments: createGateway(config, data, publicUrl),
    mailer: createMailer({ smtpUrl: config.smtpUrl, outboxDir: config.outboxDir, from: config.mailFrom }),
    tracking: createTracking(config),
    uploadStore: createLocalStorage(config.uploadDir),
    settings: {
      currency: config.currency,
      shopName: config.shopName,
      publicUrl,
      orderPageUrl: config.orderPageUrl ?? `${publicUrl}/`,
      accountPageUrl: config.accountPageUrl ?? `${publicUrl}/examples/account/`,
      seller: config.seller,
      allowedOrigins: config.allowedOrigins,
      reservationMinutes: config.reservationMinutes,
      reviewRequestDays: config.reviewRequestDays,
      returnWindowDays: config.returnWindowDays,
      timeZone: config.timeZone,
      productPageUrl: config.productPageUrl ?? `${publicUrl}/?product={handle}`,
      production: config.production,
      // Outside production a per-start secret is fine: links in old development emails simply stop opening.
      orderLinkSecret: config.orderLinkSecret ?? randomBytes(32).toString('base64url'),
      // A dot folder: storage keys never start with a dot, so staged files and stored ones cannot meet.
      uploads: {
        formats: config.uploadFormats,
        maxBytes: config.maxUploadBytes,
        stagingDir: join(config.uploadDir, '.staging'),
      },
    },
    now: options.now ?? (() => new Date()),
    tasks: createTaskQueue(log),
    log,
  };
}
