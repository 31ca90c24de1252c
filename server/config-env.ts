import * as z from 'zod';
import type { UploadFormat } from '../sdk/schemas/upload.ts';
import {
  ConfigError,
  defined,
  describeIssues,
  resolveConfig,
  type AdminConfig,
  type ServerConfig,
  type StripeConfig,
  type TrackingConfig,
} from './config.ts';

/** Which environment variable sets which setting, so errors name what the operator actually typed. */
const ENV_NAMES: Record<string, string> = {
  port: 'PORT',
  host: 'HOST',
  databaseUrl: 'DATABASE_URL',
  allowedOrigins: 'STOREFRONT_ORIGINS',
  currency: 'STORE_CURRENCY',
  uploadDir: 'UPLOAD_DIR',
  maxUploadBytes: 'MAX_UPLOAD_BYTES',
  uploadFormats: 'UPLOAD_FORMATS',
  production: 'NODE_ENV',
  seed: 'SEED',
  shopName: 'SHOP_NAME',
  publicUrl: 'PUBLIC_URL',
  orderPageUrl: 'ORDER_PAGE_URL',
  accountPageUrl: 'ACCOUNT_PAGE_URL',
  'seller.name': 'SELLER_NAME',
  'seller.address': 'SELLER_ADDRESS',
  'seller.taxId': 'SELLER_TAX_ID',
  orderLinkSecret: 'ORDER_LINK_SECRET',
  reservationMinutes: 'RESERVATION_MINUTES',
  reviewRequestDays: 'REVIEW_REQUEST_DAYS',
  returnWindowDays: 'RETURN_WINDOW_DAYS',
  timeZone: 'SHOP_TIME_ZONE',
  productPageUrl: 'PRODUCT_PAGE_URL',
  'stripe.secretKey': 'STRIPE_SECRET_KEY',
  'stripe.webhookSecret': 'STRIPE_WEBHOOK_SECRET',
  'stripe.publishableKey': 'STRIPE_PUBLISHABLE_KEY',
  'stripe.apiHost': 'STRIPE_API_HOST',
  'stripe.apiPort': 'STRIPE_API_PORT',
  'stripe.apiProtocol': 'STRIPE_API_PROTOCOL',
  smtpUrl: 'SMTP_URL',
  mailFrom: 'MAIL_FROM',
  outboxDir: 'OUTBOX_DIR',
  'admin.email': 'STORELET_ADMIN_EMAIL',
  'admin.password': 'STORELET_ADMIN_PASSWORD',
  tracking: 'TRACKING_PROVIDER',
  'tracking.apiKey': 'EASYPOST_API_KEY',
  'tracking.webhookSecret': 'EASYPOST_WEBHOOK_SECRET',
  'tracking.apiUrl': 'EASYPOST_API_URL',
};

const EnvSchema = z.object({
  PORT: z.optional(
    z
      .string()
      .regex(/^\d{1,5}$/, 'must be a port number')
      .transform(Number),
  ),
  HOST: z.optional(z.string().min(1)),
  DATABASE_URL: z.optional(z.string().min(1)),
  STOREFRONT_ORIGINS: z.optional(z.string()),
  STORE_CURRENCY: z.optional(z.string()),
  UPLOAD_DIR: z.optional(z.string().min(1)),
  MAX_UPLOAD_BYTES: z.optional(
    z
      .string()
      .regex(/^\d{1,13}$/, 'must be a whole number of bytes')
      .transform(Number),
  ),
  UPLOAD_FORMATS: z.optional(z.string()),
  NODE_ENV: z.optional(z.string()),
  SEED: z.optional(z.enum(['example', 'none'])),
  SHOP_NAME: z.optional(z.string()),
  PUBLIC_URL: z.optional(z.string()),
  ORDER_PAGE_URL: z.optional(z.string()),
  ACCOUNT_PAGE_URL: z.optional(z.string()),
  SELLER_NAME: z.optional(z.string()),
  // Several lines in one variable: `\n` (a backslash and n) breaks a line, as in a .env file.
  SELLER_ADDRESS: z.optional(z.string().transform((value) => value.replace(/\\n/g, '\n'))),
  SELLER_TAX_ID: z.optional(z.string()),
  PRODUCT_PAGE_URL: z.optional(z.string()),
  REVIEW_REQUEST_DAYS: z.optional(
    z
      .string()
      .regex(/^\d{1,3}$/, 'must be a whole number of days')
      .transform(Number),
  ),
  RETURN_WINDOW_DAYS: z.optional(
    z
      .string()
      .regex(/^\d{1,3}$/, 'must be a whole number of days')
      .transform(Number),
  ),
  SHOP_TIME_ZONE: z.optional(z.string()),
  ORDER_LINK_SECRET: z.optional(z.string()),
  RESERVATION_MINUTES: z.optional(
    z
      .string()
      .regex(/^\d{1,5}$/, 'must be a whole number of minutes')
      .transform(Number),
  ),
  STRIPE_SECRET_KEY: z.optional(z.string()),
  STRIPE_WEBHOOK_SECRET: z.optional(z.string()),
  STRIPE_PUBLISHABLE_KEY: z.optional(z.string()),
  // For tests against a Stripe API on loopback; never needed in a real deployment.
  STRIPE_API_HOST: z.optional(z.string()),
  STRIPE_API_PORT: z.optional(
    z
      .string()
      .regex(/^\d{1,5}$/, 'must be a port number')
      .transform(Number),
  ),
  STRIPE_API_PROTOCOL: z.optional(z.enum(['http', 'https'])),
  SMTP_URL: z.optional(z.string()),
  MAIL_FROM: z.optional(z.string()),
  OUTBOX_DIR: z.optional(z.string()),
  STORELET_ADMIN_EMAIL: z.optional(z.string()),
  STORELET_ADMIN_PASSWORD: z.optional(z.string()),
  TRACKING_PROVIDER: z.optional(z.enum(['manual', 'easypost'])),
  EASYPOST_API_KEY: z.optional(z.string()),
  EASYPOST_WEBHOOK_SECRET: z.optional(z.string()),
  // For tests against an EasyPost API on loopback; never needed in a real deployment.
  EASYPOST_API_URL: z.optional(z.string()),
});

/** `TRACKING_PROVIDER=easypost` needs its key and webhook secret; `manual` (the default) needs nothing. */
function trackingFromEnv(vars: z.infer<typeof EnvSchema>): TrackingConfig | undefined {
  if (vars.TRACKING_PROVIDER !== 'easypost') return vars.TRACKING_PROVIDER ? { provider: 'manual' } : undefined;
  const { EASYPOST_API_KEY: apiKey, EASYPOST_WEBHOOK_SECRET: webhookSecret } = vars;
  if (!apiKey || !webhookSecret) {
    throw new ConfigError(
      'Invalid environment: TRACKING_PROVIDER=easypost needs EASYPOST_API_KEY and EASYPOST_WEBHOOK_SECRET.',
    );
  }
  return defined({
    provider: 'easypost' as const,
    apiKey,
    webhookSecret,
    apiUrl: vars.EASYPOST_API_URL?.replace(/\/+$/, ''),
  });
}

/** Stripe settings from the environment: both secrets or neither. */
function stripeFromEnv(vars: z.infer<typeof EnvSchema>): StripeConfig | undefined {
  const { STRIPE_SECRET_KEY: secretKey, STRIPE_WEBHOOK_SECRET: webhookSecret } = vars;
  if (!secretKey && !webhookSecret) return undefined;
  if (!secretKey || !webhookSecret) {
    throw new ConfigError('Invalid environment: STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set together.');
  }
  return defined({
    secretKey,
    webhookSecret,
    publishableKey: vars.STRIPE_PUBLISHABLE_KEY,
    apiHost: vars.STRIPE_API_HOST,
    apiPort: vars.STRIPE_API_PORT,
    apiProtocol: vars.STRIPE_API_PROTOCOL,
  });
}

/** The admin to make sure of at start: both variables or neither. */
function adminFromEnv(vars: z.infer<typeof EnvSchema>): AdminConfig | undefined {
  const { STORELET_ADMIN_EMAIL: email, STORELET_ADMIN_PASSWORD: password } = vars;
  if (!email && !password) return undefined;
  if (!email || !password) {
    throw new ConfigError(
      'Invalid environment: STORELET_ADMIN_EMAIL and STORELET_ADMIN_PASSWORD must be set together.',
    );
  }
  return { email, password };
}

/**
 * Reads the server's configuration from environment variables. This is the only place that reads them.
 * Empty variables count as unset.
 */
export function configFromEnv(env: Record<string, string | undefined> = process.env): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) throw new ConfigError(`Invalid environment: ${describeIssues(parsed.error)}`);
  const vars = parsed.data;
  return resolveConfig(
    {
      port: vars.PORT,
      host: vars.HOST,
      databaseUrl: vars.DATABASE_URL,
      allowedOrigins: vars.STOREFRONT_ORIGINS?.split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
      currency: vars.STORE_CURRENCY?.toUpperCase(),
      uploadDir: vars.UPLOAD_DIR,
      maxUploadBytes: vars.MAX_UPLOAD_BYTES,
      // Checked against UPLOAD_FORMATS by resolveConfig, which names the variable in its error.
      uploadFormats: vars.UPLOAD_FORMATS?.split(',')
        .map((format) => format.trim().toLowerCase())
        .filter((format) => format !== '') as UploadFormat[] | undefined,
      production: vars.NODE_ENV === 'production',
      seed: vars.SEED,
      shopName: vars.SHOP_NAME,
      publicUrl: vars.PUBLIC_URL?.replace(/\/+$/, ''),
      orderPageUrl: vars.ORDER_PAGE_URL,
      accountPageUrl: vars.ACCOUNT_PAGE_URL,
      seller: defined({ name: vars.SELLER_NAME, address: vars.SELLER_ADDRESS, taxId: vars.SELLER_TAX_ID }),
      orderLinkSecret: vars.ORDER_LINK_SECRET,
      reservationMinutes: vars.RESERVATION_MINUTES,
      reviewRequestDays: vars.REVIEW_REQUEST_DAYS,
      returnWindowDays: vars.RETURN_WINDOW_DAYS,
      timeZone: vars.SHOP_TIME_ZONE,
      productPageUrl: vars.PRODUCT_PAGE_URL,
      stripe: stripeFromEnv(vars),
      smtpUrl: vars.SMTP_URL,
      mailFrom: vars.MAIL_FROM,
      outboxDir: vars.OUTBOX_DIR,
      admin: adminFromEnv(vars),
      tracking: trackingFromEnv(vars),
    },
    ENV_NAMES,
  );
}
