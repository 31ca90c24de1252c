import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { openDataStore } from '../data/store.ts';
import { verifyPassword } from './password.ts';
import { emailKey } from './view.ts';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const PASSWORD = 'a long admin password';
const dir = mkdtempSync(join(tmpdir(), 'storelet-cli-'));
const databaseFile = join(dir, 'shop.db');
after(() => rmSync(dir, { recursive: true, force: true }));

type Run = { status: number | null; output: string };

/** Runs `npm run create-admin` on the test database with `args`, writing `input` once `waitFor` shows (at once when none). */
function run(command: string, args: string[], input: string, waitFor?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, DATABASE_URL: databaseFile, STORELET_ADMIN_PASSWORD: '' },
    });
    let output = '';
    let written = false;
    const feed = () => {
      if (written || (waitFor && !output.includes(waitFor))) return;
      written = true;
      child.stdin.write(input);
      if (!waitFor) child.stdin.end();
    };
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        feed();
      });
    }
    feed();
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

const cli = (args: string[], input: string) => run(process.execPath, ['--import', 'tsx', CLI, ...args], input);

async function adminPasswordIs(email: string, password: string): Promise<boolean> {
  const data = await openDataStore({ databaseUrl: databaseFile, currency: 'USD' });
  try {
    const user = await data.accounts.findUserByEmailKey(emailKey(email));
    return user?.role === 'admin' && (await verifyPassword(password, user.passwordHash));
  } finally {
    await data.close();
  }
}

describe('npm run create-admin', () => {
  test('reads the password from a pipe and never prints it', async () => {
    const { status, output } = await cli(['--email', 'owner@example.com'], `${PASSWORD}\n`);
    assert.equal(status, 0, output);
    assert.match(output, /owner@example\.com is an admin/);
    assert.ok(!output.includes(PASSWORD));
    assert.ok(await adminPasswordIs('owner@example.com', PASSWORD));
  });

  test('a password given on the command line is refused without being repeated', async () => {
    for (const args of [
      ['--email', 'owner@example.com', PASSWORD],
      ['--email', 'owner@example.com', `--password=${PASSWORD}`],
    ]) {
      const { status, output } = await cli(args, '');
      assert.equal(status, 1, output);
      assert.match(output, /Usage: npm run create-admin/);
      assert.match(output, /never from the command line/);
      assert.ok(!output.includes(PASSWORD), output);
    }
  });

  // `script` gives the command a terminal, whose echo would show a typed password in the output.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  test(
    'on a terminal the typed password is not echoed',
    { skip: hasScript ? false : 'needs util-linux script' },
    async () => {
      const typed = 'a typed admin password';
      const command = [process.execPath, '--import', 'tsx', CLI, '--email', 'typist@example.com']
        .map((part) => `'${part}'`)
        .join(' ');
      const { status, output } = await run(
        'script',
        ['-q', '-e', '-c', command, '/dev/null'],
        `${typed}\r`,
        'Password',
      );
      assert.equal(status, 0, output);
      assert.match(output, /not shown/);
      assert.match(output, /typist@example\.com is an admin/);
      assert.ok(!output.includes(typed), output);
      assert.ok(await adminPasswordIs('typist@example.com', typed));
    },
  );
});
