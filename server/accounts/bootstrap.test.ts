import assert from 'node:assert/strict';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigError, type PartialServerConfig } from '../config.ts';
import { configFromEnv } from '../config-env.ts';
import { startMessage } from '../start-message.ts';
import { startServer, type RunningServer, type StartOptions } from '../start.ts';
import { startTestServer } from '../test-support/server.ts';
import { devAdminPasswordFile } from './dev-admin.ts';
import { ensureAdmin } from './ensure-admin.ts';
import { bearer, createUser } from './test-support/users.ts';

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'storelet-admin-'));
  dirs.push(dir);
  return dir;
}

async function signIn(
  server: RunningServer,
  email: string,
  password: string,
): Promise<{ status: number; token: string; role?: string }> {
  const response = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { token: string; account?: { role: string } };
  return { status: response.status, token: body.token, role: body.account?.role };
}

async function start(
  dir: string,
  config: PartialServerConfig = {},
  options: StartOptions = {},
): Promise<RunningServer> {
  return startServer(
    {
      port: 0,
      databaseUrl: join(dir, 'shop.db'),
      outboxDir: join(dir, 'outbox'),
      uploadDir: join(dir, 'uploads'),
      seed: 'none',
      ...config,
    },
    options,
  );
}

describe('admin configuration', () => {
  test('STORELET_ADMIN_EMAIL and STORELET_ADMIN_PASSWORD come together, the password of 12 characters or more', () => {
    assert.deepEqual(
      configFromEnv({ STORELET_ADMIN_EMAIL: 'owner@example.com', STORELET_ADMIN_PASSWORD: 'twelve chars' }).admin,
      {
        email: 'owner@example.com',
        password: 'twelve chars',
      },
    );
    assert.equal(configFromEnv({}).admin, undefined);
    for (const env of [
      { STORELET_ADMIN_EMAIL: 'owner@example.com' },
      { STORELET_ADMIN_PASSWORD: 'a long admin password' },
    ]) {
      assert.throws(
        () => configFromEnv(env),
        (error: Error) =>
          error instanceof ConfigError && /STORELET_ADMIN_EMAIL and STORELET_ADMIN_PASSWORD/.test(error.message),
      );
    }
    assert.throws(
      () => configFromEnv({ STORELET_ADMIN_EMAIL: 'owner@example.com', STORELET_ADMIN_PASSWORD: 'elevenchars' }),
      (error: Error) =>
        error instanceof ConfigError &&
        /STORELET_ADMIN_PASSWORD: must be at least 12/.test(error.message) &&
        !error.message.includes('elevenchars'),
    );
    assert.throws(
      () => configFromEnv({ STORELET_ADMIN_EMAIL: 'owner', STORELET_ADMIN_PASSWORD: 'a long admin password' }),
      (error: Error) => error instanceof ConfigError && /STORELET_ADMIN_EMAIL/.test(error.message),
    );
  });
});

describe('startServer({ admin })', () => {
  test('creates the admin, who can sign in and read the admin routes', async () => {
    const server = await startTestServer({
      seed: 'none',
      rules: 'none',
      config: { admin: { email: 'Owner@Example.com', password: 'a long admin password' } },
    });
    try {
      const session = await signIn(server, 'owner@example.com', 'a long admin password');
      assert.equal(session.status, 201);
      assert.equal(session.role, 'admin');
      assert.equal((await server.get('/api/admin/orders', bearer(session.token))).status, 200);
      assert.equal(server.devAdmin, undefined);
    } finally {
      await server.close();
    }
  });

  test('makes an existing customer the admin with the given password, signing them out only when it changed', async () => {
    const dir = tempDir();
    let server = await start(dir);
    await createUser(server.data, 'sam@example.com', 'the customer password');
    const before = await signIn(server, 'sam@example.com', 'the customer password');
    await server.close();

    server = await start(dir, { admin: { email: 'sam@example.com', password: 'the new admin password' } });
    try {
      assert.equal(
        (await fetch(`${server.url}/api/account`, bearer(before.token))).status,
        401,
        'the old password’s session is gone',
      );
      assert.equal((await signIn(server, 'sam@example.com', 'the customer password')).status, 401);
      const admin = await signIn(server, 'sam@example.com', 'the new admin password');
      assert.equal(admin.role, 'admin');
      await ensureAdmin(server.data, { email: 'sam@example.com', password: 'the new admin password' });
      assert.equal(
        (await fetch(`${server.url}/api/admin/orders`, bearer(admin.token))).status,
        200,
        'the same password keeps the session',
      );
      await assert.rejects(ensureAdmin(server.data, { email: 'sam@example.com', password: 'short' }), ConfigError);
    } finally {
      await server.close();
    }
  });
});

describe('the development admin', () => {
  test('the example shop makes admin@example.com once, its password in a private file beside the database, reused later', async () => {
    const dir = tempDir();
    const file = devAdminPasswordFile(join(dir, 'shop.db'));
    let server = await start(dir, { seed: 'example' });
    let password: string;
    try {
      password = readFileSync(file, 'utf8').trim();
      assert.deepEqual(server.devAdmin, { email: 'admin@example.com', passwordFile: file, newPassword: password });
      assert.equal(statSync(file).mode & 0o777, 0o600);
      assert.ok(password.length >= 20);
      assert.equal((await signIn(server, 'admin@example.com', password)).role, 'admin');
    } finally {
      await server.close();
    }
    server = await start(dir, { seed: 'example' });
    try {
      assert.equal(readFileSync(file, 'utf8').trim(), password, 'the same password on the next start');
      assert.deepEqual(server.devAdmin, { email: 'admin@example.com', passwordFile: file }, 'not new: not shown again');
      assert.equal((await signIn(server, 'admin@example.com', password)).status, 201);
    } finally {
      await server.close();
    }
  });

  test('the first start shows the email and password once in the terminal; never again, never into a file', async () => {
    const dir = tempDir();
    const file = devAdminPasswordFile(join(dir, 'shop.db'));
    const first = await start(dir, { seed: 'example' });
    await first.close();
    const password = readFileSync(file, 'utf8').trim();
    const shown = startMessage(first, { terminal: true }).join('\n');
    assert.ok(shown.includes(`as admin@example.com with the password ${password}`), shown);
    assert.ok(shown.includes(file), 'where it is kept');
    const redirected = startMessage(first, { terminal: false }).join('\n');
    assert.ok(!redirected.includes(password), 'output going to a file names the file only');
    assert.ok(redirected.includes(file));

    const again = await start(dir, { seed: 'example' });
    await again.close();
    const later = startMessage(again, { terminal: true }).join('\n');
    assert.ok(!later.includes(password), later);
    assert.ok(later.includes(`admin@example.com with the password in ${file}`), later);
  });

  test('npm start with its output sent to a log file: the password stays in its file', async () => {
    const dir = tempDir();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED: 'example',
      DATABASE_URL: join(dir, 'shop.db'),
      UPLOAD_DIR: join(dir, 'uploads'),
      OUTBOX_DIR: join(dir, 'outbox'),
    };
    delete env.NODE_ENV;
    delete env.STORELET_ADMIN_EMAIL;
    delete env.STORELET_ADMIN_PASSWORD;
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../main.ts', import.meta.url))], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', () => output.includes('Emails go to') && resolve());
        child.once('exit', (code) => reject(new Error(`main.ts exited with ${code}: ${output}`)));
      });
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    const password = readFileSync(devAdminPasswordFile(join(dir, 'shop.db')), 'utf8').trim();
    assert.ok(!output.includes(password), output);
    assert.match(output, /Admin: sign in as admin@example\.com with the password in /);
  });

  test('a password file others could read is made private and gets a new password, as does an empty one', async () => {
    const dir = tempDir();
    const file = devAdminPasswordFile(join(dir, 'shop.db'));
    for (const [kept, mode] of [
      ['a password others could read', 0o644],
      ['', 0o600],
    ] as const) {
      writeFileSync(file, `${kept}\n`);
      chmodSync(file, mode);
      const server = await start(dir, { seed: 'example' });
      try {
        assert.equal(statSync(file).mode & 0o777, 0o600);
        const password = readFileSync(file, 'utf8').trim();
        assert.ok(password.length >= 20 && password !== kept);
        assert.equal((await signIn(server, 'admin@example.com', password)).status, 201);
        if (kept) assert.equal((await signIn(server, 'admin@example.com', kept)).status, 401);
      } finally {
        await server.close();
      }
    }
  });

  test('a password file that is a symbolic link stops the start, and nothing is written through it', async () => {
    const dir = tempDir();
    const elsewhere = join(dir, 'elsewhere.txt');
    writeFileSync(elsewhere, '');
    chmodSync(elsewhere, 0o644);
    symlinkSync(elsewhere, devAdminPasswordFile(join(dir, 'shop.db')));
    const outcome = await start(dir, { seed: 'example' }).then(
      async (server) => {
        await server.close();
        return 'started';
      },
      (error: Error) => error.message,
    );
    assert.match(outcome, /ELOOP/);
    assert.equal(readFileSync(elsewhere, 'utf8'), '');
    assert.equal(statSync(elsewhere).mode & 0o777, 0o644);
  });

  test('is not made when an admin is configured, for a shop without the example seed, or in production', async () => {
    const configured = tempDir();
    const withAdmin = await start(configured, {
      seed: 'example',
      admin: { email: 'owner@example.com', password: 'a long admin password' },
    });
    await withAdmin.close();
    assert.equal(withAdmin.devAdmin, undefined);
    assert.ok(!existsSync(devAdminPasswordFile(join(configured, 'shop.db'))));

    const production = tempDir();
    const live = await start(production, {
      seed: 'example',
      production: true,
      stripe: { secretKey: 'sk_test_offline', webhookSecret: 'whsec_offline' },
      orderLinkSecret: 'x'.repeat(32),
      publicUrl: 'https://shop.example.com',
    });
    await live.close();
    assert.equal(live.devAdmin, undefined);
    assert.ok(!existsSync(devAdminPasswordFile(join(production, 'shop.db'))));
  });
});
