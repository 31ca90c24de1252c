// Builds the npm entries (storelet, storelet/validate, storelet/admin, storelet/widgets, storelet/server), their type declarations,
// and the self-contained script-tag bundles the server serves: dist/storelet.js for shoppers, dist/storelet-admin.js
// for the store owner.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
// A bare import of a dependency (or a subpath of it) stays an import in the npm build.
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`)) || id.startsWith('node:');

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
// Lit's html`` and css`` templates keep their indentation through terser; this collapses them.
const minifyTemplates = () => minifyHTML({ include: ['widgets/**/*.ts'], failOnError: true });
const production = () => replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } });

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
        files: ['../sdk/index.ts', '../sdk/validate.ts', '../sdk/admin/index.ts', '../widgets/index.ts', '../widgets/admin-dashboard/index.ts', '../server/index.ts'],
        include: [],
        compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: 'types', rootDir: '..' },
      };
      writeFileSync('dist/tsconfig.types.json', JSON.stringify(config));
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'dist/tsconfig.types.json'], { stdio: 'inherit' });
      rmSync('dist/tsconfig.types.json');
      for (const file of walk('dist/types').filter((path) => path.endsWith('.d.ts'))) {
        const text = readFileSync(file, 'utf8');
        writeFileSync(file, text.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2'));
      }
    },
  };
}

/** A self-contained, minified bundle for a `<script>` tag: everything inlined, templates collapsed. */
function scriptTagBundle(input, file) {
  return {
    input,
    plugins: [
      nodeResolve({ extensions: ['.ts', '.js'], browser: true }),
      production(),
      minifyTemplates(),
      typescript(),
      terser({ format: { comments: false } }),
    ],
    output: { file, format: 'iife', sourcemap: true },
  };
}

export default [
  {
    input: {
      'sdk/index': 'sdk/index.ts',
      'sdk/validate': 'sdk/validate.ts',
      'sdk/admin/index': 'sdk/admin/index.ts',
      'widgets/index': 'widgets/index.ts',
      'widgets/admin-dashboard/index': 'widgets/admin-dashboard/index.ts',
      'server/index': 'server/index.ts',
    },
    external: isDependency,
    plugins: [nodeResolve({ extensions: ['.ts', '.js'] }), typescript(), declarations()],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  },
  scriptTagBundle('widgets/script-tag.ts', 'dist/storelet.js'),
  // The store owner's page: its own bundle, so the dashboard never weighs on shoppers' pages.
  scriptTagBundle('widgets/admin-dashboard/script-tag.ts', 'dist/storelet-admin.js'),
  {
    // The SDK alone, minified as a browser would get it: measured by the size budget.
    input: 'sdk/index.ts',
    plugins: [nodeResolve({ extensions: ['.ts', '.js'], browser: true }), production(), typescript(), terser({ format: { comments: false } })],
    output: { file: 'dist/size/sdk.min.js', format: 'es' },
  },
];
