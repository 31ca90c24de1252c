import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { configFromEnv, ConfigError, PACKAGE_ROOT, resolveConfig } from './config.ts';

describe('resolveConfig', () => {
  test('fills every default', () => {
    const config = resolveConfig();
    assert.deepEqual(config, {
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: './data/storelet.db',
      allowedOrigins: [],
      currency: 'USD',
      uploadDir: './data/uploads',
      production: false,
      seed: 'example',
      publicDir: {
        dist: join(PACKAGE_ROOT, 'dist'),
        examples: join(PACKAGE_ROOT, 'examples'),
        seedImages: join(PACKAGE_ROOT, 'server', 'seed', 'images'),
      },
    });
  });

  test('keeps what it is given and refuses bad values', () => {
    assert.equal(resolveConfig({ port: 0 }).port, 0);
    assert.throws(() => resolveConfig({ port: 70000 }), ConfigError);
    assert.throws(() => resolveConfig({ currency: 'usd' }), /currency/);
    assert.throws(() => resolveConfig({ allowedOrigins: ['https://shop.example.com/'] }), /allowedOrigins/);
  });
});

describe('configFromEnv', () => {
  test('reads every variable', () => {
    const config = configFromEnv({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: '/var/lib/storelet/shop.db',
      STOREFRONT_ORIGINS: 'https://shop.example.com, http://localhost:5173,,',
      STORE_CURRENCY: 'eur',
      UPLOAD_DIR: '/var/lib/storelet/uploads',
      NODE_ENV: 'production',
      SEED: 'none',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.databaseUrl, '/var/lib/storelet/shop.db');
    assert.deepEqual(config.allowedOrigins, ['https://shop.example.com', 'http://localhost:5173']);
    assert.equal(config.currency, 'EUR');
    assert.equal(config.uploadDir, '/var/lib/storelet/uploads');
    assert.equal(config.production, true);
    assert.equal(config.seed, 'none');
  });

  test('empty or absent variables mean defaults', () => {
    assert.deepEqual(configFromEnv({ PORT: '', NODE_ENV: 'development' }), resolveConfig());
  });

  test('errors name the variable at fault', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ PORT: 'abc' }, /PORT/],
      [{ PORT: '70000' }, /PORT/],
      [{ STOREFRONT_ORIGINS: 'https://ok.example, shop.example.com' }, /STOREFRONT_ORIGINS/],
      [{ STOREFRONT_ORIGINS: 'https://shop.example.com/path' }, /STOREFRONT_ORIGINS/],
      [{ STORE_CURRENCY: 'dollars' }, /STORE_CURRENCY/],
      [{ SEED: 'maybe' }, /SEED/],
    ];
    for (const [env, message] of cases) assert.throws(() => configFromEnv(env), message, JSON.stringify(env));
  });
});
