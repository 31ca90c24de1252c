import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';

/** Everything the server needs to know about its surroundings. Built by `resolveConfig` or `configFromEnv`. */
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
  production: boolean;
  /** `example` loads the example catalog on a start that finds no products. */
  seed: 'example' | 'none';
  /** Folders served as files: the built bundle, the example pages and the seed images. */
  publicDir: { dist: string; examples: string; seedImages: string };
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

const ConfigSchema = z.object({
  port: z.number().int().min(0).max(65535),
  host: z.string().min(1),
  databaseUrl: z.string().min(1),
  allowedOrigins: z.array(Origin),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
  uploadDir: z.string().min(1),
  production: z.boolean(),
  seed: z.enum(['example', 'none']),
  publicDir: z.object({ dist: z.string(), examples: z.string(), seedImages: z.string() }),
});

export type PartialServerConfig = Partial<Omit<ServerConfig, 'publicDir'>> & {
  publicDir?: Partial<ServerConfig['publicDir']>;
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function describeIssues(error: z.ZodError, names: Record<string, string> = {}): string {
  return error.issues
    .map((issue) => {
      const key = issue.path.map(String).join('.');
      const top = String(issue.path[0] ?? '');
      return `${names[top] ?? key}: ${issue.message}`;
    })
    .join('; ');
}

/** Fills every missing setting with its default and validates the result; throws `ConfigError` on bad values. */
export function resolveConfig(partial: PartialServerConfig = {}, envNames?: Record<string, string>): ServerConfig {
  const candidate = {
    port: partial.port ?? 3000,
    host: partial.host ?? '127.0.0.1',
    databaseUrl: partial.databaseUrl ?? './data/storelet.db',
    allowedOrigins: partial.allowedOrigins ?? [],
    currency: partial.currency ?? 'USD',
    uploadDir: partial.uploadDir ?? './data/uploads',
    production: partial.production ?? false,
    seed: partial.seed ?? 'example',
    publicDir: {
      dist: resolve(partial.publicDir?.dist ?? join(PACKAGE_ROOT, 'dist')),
      examples: resolve(partial.publicDir?.examples ?? join(PACKAGE_ROOT, 'examples')),
      seedImages: resolve(partial.publicDir?.seedImages ?? join(PACKAGE_ROOT, 'server', 'seed', 'images')),
    },
  };
  const parsed = ConfigSchema.safeParse(candidate);
  if (!parsed.success) throw new ConfigError(`Invalid configuration: ${describeIssues(parsed.error, envNames)}`);
  return parsed.data;
}

/** Which environment variable sets which setting, so errors name what the operator actually typed. */
const ENV_NAMES: Record<string, string> = {
  port: 'PORT',
  host: 'HOST',
  databaseUrl: 'DATABASE_URL',
  allowedOrigins: 'STOREFRONT_ORIGINS',
  currency: 'STORE_CURRENCY',
  uploadDir: 'UPLOAD_DIR',
  production: 'NODE_ENV',
  seed: 'SEED',
};

const EnvSchema = z.object({
  PORT: z.optional(z.string().regex(/^\d{1,5}$/, 'must be a port number').transform(Number)),
  HOST: z.optional(z.string().min(1)),
  DATABASE_URL: z.optional(z.string().min(1)),
  STOREFRONT_ORIGINS: z.optional(z.string()),
  STORE_CURRENCY: z.optional(z.string()),
  UPLOAD_DIR: z.optional(z.string().min(1)),
  NODE_ENV: z.optional(z.string()),
  SEED: z.optional(z.enum(['example', 'none'])),
});

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
      production: vars.NODE_ENV === 'production',
      seed: vars.SEED,
    },
    ENV_NAMES,
  );
}
