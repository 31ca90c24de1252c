import type { Database, Statement } from 'better-sqlite3';
import type { UploadFormat } from '../../../sdk/schemas/index.ts';
import type { UploadRecord, UploadRepository } from '../uploads.ts';

type UploadRow = {
  id: string;
  cart_id: string;
  sha256: string;
  file_name: string;
  format: UploadFormat;
  media_type: string;
  size: number;
  width: number | null;
  height: number | null;
  has_preview: number;
  created_at: string;
};

/** Upload records on SQLite. */
export class SqliteUploadRepository implements UploadRepository {
  readonly #insert: Statement<[UploadRow & { max: number }]>;
  readonly #find: Statement<[string], UploadRow>;
  readonly #count: Statement<[string], { count: number }>;
  readonly #purge: (limit: number) => { removed: number; unreferenced: string[] };

  constructor(sqlite: Database) {
    this.#insert = sqlite.prepare(`
      INSERT INTO uploads (id, cart_id, sha256, file_name, format, media_type, size, width, height, has_preview, created_at)
      SELECT @id, @cart_id, @sha256, @file_name, @format, @media_type, @size, @width, @height, @has_preview, @created_at
      WHERE (SELECT count(*) FROM uploads WHERE cart_id = @cart_id) < @max`);
    this.#find = sqlite.prepare(`
      SELECT id, cart_id, sha256, file_name, format, media_type, size, width, height, has_preview, created_at
      FROM uploads WHERE id = ?`);
    this.#count = sqlite.prepare('SELECT count(*) AS count FROM uploads WHERE cart_id = ?');
    const orphans: Statement<[number], { id: string; sha256: string }> = sqlite.prepare(`
      SELECT id, sha256 FROM uploads u
      WHERE NOT EXISTS (SELECT 1 FROM carts c WHERE c.id = u.cart_id)
        AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.upload_id = u.id)
      LIMIT ?`);
    const remove = sqlite.prepare('DELETE FROM uploads WHERE id = ?');
    const shared: Statement<[string], { found: number }> = sqlite.prepare(
      'SELECT 1 AS found FROM uploads WHERE sha256 = ? LIMIT 1',
    );
    this.#purge = sqlite.transaction((limit: number) => {
      const found = orphans.all(limit);
      for (const upload of found) remove.run(upload.id);
      const hashes = [...new Set(found.map((upload) => upload.sha256))];
      return { removed: found.length, unreferenced: hashes.filter((hash) => !shared.get(hash)) };
    });
  }

  async purgeOrphans(limit: number): Promise<{ removed: number; unreferenced: string[] }> {
    return this.#purge(limit);
  }

  async countForCart(cartId: string): Promise<number> {
    return this.#count.get(cartId)?.count ?? 0;
  }

  async insert(upload: UploadRecord, maxPerCart: number): Promise<boolean> {
    const { changes } = this.#insert.run({
      id: upload.id,
      cart_id: upload.cartId,
      sha256: upload.sha256,
      file_name: upload.fileName,
      format: upload.format,
      media_type: upload.mediaType,
      size: upload.size,
      width: upload.width,
      height: upload.height,
      has_preview: upload.hasPreview ? 1 : 0,
      created_at: upload.createdAt,
      max: maxPerCart,
    });
    return changes === 1;
  }

  async find(id: string): Promise<UploadRecord | null> {
    const row = this.#find.get(id);
    if (!row) return null;
    return {
      id: row.id,
      cartId: row.cart_id,
      sha256: row.sha256,
      fileName: row.file_name,
      format: row.format,
      mediaType: row.media_type,
      size: row.size,
      width: row.width,
      height: row.height,
      hasPreview: row.has_preview === 1,
      createdAt: row.created_at,
    };
  }
}
