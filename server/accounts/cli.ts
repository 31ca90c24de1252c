import { parseArgs } from 'node:util';
import { ConfigError, resolveConfig } from '../config.ts';
import { openDataStore } from '../data/store.ts';
import { ensureAdmin } from './ensure-admin.ts';

/**
 * `npm run create-admin -- --email someone@example.com [--name "Sam Owner"]`: makes that person an admin
 * of the shop at DATABASE_URL, with the password from STORELET_ADMIN_PASSWORD or, when unset, the first
 * line of standard input (`… < password.txt`, or typed). The password is never printed.
 */

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters), then Enter: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && Buffer.concat(chunks).includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } }, strict: true });
  if (!values.email) throw new ConfigError('Usage: npm run create-admin -- --email someone@example.com [--name "Their Name"]');
  const password = process.env.STORELET_ADMIN_PASSWORD || (await readStdin());
  // Only the database location matters here; the rest of the configuration keeps its defaults.
  const { databaseUrl, currency } = resolveConfig(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {});
  const data = await openDataStore({ databaseUrl, currency });
  try {
    const user = await ensureAdmin(data, { email: values.email, password, ...(values.name ? { name: values.name } : {}) });
    console.log(`${user.email} is an admin of the shop at ${databaseUrl}; sign in with POST /api/sessions.`);
  } finally {
    await data.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || (error instanceof TypeError && 'code' in error) ? error.message : error);
  process.exit(1);
});
