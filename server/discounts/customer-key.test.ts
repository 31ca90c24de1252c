import assert from 'node:assert/strict';
import { test } from 'node:test';
import { customerKey } from './customer-key.ts';

test('one mailbox, one key: case, +tags and (for Gmail) dots do not make a new customer', () => {
  assert.equal(customerKey('Same+1@Example.com'), 'same@example.com');
  assert.equal(customerKey(' same@example.com '), 'same@example.com');
  assert.equal(customerKey('a.da+promo@gmail.com'), 'ada@gmail.com');
  assert.equal(customerKey('A.Da@GoogleMail.com'), 'ada@gmail.com');
});

test('dots stay where the mail host may tell them apart', () => {
  assert.equal(customerKey('a.da@example.com'), 'a.da@example.com');
  assert.notEqual(customerKey('a.da@example.com'), customerKey('ada@example.com'));
});

test('odd but valid addresses keep a key of their own', () => {
  assert.equal(customerKey('+tag@example.com'), '+tag@example.com');
  assert.equal(customerKey('ada@sub.gmail.com'), 'ada@sub.gmail.com');
});
