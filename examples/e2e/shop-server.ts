import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PartialServerConfig } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/start.ts';

/** The example shop as `npm start` runs it (seeded example catalog), on a free port and a throwaway database. */
export async function startExampleShop(config: PartialServerConfig = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'storelet-e2e-'));
  const server = await startServer({
    port: 0,
    databaseUrl: join(dir, 'shop.db'),
    uploadDir: join(dir, 'uploads'),
    outboxDir: join(dir, 'outbox'),
    seed: 'example',
    ...config,
  });
  return {
    ...server,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
