// Builds the npm entries (storelet, storelet/validate, storelet/admin, storelet/widgets, storelet/server), their type declarations,
// and what the server serves for script tags: for shoppers, the loader dist/storelet.js and the chunks it imports from
// dist/storelet/; for the store owner, the loader dist/storelet-admin.js and the chunks of dist/storelet-admin/ (the
// dashboard's frame and sign-in first, each screen when it is opened).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
// A bare import of a dependency (or a subpath of it) stays an import in the npm build.
const isDependency = (id) =>
  dependencies.some((name) => id === name || id.startsWith(`${name}/`)) || id.startsWith('node:');

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
// Lit's html`` and css`` templates keep their indentation through terser; this collapses them.
const minifyTemplates = () => minifyHTML({ include: ['widgets/**/*.ts'], failOnError: true });
const production = () =>
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } });

/**
 * The lazily loaded elements, read from widgets/elements.ts (the one place an element is registered):
 * `{ 'product-grid': 'widgets/product-grid/define.ts', … }`.
 */
function elementModules() {
  const source = readFileSync('widgets/elements.ts', 'utf8');
  const entries = [...source.matchAll(/^\s*'([a-z]+(?:-[a-z]+)+)': \(\) => import\('\.\/([\w/-]+\.ts)'\),$/gm)];
  const imports = source.match(/import\(/g)?.length ?? 0;
  if (entries.length === 0 || entries.length !== imports) {
    throw new Error(
      "widgets/elements.ts: every entry must read `'tag': () => import('./folder/define.ts'),` on one line",
    );
  }
  return Object.fromEntries(entries.map(([, tag, path]) => [tag, join('widgets', path)]));
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Emits .d.ts files with tsc and points their relative imports at .js, the names that exist in dist. */
function declarations() {
  return {
    name: 'storelet-declarations',
    writeBundle() {
      rmSync('dist/types', { recursive: true, force: true });
      // Only what the public entries reach: tests, benchmarks and examples have no place in the package.
      const config = {
        extends: '../tsconfig.json',
        files: [
          ...[
            'sdk/index.ts',
            'sdk/validate.ts',
            'sdk/admin/index.ts',
            'widgets/index.ts',
            'widgets/admin-dashboard/index.ts',
            'server/index.ts',
          ],
          ...Object.values(elementModules()),
        ].map((file) => `../${file}`),
        include: [],
        compilerOptions: {
          noEmit: false,
          declaration: true,
          emitDeclarationOnly: true,
          outDir: 'types',
          rootDir: '..',
        },
      };
      writeFileSync('dist/tsconfig.types.json', JSON.stringify(config));
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'dist/tsconfig.types.json'], {
        stdio: 'inherit',
      });
      rmSync('dist/tsconfig.types.json');
      for (const file of walk('dist/types').filter((path) => path.endsWith('.d.ts'))) {
        const text = readFileSync(file, 'utf8');
        writeFileSync(file, text.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2'));
      }
    },
  };
}

/** What the chunk build leaves for the loader build: the chunks each entry needs. */
const chunkTable = { value: undefined };

/**
 * For each entry of the chunk build, its file then every chunk it imports, directly or not; written to
 * dist/size/storelet-chunks.json too, for the size budgets.
 */
function recordChunkTable() {
  return {
    name: 'storelet-chunk-table',
    // Yesterday's hashed chunks would pile up beside today's.
    buildStart: () => rmSync('dist/storelet', { recursive: true, force: true }),
    generateBundle(_options, bundle) {
      const closure = (fileName, seen = new Set()) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const imported of bundle[fileName].imports) closure(imported, seen);
        return seen;
      };
      const entries = Object.values(bundle).filter((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      const table = Object.fromEntries(
        entries.map((chunk) => [chunk.name, [...closure(chunk.fileName)].map((file) => `storelet/${file}`)]),
      );
      const { boot, ...elements } = table;
      chunkTable.value = { boot, elements };
      mkdirSync('dist/size', { recursive: true });
      writeFileSync(
        'dist/size/storelet-chunks.json',
        JSON.stringify({ loader: 'storelet.js', ...chunkTable.value }, null, 2),
      );
    },
  };
}

/** `storelet:chunks` for the loader: the table the chunk build recorded. */
function chunkTableModule() {
  const id = 'storelet:chunks';
  return {
    name: 'storelet-chunk-table-module',
    resolveId: (source) => (source === id ? id : null),
    load(source) {
      if (source !== id) return null;
      if (!chunkTable.value)
        throw new Error('The element chunks must be built before the loader (rollup.config.mjs order).');
      const { boot, elements } = chunkTable.value;
      return `export const boot = ${JSON.stringify(boot)};\nexport const elements = ${JSON.stringify(elements)};`;
    },
  };
}

/** What the admin chunk build leaves for the admin loader: the boot chunk, then every chunk it imports statically. */
const adminChunks = { value: undefined };

/**
 * Records the admin boot chunk and its static imports (what the sign-in page downloads; a screen's chunk is imported
 * when the screen opens), also in dist/size/storelet-admin-chunks.json for the size budget.
 */
function recordAdminChunks() {
  return {
    name: 'storelet-admin-chunk-table',
    buildStart: () => rmSync('dist/storelet-admin', { recursive: true, force: true }),
    generateBundle(_options, bundle) {
      const closure = (fileName, seen = new Set()) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const imported of bundle[fileName].imports) closure(imported, seen);
        return seen;
      };
      const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      adminChunks.value = [...closure(entry.fileName)].map((file) => `storelet-admin/${file}`);
      mkdirSync('dist/size', { recursive: true });
      writeFileSync(
        'dist/size/storelet-admin-chunks.json',
        JSON.stringify({ loader: 'storelet-admin.js', boot: adminChunks.value }, null, 2),
      );
    },
  };
}

/** `storelet-admin:chunks` for the admin loader: the boot chunk's files. */
function adminChunksModule() {
  const id = 'storelet-admin:chunks';
  return {
    name: 'storelet-admin-chunk-table-module',
    resolveId: (source) => (source === id ? id : null),
    load(source) {
      if (source !== id) return null;
      if (!adminChunks.value) throw new Error('The admin chunks must be built before the admin loader.');
      return `export const boot = ${JSON.stringify(adminChunks.value)};`;
    },
  };
}

const browserPlugins = () => [
  nodeResolve({ extensions: ['.ts', '.js'], browser: true }),
  production(),
  minifyTemplates(),
  typescript(),
  terser({ format: { comments: false } }),
];

export default [
  {
    input: {
      'sdk/index': 'sdk/index.ts',
      'sdk/validate': 'sdk/validate.ts',
      'sdk/admin/index': 'sdk/admin/index.ts',
      'widgets/index': 'widgets/index.ts',
      'widgets/admin-dashboard/index': 'widgets/admin-dashboard/index.ts',
      'server/index': 'server/index.ts',
      // `storelet/widgets/<tag>`: one element, defined at once; storelet/widgets imports the same files lazily.
      ...Object.fromEntries(Object.values(elementModules()).map((path) => [path.replace(/\.ts$/, ''), path])),
    },
    external: isDependency,
    plugins: [nodeResolve({ extensions: ['.ts', '.js'] }), typescript(), declarations()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
  {
    // The shoppers' element chunks, each under a content hash (served immutable); what they share (lit, the SDK,
    // shared styles) in shared chunks. Built before the loader, which embeds their names.
    input: { boot: 'widgets/script-tag-boot.ts', ...elementModules() },
    plugins: [...browserPlugins(), recordChunkTable()],
    output: {
      dir: 'dist/storelet',
      format: 'es',
      manualChunks(id) {
        if (
          /node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+|ky|nanostores)\/|\/sdk\/|\/widgets\/[\w-]+\.ts$/.test(id)
        )
          return 'core';
        if (
          /\/widgets\/shared\/(styles|storefront-of|no-shop|define-element|media-url|price|cart-controller|add-to-cart-wiring)\.ts$/.test(
            id,
          )
        )
          return 'core';
      },
      entryFileNames: '[name]-[hash].js',
      chunkFileNames: '[name]-[hash].js',
      sourcemap: true,
    },
  },
  {
    // The loader: a classic script with the chunk table inside.
    input: 'widgets/script-tag.ts',
    plugins: [chunkTableModule(), ...browserPlugins()],
    output: { file: 'dist/storelet.js', format: 'iife', sourcemap: true },
  },
  // The store owner's page: its own loader and chunks, so the dashboard never weighs on shoppers' pages. The boot
  // chunk holds the frame and the sign-in form; each screen is a chunk of its own, imported when it opens.
  {
    input: { admin: 'widgets/admin-dashboard/script-tag-boot.ts' },
    // The entry may export more than `start`, so it needs no facade chunk of its own: one request fewer.
    preserveEntrySignatures: 'allow-extension',
    plugins: [...browserPlugins(), recordAdminChunks()],
    output: {
      dir: 'dist/storelet-admin',
      format: 'es',
      entryFileNames: '[name]-[hash].js',
      // A shared chunk is named after a module such as order-table.styles.ts: the server serves only [\w-] names.
      chunkFileNames: (chunk) => `${chunk.name.replace(/[^\w-]/g, '-')}-[hash].js`,
      sourcemap: true,
    },
  },
  {
    input: 'widgets/admin-dashboard/script-tag.ts',
    plugins: [adminChunksModule(), ...browserPlugins()],
    output: { file: 'dist/storelet-admin.js', format: 'iife', sourcemap: true },
  },
  {
    // The SDK alone, minified as a browser would get it: measured by the size budget.
    input: 'sdk/index.ts',
    plugins: [
      nodeResolve({ extensions: ['.ts', '.js'], browser: true }),
      production(),
      typescript(),
      terser({ format: { comments: false } }),
    ],
    output: { file: 'dist/size/sdk.min.js', format: 'es' },
  },
];
