import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Shop } from '../shop/shop.ts';
import { storageKeys } from './view.ts';

/**
 * Upload housekeeping for the sweep: designs of carts that expired without an order go, with their
 * bytes once no other upload shares them; files a crash left half-received in the staging folder go
 * after an hour. Ordered designs stay as long as their order.
 *
 * Bytes are shared by hash, so the very same file uploaded to a new cart in the instant between the
 * query and the delete would lose its bytes. That needs identical content at a millisecond's notice,
 * once a minute, for files whose last owner expired a month ago; a lock across instances is not worth it.
 */

const BATCH = 100;
const STAGED_MAX_AGE_MS = 60 * 60_000;
/**
 * At start, a staged file nobody has written to for this long was left by a server that stopped mid-upload.
 * An upload still arriving at another instance sharing the folder keeps its file fresher than that.
 */
const STAGED_IDLE_AT_START_MS = 60_000;

export async function purgeUploads(shop: Shop): Promise<number> {
  let purged = 0;
  for (;;) {
    const { removed, unreferenced } = await shop.data.uploads.purgeOrphans(BATCH);
    for (const hash of unreferenced) {
      const keys = storageKeys(hash);
      await shop.uploadStore.delete(keys.original);
      await shop.uploadStore.delete(keys.preview);
    }
    purged += removed;
    if (removed < BATCH) break;
  }
  await purgeStaged(shop.settings.uploads.stagingDir, shop.now().getTime() - STAGED_MAX_AGE_MS);
  return purged;
}

/** Clears what a server killed mid-upload left in the staging folder, instead of keeping it for an hour. */
export async function purgeStaleStaging(stagingDir: string, now = Date.now()): Promise<void> {
  await purgeStaged(stagingDir, now - STAGED_IDLE_AT_START_MS);
}

async function purgeStaged(dir: string, before: number): Promise<void> {
  const names = await readdir(dir).catch(() => []);
  for (const name of names) {
    const file = join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && info.mtimeMs < before) await rm(file, { force: true });
  }
}
