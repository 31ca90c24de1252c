import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onlyKnown, parseStripeForm, read, StripeParamError } from './stripe-form.ts';

describe('parseStripeForm', () => {
  it('rebuilds nested objects and indexed arrays from bracket notation', () => {
    const body = [
      'mode=payment',
      'line_items[0][quantity]=2',
      'line_items[0][price_data][product_data][name]=Tee%20%26%20cap%20%2B%20%7Bx%7D',
      'line_items[1][quantity]=1',
      'metadata[orderId]=ord_1',
      'success_url=https%3A%2F%2Fshop.example.com%2Fok%3Fs%3D{CHECKOUT_SESSION_ID}',
    ].join('&');
    assert.deepEqual(parseStripeForm(body), {
      mode: 'payment',
      line_items: [{ quantity: '2', price_data: { product_data: { name: 'Tee & cap + {x}' } } }, { quantity: '1' }],
      metadata: { orderId: 'ord_1' },
      success_url: 'https://shop.example.com/ok?s={CHECKOUT_SESSION_ID}',
    });
  });

  it('accepts percent-encoded brackets too, as Stripe’s servers do', () => {
    assert.deepEqual(parseStripeForm('metadata%5Ba%5D=1'), { metadata: { a: '1' } });
  });

  it('keeps objects with numeric-looking but non-sequential keys as objects', () => {
    assert.deepEqual(parseStripeForm('metadata[1]=a'), { metadata: { 1: 'a' } });
  });

  it('refuses malformed names, repeats and a value that is also a hash', () => {
    for (const body of ['a[=1', 'a[]=1', 'a=1&a=2', 'a=1&a[b]=2', 'a[b]=2&a=1']) {
      assert.throws(() => parseStripeForm(body), StripeParamError, body);
    }
  });
});

describe('read and onlyKnown', () => {
  it('read typed values and name the param in Stripe’s words when they are wrong', () => {
    assert.equal(read.integer('42', 'amount'), 42);
    assert.equal(read.integer(undefined, 'amount'), undefined);
    assert.throws(
      () => read.integer('4.2', 'amount'),
      (error: unknown) =>
        error instanceof StripeParamError && error.code === 'parameter_invalid_integer' && error.param === 'amount',
    );
    assert.throws(() => read.string({ a: '1' }, 'name'), StripeParamError);
    assert.throws(() => read.list('x', 'line_items'), StripeParamError);
    assert.deepEqual(read.metadata({ a: '1' }, 'metadata'), { a: '1' });
  });

  it('onlyKnown refuses parameters Stripe would not know', () => {
    assert.throws(() => onlyKnown({ mode: 'payment', modee: 'x' }, ['mode']), /Received unknown parameter: modee/);
    assert.throws(() => onlyKnown({ x: '1' }, [], 'line_items[0]'), /line_items\[0\]\[x\]/);
  });
});
