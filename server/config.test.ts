import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { configFromEnv } from './config-env.ts';
import { checkProductionConfig, ConfigError, PACKAGE_ROOT, resolveConfig } from './config.ts';

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
      maxUploadBytes: 50 * 1024 * 1024,
      uploadFormats: ['pdf', 'ai', 'eps', 'cdr', 'svg', 'psd', 'png', 'jpeg', 'tiff', 'webp', 'gif'],
      production: false,
      seed: 'example',
      publicDir: {
        dist: join(PACKAGE_ROOT, 'dist'),
        examples: join(PACKAGE_ROOT, 'examples'),
        seedImages: join(PACKAGE_ROOT, 'server', 'seed', 'images'),
      },
      shopName: 'Storelet Shop',
      seller: { name: 'Storelet Shop', address: '' },
      reservationMinutes: 30,
      reviewRequestDays: 7,
      returnWindowDays: 30,
      timeZone: 'UTC',
      mailFrom: '"Storelet Shop" <orders@localhost>',
      outboxDir: './data/outbox',
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
      MAX_UPLOAD_BYTES: '10485760',
      UPLOAD_FORMATS: 'PNG, svg,pdf,',
      NODE_ENV: 'production',
      SEED: 'none',
      SHOP_NAME: 'Sticker Shop',
      PUBLIC_URL: 'https://shop.example.com/',
      ORDER_PAGE_URL: 'https://www.example.com/order',
      ACCOUNT_PAGE_URL: 'https://www.example.com/account',
      SELLER_NAME: 'Sticker Shop LLC',
      SELLER_ADDRESS: '1 Print Lane\\nPortland, OR 97201',
      SELLER_TAX_ID: 'US-12-3456789',
      ORDER_LINK_SECRET: 'x'.repeat(40),
      RESERVATION_MINUTES: '45',
      REVIEW_REQUEST_DAYS: '10',
      RETURN_WINDOW_DAYS: '14',
      SHOP_TIME_ZONE: 'Europe/Paris',
      PRODUCT_PAGE_URL: 'https://www.example.com/p/{handle}',
      STRIPE_SECRET_KEY: 'sk_live_abc123',
      STRIPE_WEBHOOK_SECRET: 'whsec_abc123',
      STRIPE_PUBLISHABLE_KEY: 'pk_live_abc123',
      SMTP_URL: 'smtps://user:pass@mail.example.com:465',
      MAIL_FROM: 'Sticker Shop <orders@example.com>',
      OUTBOX_DIR: '/var/lib/storelet/outbox',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.databaseUrl, '/var/lib/storelet/shop.db');
    assert.deepEqual(config.allowedOrigins, ['https://shop.example.com', 'http://localhost:5173']);
    assert.equal(config.currency, 'EUR');
    assert.equal(config.uploadDir, '/var/lib/storelet/uploads');
    assert.equal(config.maxUploadBytes, 10_485_760);
    assert.deepEqual(config.uploadFormats, ['png', 'svg', 'pdf']);
    assert.equal(config.production, true);
    assert.equal(config.seed, 'none');
    assert.equal(config.shopName, 'Sticker Shop');
    assert.equal(config.publicUrl, 'https://shop.example.com', 'a trailing slash is dropped');
    assert.equal(config.orderPageUrl, 'https://www.example.com/order');
    assert.equal(config.accountPageUrl, 'https://www.example.com/account');
    assert.deepEqual(config.seller, {
      name: 'Sticker Shop LLC',
      address: '1 Print Lane\nPortland, OR 97201',
      taxId: 'US-12-3456789',
    });
    assert.equal(config.orderLinkSecret, 'x'.repeat(40));
    assert.equal(config.reservationMinutes, 45);
    assert.equal(config.reviewRequestDays, 10);
    assert.equal(config.returnWindowDays, 14);
    assert.equal(config.timeZone, 'Europe/Paris');
    assert.equal(config.productPageUrl, 'https://www.example.com/p/{handle}');
    assert.deepEqual(config.stripe, {
      secretKey: 'sk_live_abc123',
      webhookSecret: 'whsec_abc123',
      publishableKey: 'pk_live_abc123',
    });
    assert.equal(config.smtpUrl, 'smtps://user:pass@mail.example.com:465');
    assert.equal(config.mailFrom, 'Sticker Shop <orders@example.com>');
    assert.equal(config.outboxDir, '/var/lib/storelet/outbox');
  });

  test('the Stripe API location is for tests and comes with the keys', () => {
    const config = configFromEnv({
      STRIPE_SECRET_KEY: 'sk_test_x',
      STRIPE_WEBHOOK_SECRET: 'whsec_x',
      STRIPE_API_HOST: '127.0.0.1',
      STRIPE_API_PORT: '12111',
      STRIPE_API_PROTOCOL: 'http',
    });
    assert.deepEqual(config.stripe, {
      secretKey: 'sk_test_x',
      webhookSecret: 'whsec_x',
      apiHost: '127.0.0.1',
      apiPort: 12111,
      apiProtocol: 'http',
    });
    assert.throws(
      () => configFromEnv({ STRIPE_SECRET_KEY: 'sk_test_x' }),
      /STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET/,
    );
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
      [{ PUBLIC_URL: 'shop.example.com' }, /PUBLIC_URL/],
      [{ ORDER_LINK_SECRET: 'short' }, /ORDER_LINK_SECRET/],
      [{ RESERVATION_MINUTES: '2' }, /RESERVATION_MINUTES/],
      [{ RESERVATION_MINUTES: 'soon' }, /RESERVATION_MINUTES/],
      [{ REVIEW_REQUEST_DAYS: 'weekly' }, /REVIEW_REQUEST_DAYS/],
      [{ RETURN_WINDOW_DAYS: 'a month' }, /RETURN_WINDOW_DAYS/],
      [{ SHOP_TIME_ZONE: 'Mars/Olympus' }, /SHOP_TIME_ZONE/],
      [{ PRODUCT_PAGE_URL: 'https://www.example.com/products' }, /PRODUCT_PAGE_URL/],
      [{ STRIPE_SECRET_KEY: 'pk_test_x', STRIPE_WEBHOOK_SECRET: 'whsec_x' }, /STRIPE_SECRET_KEY/],
      [
        { STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_WEBHOOK_SECRET: 'whsec_x', STRIPE_PUBLISHABLE_KEY: 'sk_test_x' },
        /STRIPE_PUBLISHABLE_KEY/,
      ],
      [{ SMTP_URL: 'mail.example.com' }, /SMTP_URL/],
      [{ MAX_UPLOAD_BYTES: '50MB' }, /MAX_UPLOAD_BYTES/],
      [{ MAX_UPLOAD_BYTES: '0' }, /MAX_UPLOAD_BYTES/],
      [{ UPLOAD_FORMATS: 'png,exe' }, /UPLOAD_FORMATS/],
      [{ UPLOAD_FORMATS: ' , ' }, /UPLOAD_FORMATS/],
      [{ DATABASE_URL: 'postgres://shop@db.internal/shop' }, /DATABASE_URL: names PostgreSQL/],
    ];
    for (const [env, message] of cases) assert.throws(() => configFromEnv(env), message, JSON.stringify(env));
  });
});

describe('checkProductionConfig', () => {
  test('production needs Stripe, a fixed order-link secret and its public URL; development needs none', () => {
    assert.doesNotThrow(() => checkProductionConfig(resolveConfig()));
    assert.throws(
      () => checkProductionConfig(resolveConfig({ production: true })),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /STRIPE_SECRET_KEY/);
        assert.match(error.message, /ORDER_LINK_SECRET/);
        assert.match(error.message, /PUBLIC_URL/);
        return true;
      },
    );
    const stripe = { secretKey: 'sk_live_x', webhookSecret: 'whsec_x' };
    const publicUrl = 'https://shop.example.com';
    assert.throws(
      () => checkProductionConfig(resolveConfig({ production: true, stripe, publicUrl })),
      /ORDER_LINK_SECRET/,
    );
    assert.doesNotThrow(() =>
      checkProductionConfig(resolveConfig({ production: true, stripe, publicUrl, orderLinkSecret: 's'.repeat(32) })),
    );
  });
});
