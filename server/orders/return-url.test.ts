import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReturnUrl, landingUrl } from './return-url.ts';

const settings = {
  publicUrl: 'https://shop.example.com',
  allowedOrigins: ['https://www.example.org'],
  production: true,
};

test('this server and the allowed origins may be returned to, on any path', () => {
  assert.equal(
    checkReturnUrl(settings, 'https://shop.example.com', 'https://shop.example.com/thanks?x=1').href,
    'https://shop.example.com/thanks?x=1',
  );
  assert.ok(checkReturnUrl(settings, 'https://shop.example.com', 'https://www.example.org/order'));
});

test('anything else is return_url_not_allowed', () => {
  for (const url of [
    'https://evil.example.net/',
    'http://shop.example.com/',
    'https://shop.example.com.evil.net/',
    'javascript:alert(1)',
  ]) {
    assert.throws(
      () => checkReturnUrl(settings, 'https://shop.example.com', url),
      (error: { code?: string }) => error.code === 'return_url_not_allowed',
      url,
    );
  }
});

test('in production the Host a request names does not widen the list; in development it does', () => {
  assert.throws(() => checkReturnUrl(settings, 'https://evil.example.net', 'https://evil.example.net/'));
  assert.ok(checkReturnUrl({ ...settings, production: false }, 'http://localhost:3000', 'http://localhost:3000/'));
});

test('the landing URL keeps the page’s own query and adds the order', () => {
  assert.equal(
    landingUrl(new URL('https://www.example.org/order?lang=en#top'), 'ord_123'),
    'https://www.example.org/order?lang=en&storelet_order=ord_123#top',
  );
});
