// The README's "Use the SDK" snippet, run as written against a real example shop: a newcomer's first
// copy-and-paste must work. Only the shop's address, the package name and the design file are filled in.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { exampleSeed } from '../seed/seed.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';
import { acceptedSamples } from '../uploads/test-support/samples.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The first ```ts block under a heading of the README. */
function snippetUnder(heading: string): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(`## ${heading}\n`));
  const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(code, `a ts block under "${heading}"`);
  return code;
}

describe('the README SDK snippet', () => {
  let server: TestServer;
  let dir: string;

  before(async () => {
    server = await startTestServer({ seed: exampleSeed() });
    dir = mkdtempSync(join(tmpdir(), 'storelet-readme-'));
  });
  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs against the example shop and logs what it says it logs', async () => {
    const png = (await acceptedSamples()).find((sample) => sample.format === 'png');
    assert.ok(png);
    writeFileSync(join(dir, 'design.png'), png.bytes);
    const sdk = pathToFileURL(join(root, 'sdk/index.ts')).href;
    const code = snippetUnder('Use the SDK')
      .replace(/from 'storelet'/, `from ${JSON.stringify(sdk)}`)
      .replace(/'https:\/\/shop\.example\.com'/, JSON.stringify(server.url));
    // .mts: the temp folder has no package.json saying "type": "module", and the snippet awaits at top level.
    const file = join(dir, 'snippet.mts');
    writeFileSync(
      file,
      `import { readFileSync } from 'node:fs';\nconst file = new Blob([readFileSync(${JSON.stringify(join(dir, 'design.png'))})], { type: 'image/png' });\n${code}`,
    );

    const logged: unknown[][] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void logged.push(args);
    try {
      await import(pathToFileURL(file).href);
    } finally {
      console.log = log;
    }
    const lines = logged.map((args) => args.map(String).join(' '));
    assert.ok(lines.includes('not_found'), 'the not-found example logs its code');
    assert.ok(
      lines.some((line) => /^\$\d+\.\d\d \$\d+\.\d\d \d+% saved$/.test(line)),
      'the sticker quote line',
    );
    assert.ok(
      lines.some((line) => /^ready [1-9]\d*$/.test(line)),
      'the product list, ready with products',
    );
  });
});
