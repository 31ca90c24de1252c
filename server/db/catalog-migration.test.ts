import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { MIGRATIONS_DIR, openSqlite } from './open.ts';

/**
 * A shop whose database was made before name sort keys and stemmed search: its rows must come out of
 * the migrations sorted and searchable like rows written today.
 */
const LAST_OLD_MIGRATION = '0005_order_payment_checks';
let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'storelet-migrate-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** A database migrated up to `tag` only, as an older release left it. */
function databaseAt(tag: string, file: string): Database.Database {
  const folder = join(dir, 'old-migrations');
  cpSync(MIGRATIONS_DIR, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const end = journal.entries.findIndex((entry) => entry.tag === tag);
  assert.ok(end >= 0, `no migration ${tag}`);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, end + 1) }));
  const sqlite = new Database(file);
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  return sqlite;
}

test('products stored before the search and sort changes are re-indexed and given sort keys', () => {
  const file = join(dir, 'shop.db');
  const old = databaseAt(LAST_OLD_MIGRATION, file);
  old.exec(`
    INSERT INTO categories (id, handle, name) VALUES ('cat_1', 'apparel', 'Apparel');
    INSERT INTO products (seq, id, handle, title, category_id, tags, options, created_at) VALUES
      (1, 'prod_1', 'quoted-tee', '"Quoted" Tee', 'cat_1', '["tshirt"]',
        '[{"name":"Size","values":["S","XL"]},{"name":"Colour","values":["Navy","Oatmeal"]}]', '2025-01-01T00:00:00.000Z'),
      (2, 'prod_2', 'eclair-tee', 'Éclair Tee', 'cat_1', '[]', '[]', '2025-01-02T00:00:00.000Z');`);
  old.close();

  const { sqlite } = openSqlite(file);
  try {
    const keys = sqlite.prepare('SELECT handle, sort_name FROM products ORDER BY sort_name').all();
    assert.deepEqual(keys, [
      { handle: 'eclair-tee', sort_name: 'eclair tee' },
      { handle: 'quoted-tee', sort_name: 'quoted" tee' },
    ]);
    const match = (query: string) =>
      sqlite
        .prepare('SELECT rowid FROM products_fts WHERE products_fts MATCH ? ORDER BY rowid')
        .all(query)
        .map((row) => (row as { rowid: number }).rowid);
    assert.deepEqual(match('navy'), [1], 'option values are indexed');
    assert.deepEqual(match('options:xl'), [1]);
    assert.deepEqual(match('tees'), [1, 2], 'the stemmer is on');
    assert.deepEqual(match('tshirts'), [1]);
    // The triggers cover the new column: an edit of the options moves the index with it.
    sqlite.prepare(`UPDATE products SET options = '[{"name":"Colour","values":["Forest"]}]' WHERE seq = 1`).run();
    assert.deepEqual(match('navy'), []);
    assert.deepEqual(match('forest'), [1]);
  } finally {
    sqlite.close();
  }
});
