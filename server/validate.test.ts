import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { errorHandler } from './http/error-handler.ts';
import type { AppEnv } from './http/env.ts';
import { parseJsonBody } from './validate.ts';

const Body = z.object({ name: z.string().check(z.minLength(1)), address: z.object({ zip: z.string() }) });

function app(): Hono<AppEnv> {
  const hono = new Hono<AppEnv>();
  hono.onError(errorHandler(() => {}));
  hono.post('/echo', async (c) => c.json(await parseJsonBody(c, Body)));
  return hono;
}

const post = (body: string, type = 'application/json') =>
  app().request('/echo', { method: 'POST', body, headers: { 'content-type': type } });

describe('parseJsonBody', () => {
  test('a valid body comes back parsed', async () => {
    const response = await post('{"name":"Ada","address":{"zip":"12345"},"extra":1}');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { name: 'Ada', address: { zip: '12345' } });
  });

  test('malformed JSON is 400 invalid_json', async () => {
    for (const body of ['{', '', 'nope', '{"name":}', '\u0000']) {
      const response = await post(body);
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'invalid_json');
    }
  });

  test('a body that is not JSON is 415', async () => {
    const response = await post('name=Ada', 'application/x-www-form-urlencoded');
    assert.equal(response.status, 415);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'unsupported_media_type');
    assert.equal(
      (await post('{"name":"A","address":{"zip":"1"}}', 'application/merge-patch+json; charset=utf-8')).status,
      200,
    );
  });

  test('invalid fields are named with dotted paths', async () => {
    const response = await post('{"name":"","address":{"zip":5}}');
    assert.equal(response.status, 400);
    const body = (await response.json()) as { error: { code: string; details: { issues: { path: string }[] } } };
    assert.equal(body.error.code, 'validation_failed');
    assert.deepEqual(body.error.details.issues.map((issue) => issue.path).sort(), ['address.zip', 'name']);
  });

  test('JSON that is not an object fails validation, not parsing', async () => {
    const response = await post('[1,2]');
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'validation_failed');
  });
});
