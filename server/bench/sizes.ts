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

type ChunkTable = { loader: string; boot: string[]; elements: Record<string, string[]> };
const chunkTable = (): ChunkTable => JSON.parse(readFileSync('dist/size/storelet-chunks.json', 'utf8')) as ChunkTable;
const fileKb = (file: string) => gzipKb(readFileSync(`dist/${file}`));

/** What a page holding `tags` downloads as it opens: the loader, the boot chunk and each tag's chunks, one by one. */
function pageKb(table: ChunkTable, tags: readonly string[]): number {
  const files = new Set([table.loader, ...table.boot, ...tags.flatMap((tag) => table.elements[tag] ?? [])]);
  return [...files].reduce((sum, file) => sum + fileKb(file), 0);
}

function tagsOf(table: ChunkTable, page: string): string[] {
  const html = readFileSync(page, 'utf8');
  return Object.keys(table.elements).filter((tag) => html.includes(`<${tag}`));
}

/** The admin loader and the chunks it imports before any screen opens. */
function adminSignInKb(): number {
  const table = JSON.parse(readFileSync('dist/size/storelet-admin-chunks.json', 'utf8')) as {
    loader: string;
    boot: string[];
  };
  return [table.loader, ...table.boot].reduce((sum, file) => sum + fileKb(file), 0);
}

/** The script tag, per page: what each kind of page downloads as it opens. */
export function pageSizes(): SizeRow[] {
  const table = chunkTable();
  const page = (what: string, tags: string[]) => ({
    what: `${what}: ${tags.map((tag) => `\`<${tag}>\``).join(', ')}`,
    kb: pageKb(table, tags),
  });
  return [
    { what: '`dist/storelet.js` alone (the loader: the tag table and the observer)', kb: fileKb(table.loader) },
    page('a page with a grid and a cart button', ['product-grid', 'cart-button']),
    page('the example shop (`/`)', tagsOf(table, 'examples/plain-html/index.html')),
    page('the sticker shop (`/examples/sticker-shop/`)', tagsOf(table, 'examples/sticker-shop/index.html')),
    page('every shopper element', Object.keys(table.elements)),
  ];
}

export async function measureSizes(): Promise<SizeRow[]> {
  return [
    {
      what: "the store owner's sign-in page (`dist/storelet-admin.js` and its boot chunk: admin SDK, lit, nanostores, the dashboard's frame; each screen loads when opened)",
      kb: adminSignInKb(),
    },
    {
      what: '`dist/size/sdk.min.js` (SDK alone, as shipped: ky and nanostores inside, types from the schemas, no validator)',
      kb: gzipKb(readFileSync('dist/size/sdk.min.js')),
    },
    {
      what: 'SDK + opt-in validation (`storelet/validate`, shared schemas in `zod/mini`)',
      kb: await bundledKb(`export * from './sdk/index.ts'; export * from './sdk/validate.ts';`),
    },
    {
      what: 'SDK + full `zod` with a small sample schema (the floor of what choosing full zod would cost)',
      kb: await bundledKb(
        `import * as z from 'zod'; export const P = z.object({ a: z.string(), b: z.nullable(z.number().int()), c: z.array(z.object({ x: z.enum(['a','b']) })), d: z.record(z.string(), z.string()) }); export * from './sdk/index.ts';`,
      ),
    },
    {
      what: '`zod/mini` alone with that sample schema',
      kb: await bundledKb(
        `import * as z from 'zod/mini'; export const P = z.object({ a: z.string(), b: z.nullable(z.number().check(z.int())), c: z.array(z.object({ x: z.enum(['a','b']) })), d: z.record(z.string(), z.string()) });`,
      ),
    },
  ];
}

/** Each chunk of the script tag, gzipped alone, with the tags that need it, largest first, as a markdown table. */
export function chunkBreakdown(): string {
  const table = chunkTable();
  const users = new Map<string, string[]>();
  for (const [tag, files] of [['(boot)', table.boot] as const, ...Object.entries(table.elements)]) {
    for (const file of files) users.set(file, [...(users.get(file) ?? []), tag]);
  }
  const rows = [...users]
    .map(([file, tags]) => ({ name: file.replace(/^storelet\/|-[\w-]{8}\.js$/g, ''), kb: fileKb(file), tags }))
    .sort((a, b) => b.kb - a.kb)
    .map(({ name, kb, tags }) => {
      const neededBy = tags.length === Object.keys(table.elements).length + 1 ? 'every page' : tags.join(', ');
      return `| ${name} | ${kb.toFixed(1)} | ${neededBy} |`;
    });
  return ['| chunk | KB gzip | needed by |', '| --- | ---: | --- |', ...rows].join('\n');
}
