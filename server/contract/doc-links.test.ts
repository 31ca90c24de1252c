// A comment or page that sends the reader to a document must send them to one that exists.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = /\.(ts|mjs|md|html)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return SOURCES.test(entry.name) ? [path] : [];
  });
}

/** Names like `docs/architecture.md` or `BENCHMARKS.md`, found from the root or beside the file naming them. */
const MENTION = /(?<![\w/.-])((?:\.{0,2}\/)?[\w-]+(?:\/[\w.-]+)*\.md)\b/g;

describe('documents named in the code and the docs', () => {
  test('all exist', () => {
    const missing: string[] = [];
    for (const file of filesUnder(root).filter((path) => path !== fileURLToPath(import.meta.url))) {
      for (const [, name = ''] of readFileSync(file, 'utf8').matchAll(MENTION)) {
        if (!existsSync(join(root, name)) && !existsSync(join(dirname(file), name)))
          missing.push(`${relative(root, file)}: ${name}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  test('the architecture page covers what the comments send readers there for', () => {
    const page = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
    for (const heading of [
      'The three parts and the one rule between them',
      'Wire conventions',
      'The data layer',
      'The order lifecycle',
      'Identity on a third-party page',
    ]) {
      assert.ok(page.includes(`## ${heading}`), heading);
    }
  });
});
