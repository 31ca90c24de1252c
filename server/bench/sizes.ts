import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const gzipKb = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length / 1024;

/** min+gzip size of an entry written inline, bundled for the browser as the script tag would be. */
async function bundledKb(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return gzipKb(result.outputFiles[0]!.contents);
}

export type SizeRow = { what: string; kb: number };

export async function measureSizes(): Promise<SizeRow[]> {
  return [
    { what: '`dist/storelet.js` (script tag: SDK + shopper widgets + lit, @lit/context, @lit/task, nanostores)', kb: gzipKb(readFileSync('dist/storelet.js')) },
    { what: '`dist/storelet-admin.js` (the store owner\'s page: admin SDK + `<admin-dashboard>` + lit, nanostores)', kb: gzipKb(readFileSync('dist/storelet-admin.js')) },
    { what: '`dist/size/sdk.min.js` (SDK alone, as shipped: types from the schemas, no validator)', kb: gzipKb(readFileSync('dist/size/sdk.min.js')) },
    {
      what: 'SDK + opt-in validation (`storelet/validate`, shared schemas in `zod/mini`)',
      kb: await bundledKb(`export * from './sdk/index.ts'; export * from './sdk/validate.ts';`),
    },
    {
      what: 'SDK + full `zod` with a small sample schema (the floor of what choosing full zod would cost)',
      kb: await bundledKb(`import * as z from 'zod'; export const P = z.object({ a: z.string(), b: z.nullable(z.number().int()), c: z.array(z.object({ x: z.enum(['a','b']) })), d: z.record(z.string(), z.string()) }); export * from './sdk/index.ts';`),
    },
    { what: '`zod/mini` alone with that sample schema', kb: await bundledKb(`import * as z from 'zod/mini'; export const P = z.object({ a: z.string(), b: z.nullable(z.number().check(z.int())), c: z.array(z.object({ x: z.enum(['a','b']) })), d: z.record(z.string(), z.string()) });`) },
  ];
}

/** Which part of the code base a file of the script-tag bundle belongs to. */
function partOf(path: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg) return ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(pkg) ? 'lit' : pkg;
  const widget = /^widgets\/([^/]+)\//.exec(path)?.[1];
  if (widget) return `<${widget}>`.replace('<shared>', 'widgets/shared');
  return path.startsWith('sdk/') ? 'sdk' : 'widgets (plumbing)';
}

/**
 * Minified bytes of the script-tag bundle by part (gzip sizes do not add up by part, minified ones do),
 * largest first, as a markdown table.
 */
export async function bundleBreakdown(): Promise<string> {
  const result = await build({
    entryPoints: ['widgets/script-tag.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const parts = new Map<string, number>();
  for (const [path, input] of Object.entries(output?.inputs ?? {})) parts.set(partOf(path), (parts.get(partOf(path)) ?? 0) + input.bytesInOutput);
  const total = [...parts.values()].reduce((sum, bytes) => sum + bytes, 0);
  const rows = [...parts].sort((a, b) => b[1] - a[1]).map(([part, bytes]) => `| ${part} | ${(bytes / 1024).toFixed(1)} | ${Math.round((bytes / total) * 100)}% |`);
  return ['| part | minified KB | share |', '| --- | ---: | ---: |', ...rows].join('\n');
}
