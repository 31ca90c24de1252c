import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newAccessToken, ORDER_LINK_DAYS, orderLinkUrl, TOKEN_PARAM, tokenOpensOrder } from './access.ts';

const secret = 'a-secret-of-at-least-thirty-two-characters';
const settings = { orderPageUrl: 'https://shop.example.com/order', orderLinkSecret: secret };
const sent = new Date('2026-12-01T12:00:00Z');
const day = 24 * 60 * 60 * 1000;
const order = { id: 'ord_1', accessTokenHash: newAccessToken().hash };

const linkToken = (orderId = order.id) =>
  new URL(orderLinkUrl(settings, orderId, sent)).searchParams.get(TOKEN_PARAM) ?? '';

test('an emailed link opens its order until it expires, then nothing', () => {
  const token = linkToken();
  assert.match(token, /^sig_[0-9a-z]+\.[\w-]+$/);
  assert.ok(tokenOpensOrder(order, token, secret, new Date(sent.getTime() + day)));
  assert.ok(tokenOpensOrder(order, token, secret, new Date(sent.getTime() + (ORDER_LINK_DAYS - 1) * day)));
  assert.ok(!tokenOpensOrder(order, token, secret, new Date(sent.getTime() + ORDER_LINK_DAYS * day)));
});

test('a link for another order, with a changed expiry, another secret, or no expiry opens nothing', () => {
  const now = new Date(sent.getTime() + day);
  const token = linkToken();
  assert.ok(!tokenOpensOrder({ ...order, id: 'ord_2' }, token, secret, now));
  const [expires = '', signature = ''] = token.slice('sig_'.length).split('.');
  const later = (parseInt(expires, 36) + 365 * 86_400).toString(36);
  assert.ok(!tokenOpensOrder(order, `sig_${later}.${signature}`, secret, now));
  assert.ok(!tokenOpensOrder(order, token, `${secret}-rotated`, now));
  assert.ok(!tokenOpensOrder(order, `sig_${signature}`, secret, now));
  assert.ok(!tokenOpensOrder(order, 'sig_.', secret, now));
});

test('the access token from checkout opens its order, and no other', () => {
  const { token, hash } = newAccessToken();
  const now = new Date();
  assert.ok(tokenOpensOrder({ id: 'ord_1', accessTokenHash: hash }, token, secret, now));
  assert.ok(!tokenOpensOrder({ id: 'ord_1', accessTokenHash: newAccessToken().hash }, token, secret, now));
  assert.ok(!tokenOpensOrder({ id: 'ord_1', accessTokenHash: hash }, token.slice(4), secret, now));
});
