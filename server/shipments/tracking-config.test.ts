import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError } from '../config.ts';
import { configFromEnv } from '../config-env.ts';

test('TRACKING_PROVIDER: manual by default, EasyPost with its key and webhook secret, and never half configured', () => {
  assert.equal(configFromEnv({}).tracking, undefined);
  assert.deepEqual(configFromEnv({ TRACKING_PROVIDER: 'manual' }).tracking, { provider: 'manual' });
  assert.deepEqual(
    configFromEnv({
      TRACKING_PROVIDER: 'easypost',
      EASYPOST_API_KEY: 'EZAK0123456789',
      EASYPOST_WEBHOOK_SECRET: 'a long secret',
      EASYPOST_API_URL: 'http://127.0.0.1:9/',
    }).tracking,
    { provider: 'easypost', apiKey: 'EZAK0123456789', webhookSecret: 'a long secret', apiUrl: 'http://127.0.0.1:9' },
  );
  assert.throws(
    () => configFromEnv({ TRACKING_PROVIDER: 'easypost', EASYPOST_API_KEY: 'EZAK0123456789' }),
    ConfigError,
  );
  assert.throws(() => configFromEnv({ TRACKING_PROVIDER: 'aftership' }), /TRACKING_PROVIDER/);
  assert.throws(
    () =>
      configFromEnv({
        TRACKING_PROVIDER: 'easypost',
        EASYPOST_API_KEY: 'short',
        EASYPOST_WEBHOOK_SECRET: 'a long secret',
      }),
    /EASYPOST_API_KEY/,
  );
});
