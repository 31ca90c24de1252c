import { parseArgs } from 'node:util';
import { ConfigError, resolveConfig } from '../config.ts';
import { openDataStore } from '../data/store.ts';
import { ensureAdmin } from './ensure-admin.ts';
import { PasswordEntryCancelled, readPassword } from './read-password.ts';

/**
 * `npm run create-admin -- --email someone@example.com [--name "Sam Owner"]`: makes that person an admin
 * of the shop at DATABASE_URL, with the password from STORELET_ADMIN_PASSWORD or, when unset, the first
 * line of standard input (`… < password.txt`, or typed, unseen). The password is never printed.
 */

const USAGE = 'Usage: npm run create-admin -- --email someone@example.com [--name "Their Name"]';

/** The arguments, or a usage error that repeats none of them: a stray one may be a password. */
function parseArguments(): { email?: string; name?: string } {
  try {
    return parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } }, strict: true }).values;
  } catch {
    throw new ConfigError(
      `${USAGE}\nThe password is read from STORELET_ADMIN_PASSWORD or standard input, never from the command line.`,
    );
  }
}

async function main(): Promise<void> {
  const values = parseArguments();
  if (!values.email) throw new ConfigError(USAGE);
  const password = process.env.STORELET_ADMIN_PASSWORD || (await readPassword(process.stdin, process.stderr));
  // Only the database location matters here; the rest of the configuration keeps its defaults.
  const { databaseUrl, currency } = resolveConfig(
    process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {},
  );
  const data = await openDataStore({ databaseUrl, currency });
  try {
    const user = await ensureAdmin(data, {
      email: values.email,
      password,
      ...(values.name ? { name: values.name } : {}),
    });
    console.log(`${user.email} is an admin of the shop at ${databaseUrl}; sign in with POST /api/sessions.`);
  } finally {
    await data.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof PasswordEntryCancelled ? error.message : error);
  process.exit(1);
});
