import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { PACKAGE_ROOT } from '../config.ts';
import * as schema from './schema.ts';
import { registerSqlFunctions } from './title-sort-key.ts';

export const MIGRATIONS_DIR = join(PACKAGE_ROOT, 'server', 'db', 'migrations');

export type SqliteDb = BetterSQLite3Database<typeof schema>;
export type OpenedSqlite = { sqlite: Database.Database; db: SqliteDb };

/** Turns a `DATABASE_URL` into a SQLite file name, refusing the URLs this build cannot open. */
export function sqliteFileFromUrl(databaseUrl: string): string {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    throw new Error('DATABASE_URL names PostgreSQL, which this build does not support yet; use a SQLite file path.');
  }
  if (databaseUrl === ':memory:') return databaseUrl;
  return resolve(databaseUrl.replace(/^file:/, ''));
}

/**
 * Opens (creating it and its folder if needed) the SQLite database, tunes it for a web server and
 * applies every pending migration before anything else touches it.
 */
export function openSqlite(databaseUrl: string): OpenedSqlite {
  const file = sqliteFileFromUrl(databaseUrl);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  try {
    // WAL lets readers proceed while one writer commits; NORMAL sync is durable across app crashes in WAL mode.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    // Another process (the seed command, a second instance) may hold the write lock for a moment.
    sqlite.pragma('busy_timeout = 5000');
    registerSqlFunctions(sqlite);
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    return { sqlite, db };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
