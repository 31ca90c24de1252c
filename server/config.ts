import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { UPLOAD_FORMATS, type UploadFormat } from '../sdk/schemas/upload.ts';

/** Everything the server needs to know about its surroundings. Built by `resolveConfig` or `configFromEnv` (config-env.ts). */
export type ServerConfig = {
  port: number;
  host: string;
  /** A SQLite file path (or `:memory:`); `postgres://` URLs are reserved for the scale-out store. */
  databaseUrl: string;
  /** Origins allowed to embed the shop (CORS). The server's own origin is always allowed. */
  allowedOrigins: string[];
  /** ISO 4217 code every price is in. */
  currency: string;
  uploadDir: string;
  /** Largest design a shopper may upload, in bytes; reading stops as soon as an upload passes it. */
  maxUploadBytes: number;
  /** Design formats accepted, decided from each file's content. */
  uploadFormats: UploadFormat[];
  production: boolean;
  /** `example` loads the example catalog on a start that finds no products. */
  seed: 'example' | 'none';
  /** Folders served as files: the built bundle, the example pages and the seed images. */
  publicDir: { dist: string; examples: string; seedImages: string };
  /** The shop's name in emails and on the test payment page. */
  shopName: string;
  /**
   * Where shoppers reach this server (`https://shop.example.com`), for links in emails and the test
   * gateway's payment page. Unset: the address the server listens on.
   */
  publicUrl?: string;
  /** The page showing an order (it hosts `<order-status>`); email links point here. Unset: `publicUrl` + `/`. */
  orderPageUrl?: string;
  /**
   * The page hosting `<account-panel>`: verification and password reset links point here. Unset: the example
   * shop's account page, `publicUrl` + `/examples/account/`.
   */
  accountPageUrl?: string;
  /** Who sells, as the invoices say: the shop's legal name (default: `shopName`), postal address and tax id. */
  seller: SellerConfig;
  /**
   * Signs the order links in emails. Unset outside production: a random secret per start (links then stop
   * working after a restart). Required in production.
   */
  orderLinkSecret?: string;
  /** How long stock stays reserved for an unpaid order before the order fails and the stock returns. */
  reservationMinutes: number;
  /** Days after payment that the review-request email goes out. */
  reviewRequestDays: number;
  /** Days after delivery that a customer may ask to return lines. */
  returnWindowDays: number;
  /** The shop's IANA time zone: sales reports count days in it. */
  timeZone: string;
  /**
   * A product's page on the shop's site, with `{handle}` for the product (it hosts `<product-reviews>`); the
   * review-request email links there. Unset: `publicUrl` + `/?product={handle}`, the example shop's.
   */
  productPageUrl?: string;
  /** Stripe takes payments when set; otherwise the built-in test gateway does (refused in production). */
  stripe?: StripeConfig;
  /** `smtp://user:pass@host:587`; unset: messages go to the outbox folder. */
  smtpUrl?: string;
  /** The sender of the shop's emails. */
  mailFrom: string;
  /** Where emails go while no SMTP server is configured; readable at `/dev/outbox` outside production. */
  outboxDir: string;
  /**
   * The admin to make sure of at start: created, or given the admin role and this password. Unset: no
   * admin is touched (outside production, `npm start`'s example shop makes a development admin).
   */
  admin?: AdminConfig;
  /** Who tracks parcels: `manual` (the admin enters events; the default) or EasyPost Trackers. */
  tracking?: TrackingConfig;
};

export type TrackingConfig =
  | { provider: 'manual' }
  | {
      provider: 'easypost';
      apiKey: string;
      webhookSecret: string;
      /** Where the EasyPost API is; only tests point it elsewhere. */
      apiUrl?: string;
    };

export type AdminConfig = { email: string; password: string };

/** The seller on invoices. `address` may hold several lines, separated by newlines. */
export type SellerConfig = { name: string; address: string; taxId?: string };

/** Shorter admin passwords are refused: an admin token opens every order and customer's design. */
export const MIN_ADMIN_PASSWORD_LENGTH = 12;

export type StripeConfig = {
  secretKey: string;
  webhookSecret: string;
  /** `pk_…`: with it, the checkout can pay inside the page (Stripe's embedded Checkout) instead of leaving it. */
  publishableKey?: string;
  /** Where the Stripe API is; only tests point these elsewhere. */
  apiHost?: string;
  apiPort?: number;
  apiProtocol?: 'http' | 'https';
};

/** The package root: the nearest folder above this module holding a package.json (works from `server/` and `dist/server/`). */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();

const Origin = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}, 'must be an origin such as https://shop.example.com (scheme, host and optional port, no path or trailing slash)');

const isWebUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** A zone `Intl` knows; a typo would otherwise count every report's days in UTC without a word. */
const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

const WebUrl = z.string().refine(isWebUrl, 'must be an absolute http(s) URL');

/** A base URL that paths are appended to: no query, fragment or trailing slash. */
const BaseUrl = z
  .string()
  .refine(
    (value) => isWebUrl(value) && !/[?#]/.test(value) && !value.endsWith('/'),
    'must be an http(s) URL without a trailing slash, query or fragment',
  );

const ConfigSchema = z.object({
  port: z.number().int().min(0).max(65535),
  host: z.string().min(1),
  databaseUrl: z
    .string()
    .min(1)
    .refine(
      (value) => !/^postgres(ql)?:\/\//i.test(value),
      'names PostgreSQL, which this build does not support yet; use a SQLite file path',
    ),
  allowedOrigins: z.array(Origin),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
  uploadDir: z.string().min(1),
  maxUploadBytes: z
    .number()
    .int()
    .min(1)
    .max(2 ** 40),
  uploadFormats: z.array(z.enum(UPLOAD_FORMATS)).min(1, 'must name at least one format'),
  production: z.boolean(),
  seed: z.enum(['example', 'none']),
  publicDir: z.object({ dist: z.string(), examples: z.string(), seedImages: z.string() }),
  shopName: z.string().trim().min(1).max(100),
  publicUrl: z.optional(BaseUrl),
  orderPageUrl: z.optional(WebUrl),
  accountPageUrl: z.optional(WebUrl),
  seller: z.object({
    name: z.string().trim().min(1).max(200),
    address: z.string().trim().max(500),
    taxId: z.optional(z.string().trim().min(1).max(50)),
  }),
  orderLinkSecret: z.optional(z.string().min(32, 'must be at least 32 characters')),
  reservationMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  reviewRequestDays: z.number().int().min(0).max(365),
  returnWindowDays: z.number().int().min(0).max(365),
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris'),
  productPageUrl: z.optional(WebUrl.refine((url) => url.includes('{handle}'), 'must contain {handle}')),
  stripe: z.optional(
    z.object({
      secretKey: z
        .string()
        .regex(
          /^[rs]k_(test|live)_\w+$/,
          'must be a Stripe secret key (sk_test_…, sk_live_… or a restricted rk_… key)',
        ),
      webhookSecret: z.string().regex(/^whsec_\w+$/, 'must be a webhook signing secret (whsec_…)'),
      publishableKey: z.optional(
        z.string().regex(/^pk_(test|live)_\w+$/, 'must be a Stripe publishable key (pk_test_… or pk_live_…)'),
      ),
      apiHost: z.optional(z.string().min(1)),
      apiPort: z.optional(z.number().int().min(1).max(65535)),
      apiProtocol: z.optional(z.enum(['http', 'https'])),
    }),
  ),
  smtpUrl: z.optional(z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')),
  mailFrom: z.string().min(3),
  outboxDir: z.string().min(1),
  tracking: z.optional(
    z.discriminatedUnion('provider', [
      z.object({ provider: z.literal('manual') }),
      z.object({
        provider: z.literal('easypost'),
        apiKey: z.string().min(8, 'must be an EasyPost API key'),
        webhookSecret: z.string().min(8, 'must be the webhook secret set on EasyPost (at least 8 characters)'),
        apiUrl: z.optional(BaseUrl),
      }),
    ]),
  ),
  // The password's value never appears in an error: zod's messages name the rule, not the input.
  admin: z.optional(
    z.object({
      email: z.string().trim().email('must be an email address').max(254),
      password: z.string().min(MIN_ADMIN_PASSWORD_LENGTH, `must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters`),
    }),
  ),
});

/** 50 MB: print-ready artwork (a layered PSD, a PDF with embedded images) is often tens of megabytes. */
export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export type PartialServerConfig = Partial<Omit<ServerConfig, 'publicDir' | 'seller'>> & {
  publicDir?: Partial<ServerConfig['publicDir']>;
  seller?: Partial<SellerConfig>;
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function describeIssues(error: z.ZodError, names: Record<string, string> = {}): string {
  return error.issues
    .map((issue) => {
      const key = issue.path.map(String).join('.');
      const top = String(issue.path[0] ?? '');
      return `${names[key] ?? names[top] ?? key}: ${issue.message}`;
    })
    .join('; ');
}

/** Drops keys whose value is undefined, so optional settings are absent rather than present-but-undefined. */
export function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/** Fills every missing setting with its default and validates the result; throws `ConfigError` on bad values. */
export function resolveConfig(partial: PartialServerConfig = {}, envNames?: Record<string, string>): ServerConfig {
  const shopName = partial.shopName ?? 'Storelet Shop';
  const candidate = {
    port: partial.port ?? 3000,
    host: partial.host ?? '127.0.0.1',
    databaseUrl: partial.databaseUrl ?? './data/storelet.db',
    allowedOrigins: partial.allowedOrigins ?? [],
    currency: partial.currency ?? 'USD',
    uploadDir: partial.uploadDir ?? './data/uploads',
    maxUploadBytes: partial.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    uploadFormats: partial.uploadFormats ?? [...UPLOAD_FORMATS],
    production: partial.production ?? false,
    seed: partial.seed ?? 'example',
    publicDir: {
      dist: resolve(partial.publicDir?.dist ?? join(PACKAGE_ROOT, 'dist')),
      examples: resolve(partial.publicDir?.examples ?? join(PACKAGE_ROOT, 'examples')),
      seedImages: resolve(partial.publicDir?.seedImages ?? join(PACKAGE_ROOT, 'server', 'seed', 'images')),
    },
    shopName,
    seller: {
      name: partial.seller?.name ?? shopName,
      address: partial.seller?.address ?? '',
      ...defined({ taxId: partial.seller?.taxId }),
    },
    reservationMinutes: partial.reservationMinutes ?? 30,
    reviewRequestDays: partial.reviewRequestDays ?? 7,
    returnWindowDays: partial.returnWindowDays ?? 30,
    timeZone: partial.timeZone ?? 'UTC',
    // Quoted, so a name with commas or dots stays one display name.
    mailFrom: partial.mailFrom ?? `"${shopName.replace(/["\\]/g, '')}" <orders@localhost>`,
    outboxDir: partial.outboxDir ?? './data/outbox',
    ...defined({
      publicUrl: partial.publicUrl,
      orderPageUrl: partial.orderPageUrl,
      accountPageUrl: partial.accountPageUrl,
      productPageUrl: partial.productPageUrl,
      orderLinkSecret: partial.orderLinkSecret,
      stripe: partial.stripe,
      smtpUrl: partial.smtpUrl,
      admin: partial.admin,
      tracking: partial.tracking,
    }),
  };
  const parsed = ConfigSchema.safeParse(candidate);
  if (!parsed.success) throw new ConfigError(`Invalid configuration: ${describeIssues(parsed.error, envNames)}`);
  return parsed.data;
}

/**
 * What production refuses to run without: real payments (the test gateway would hand out free orders),
 * a fixed link secret (a random one would break every emailed order link at the next restart), and the
 * public address (links and return URLs can't be checked against a listening address like 127.0.0.1).
 */
export function checkProductionConfig(config: ServerConfig): void {
  if (!config.production) return;
  const missing = [
    ...(config.stripe
      ? []
      : ['STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET (the test gateway is refused in production)']),
    ...(config.orderLinkSecret ? [] : ['ORDER_LINK_SECRET (at least 32 characters)']),
    ...(config.publicUrl ? [] : ['PUBLIC_URL (where shoppers reach this server)']),
  ];
  if (missing.length > 0) throw new ConfigError(`Production mode needs ${missing.join(', ')}.`);
}
