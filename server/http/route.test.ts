import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { errorHandler } from './error-handler.ts';
import type { AppEnv } from './env.ts';
import {
  defineRoute,
  documentedResponses,
  documentPath,
  mountRoute,
  pathParamNames,
  type RouteInput,
} from './route.ts';

const Query = z.object({ limit: z.pipe(z.string(), z.transform(Number)), tag: z.optional(z.string()) });
const Body = z.object({ name: z.string().check(z.trim(), z.minLength(1)), quantity: z.number() });

const noteRoute = defineRoute({
  method: 'post',
  path: '/shelves/:shelfId/notes/:noteId',
  operationId: 'addNote',
  tag: 'Test',
  summary: 'A route with every kind of input',
  params: { shelfId: 'A shelf.', noteId: 'A note.' },
  query: Query,
  body: Body,
  responses: { 200: { description: 'What the handler received.' } },
});

const listRoute = defineRoute({
  method: 'get',
  path: '/notes',
  operationId: 'listNotes',
  tag: 'Test',
  summary: 'A memoized query',
  query: Query,
  memoizeQuery: true,
  responses: { 200: { description: 'The parsed query.' } },
});

function appWith(mount: (app: Hono<AppEnv>) => void): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(errorHandler(() => {}));
  mount(app);
  return app;
}

const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('mountRoute', () => {
  test('hands the handler the path parameters and what the route’s own schemas parse', async () => {
    let received: RouteInput<typeof noteRoute> | undefined;
    const app = appWith((app) =>
      mountRoute(app, noteRoute, (c, input) => {
        received = input;
        return c.body(null, 204);
      }),
    );
    const body = { name: '  shelf label ', quantity: 3, price: 1 };
    const response = await app.request('/shelves/sh_1/notes/n%202?limit=5&tag=red', post(body));
    assert.equal(response.status, 204);
    assert.deepEqual(received, {
      params: { shelfId: 'sh_1', noteId: 'n 2' },
      query: z.parse(Query, { limit: '5', tag: 'red' }),
      body: z.parse(Body, body),
    });
    // The parsed values, not the raw ones: trimmed, converted, unknown fields dropped.
    assert.deepEqual(received?.body, { name: 'shelf label', quantity: 3 });
    assert.equal(received?.query.limit, 5);
  });

  test('runs the middleware first, and the handler only with valid input', async () => {
    const calls: string[] = [];
    const app = appWith((app) =>
      mountRoute(
        app,
        noteRoute,
        async (_c, next) => {
          calls.push('middleware');
          await next();
        },
        (c) => {
          calls.push('handler');
          return c.body(null, 204);
        },
      ),
    );
    const badQuery = await app.request('/shelves/a/notes/b', post({ name: 'x', quantity: 1 }));
    assert.equal(badQuery.status, 400);
    const refusal = (await badQuery.json()) as { error: { code: string; details: { issues: { path: string }[] } } };
    assert.equal(refusal.error.code, 'validation_failed');
    assert.deepEqual(
      refusal.error.details.issues.map((issue) => issue.path),
      ['limit'],
    );
    const badBody = await app.request('/shelves/a/notes/b?limit=1', post({ name: ' ', quantity: 'many' }));
    assert.equal(badBody.status, 400);
    const notJson = await app.request('/shelves/a/notes/b?limit=1', { method: 'POST', body: '{}' });
    assert.equal(notJson.status, 415);
    assert.deepEqual(calls, ['middleware', 'middleware', 'middleware']);
  });

  test('a memoized query parses a query string once, and never keeps a refusal', async () => {
    const seen: unknown[] = [];
    const app = appWith((app) =>
      mountRoute(app, listRoute, (c, { query }) => {
        seen.push(query);
        return c.json(query);
      }),
    );
    assert.deepEqual(await (await app.request('/notes?limit=2')).json(), { limit: 2 });
    assert.deepEqual(await (await app.request('/notes?limit=2')).json(), { limit: 2 });
    assert.deepEqual(await (await app.request('/notes?limit=3')).json(), { limit: 3 });
    assert.equal(seen[0], seen[1], 'the same query string: the same parsed object');
    assert.notEqual(seen[0], seen[2]);
    assert.ok(Object.isFrozen(seen[0]), 'shared between requests, so nobody may change it');
    for (let i = 0; i < 2; i++) assert.equal((await app.request('/notes?limit=2&limit=3')).status, 400);
  });
});

describe('route descriptions', () => {
  test('the document’s path and the parameter names come from the Hono path', () => {
    assert.equal(documentPath(noteRoute), '/api/shelves/{shelfId}/notes/{noteId}');
    assert.deepEqual(pathParamNames(noteRoute), ['shelfId', 'noteId']);
  });

  test('a route documents what the machinery answers for its kind besides its own answers', () => {
    // A refused query or body, a change from a page the store does not allow, a JSON body too large or not JSON.
    assert.deepEqual(Object.keys(documentedResponses(noteRoute)), ['200', '400', '403', '413', '415', '500']);
    assert.deepEqual(Object.keys(documentedResponses(listRoute)), ['200', '400', '500']);
    assert.deepEqual(Object.keys(documentedResponses({ ...listRoute, query: undefined })), ['200', '500']);
    const own = { description: 'Its own words.' };
    assert.equal(documentedResponses({ ...noteRoute, responses: { 200: own, 415: own } })[415], own);
  });
});
