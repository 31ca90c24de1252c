import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { NotFoundError } from '../errors.ts';
import type { AppEnv } from './env.ts';
import { errorHandler } from './error-handler.ts';
import { defineRoute, mountRoute } from './route.ts';
import { compareRouteCoverage, routeCoverage } from './route-coverage.ts';

const getShelf = defineRoute({
  method: 'get',
  path: '/shelves/:shelfId',
  operationId: 'getShelf',
  tag: 'Test',
  summary: 'A shelf',
  params: { shelfId: 'A shelf.' },
  responses: { 200: { description: 'The shelf.' }, 404: { description: 'No such shelf.' } },
});

const addShelf = defineRoute({
  method: 'post',
  path: '/shelves',
  operationId: 'addShelf',
  tag: 'Test',
  summary: 'Add a shelf',
  body: z.object({ name: z.string() }),
  responses: { 201: { description: 'Added.' } },
});

describe('route coverage', () => {
  test('records each operation and status once, errors and the app’s own refusals included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storelet-coverage-'));
    try {
      const file = join(dir, 'answers.txt');
      const app = new Hono<AppEnv>();
      app.onError(errorHandler(() => {}));
      app.use('/api/*', routeCoverage([getShelf, addShelf], file)!);
      // Like the app's admin check: a refusal before the route's own handlers run.
      app.use('/api/shelves/locked', async (c) => c.json({ refused: true }, 403));
      const api = new Hono<AppEnv>();
      mountRoute(api, getShelf, (c, { params }) => {
        if (params.shelfId === 'missing') throw new NotFoundError('The shelf');
        return c.json({ id: params.shelfId });
      });
      app.route('/api', api);
      for (const path of [
        '/api/shelves/a',
        '/api/shelves/b',
        '/api/shelves/missing',
        '/api/shelves/locked',
        '/api/nothing',
      ]) {
        await app.request(path);
      }
      assert.deepEqual(readFileSync(file, 'utf8').split('\n').filter(Boolean), [
        'getShelf 200',
        'getShelf 404',
        'getShelf 403',
      ]);
      assert.equal(routeCoverage([getShelf], ''), null, 'nothing is installed outside a test run');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('names the documented statuses never answered, and the answers never documented', () => {
    const report = compareRouteCoverage(
      [getShelf, addShelf],
      ['getShelf 200', 'getShelf 403', 'addShelf 201', 'addShelf 415', 'getShelf 500', ''],
    );
    assert.deepEqual(report, {
      unreached: ['addShelf 400', 'addShelf 403', 'addShelf 413', 'getShelf 404'],
      undocumented: ['getShelf 403'],
    });
  });
});
