import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import type { ServerConfig } from '../config.ts';
import { NotFoundError } from '../errors.ts';
import type { AppEnv } from './env.ts';
import { resolveInside, sendFile } from './files.ts';

/** Public assets any page may load, wherever it is hosted: the script-tag bundle and the seed images. */
const PUBLIC_ASSET_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/** The script tags' chunks as the build names them: `product-grid-3fA_x9.js`, and their maps. */
const CHUNK_NAME = /^[\w-]+\.js(\.map)?$/;

/** Seed image names as the seed data makes them: no folders, no dots but the extension's. */
const SEED_IMAGE_NAME = /^[a-z0-9][a-z0-9_-]*\.(svg|png)$/;

/** The path after `prefix`, straight from the raw URL, so it is decoded exactly once (by resolveInside). */
function rawPathAfter(c: Context, prefix: string): string {
  const url = c.req.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const query = url.indexOf('?', start);
  const path = url.slice(start, query === -1 ? undefined : query);
  return path.slice(prefix.length);
}

/**
 * Files: the loaders at `/storelet.js` and `/storelet-admin.js` (and their maps), their chunks at `/storelet/*` and
 * `/storelet-admin/*`,
 * the example shop at `/` and `/examples/*`, seed images at `/media/seed/*`.
 */
export function staticRoutes(config: ServerConfig): Hono<AppEnv> {
  const { dist, examples, seedImages } = config.publicDir;
  const app = new Hono<AppEnv>();

  // The bundles (the shopper's and the store owner's) and their source maps (which the bundles name, so
  // browsers' developer tools ask for them).
  for (const name of ['storelet.js', 'storelet.js.map', 'storelet-admin.js', 'storelet-admin.js.map']) {
    app.get(`/${name}`, async (c) => {
      const response = await sendFile(c, join(dist, name), {
        // The file name carries no hash, so browsers must come back to ask whether it changed.
        cacheControl: config.production ? 'public, max-age=300, stale-while-revalidate=86400' : 'no-cache',
        headers: PUBLIC_ASSET_HEADERS,
      });
      if (!response)
        throw new NotFoundError('The script bundle', { hint: `Run \`npm run build\` to create dist/${name}.` });
      return response;
    });
  }

  // A chunk's name carries its content hash, so a browser may keep it for a year without asking again.
  for (const folder of ['storelet', 'storelet-admin']) {
    app.get(`/${folder}/:file`, async (c) => {
      const name = c.req.param('file');
      const file = CHUNK_NAME.test(name) ? resolveInside(join(dist, folder), name) : null;
      const response =
        file &&
        (await sendFile(c, file, {
          cacheControl: 'public, max-age=31536000, immutable',
          headers: PUBLIC_ASSET_HEADERS,
        }));
      if (!response)
        throw new NotFoundError('The script chunk', { hint: `Run \`npm run build\` to create dist/${folder}/.` });
      return response;
    });
  }

  app.get('/', async (c) => {
    const response = await sendFile(c, join(examples, 'plain-html', 'index.html'), { cacheControl: 'no-cache' });
    if (!response) throw new NotFoundError('The example page');
    return response;
  });

  app.get('/examples/*', async (c) => {
    let rest = rawPathAfter(c, '/examples/');
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = resolveInside(examples, rest);
    const response = file && (await sendFile(c, file, { cacheControl: 'no-cache' }));
    if (!response) throw new NotFoundError('The file');
    return response;
  });

  app.get('/media/seed/:file', async (c) => {
    const name = c.req.param('file');
    const file = SEED_IMAGE_NAME.test(name) ? resolveInside(seedImages, name) : null;
    const response =
      file && (await sendFile(c, file, { cacheControl: 'public, max-age=86400', headers: PUBLIC_ASSET_HEADERS }));
    if (!response) throw new NotFoundError('The image');
    return response;
  });

  return app;
}
