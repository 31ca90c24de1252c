import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Cart } from '../../sdk/schemas/index.ts';
import { stickerShopSeed } from '../stickers/test-support/sticker-shop.ts';
import { startServer } from '../start.ts';
import { checkout, createCart, variantId } from '../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';
import { acceptedSamples, type Sample } from './test-support/samples.ts';
import { filesUnder, upload } from './test-support/upload.ts';

let server: TestServer;
let samples: Sample[];
before(async () => {
  server = await startTestServer({ seed: stickerShopSeed });
  samples = await acceptedSamples();
});
after(() => server.close());

const originals = () => filesUnder(join(server.dir, 'uploads', 'originals'));
const sample = (name: string) => samples.find((candidate) => candidate.name === name)?.bytes ?? Buffer.alloc(0);

describe('the sweep and uploads', () => {
  test('designs of expired carts go, bytes once unshared; ordered designs and live carts keep theirs', async () => {
    const expired = await createCart(server);
    await upload(server, expired.id, sample('logo.png'), 'a.png');
    await upload(server, expired.id, sample('photo.jpg'), 'b.jpg');
    const live = await createCart(server);
    await upload(server, live.id, sample('photo.jpg'), 'same bytes.jpg');
    const ordered = await createCart(server);
    const design = await upload(server, ordered.id, sample('art.webp'), 'c.webp');
    const line = await server.send<Cart>(`/api/carts/${ordered.id}/lines`, {
      variantId: await variantId(server, 'custom-die-cut'),
      quantity: 50,
      sticker: {
        uploadId: design.body.id,
        shape: 'square',
        width: 2,
        height: 2,
        unit: 'in',
        material: 'paper',
        finish: 'matte',
      },
    });
    assert.equal(line.status, 200, line.text);
    const result = await checkout(server, ordered.id);
    assert.equal(originals().length, 3);

    const staging = join(server.dir, 'uploads', '.staging');
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, 'old.part'), 'left by a crash');
    utimesSync(join(staging, 'old.part'), new Date(Date.now() - 2 * 3_600_000), new Date(Date.now() - 2 * 3_600_000));
    writeFileSync(join(staging, 'fresh.part'), 'being received');

    server.sqlite
      .prepare("UPDATE carts SET expires_at = '2000-01-01T00:00:00.000Z' WHERE id IN (?, ?)")
      .run(expired.id, ordered.id);
    const report = await server.sweep();
    assert.equal(report.uploadsPurged, 2);
    assert.equal(originals().length, 2, 'the PNG went; the JPEG is shared with a live cart; the ordered WEBP stays');
    assert.deepEqual(filesUnder(staging), ['fresh.part']);

    const file = await fetch(
      `${server.url}/api/orders/${result.order.id}/uploads/${design.body.id}/file?token=${result.accessToken}`,
    );
    assert.equal(file.status, 200);
    const preview = await fetch(result.order.lines[0]?.sticker?.upload.previewUrl ?? '');
    assert.equal(preview.status, 200);

    server.sqlite.prepare("UPDATE carts SET expires_at = '2000-01-01T00:00:00.000Z' WHERE id = ?").run(live.id);
    assert.equal((await server.sweep()).uploadsPurged, 1);
    assert.equal(originals().length, 1);
  });
});

describe('a server starting', () => {
  test('clears what a server killed mid-upload left staged, and spares an upload still arriving', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storelet-staging-'));
    const uploads = join(dir, 'uploads');
    const staging = join(uploads, '.staging');
    mkdirSync(staging, { recursive: true });
    const twoMinutesAgo = new Date(Date.now() - 2 * 60_000);
    writeFileSync(join(staging, 'killed.part'), 'half a design');
    utimesSync(join(staging, 'killed.part'), twoMinutesAgo, twoMinutesAgo);
    writeFileSync(join(staging, 'arriving.part'), 'another instance is receiving this');
    const started = await startServer({
      port: 0,
      databaseUrl: join(dir, 'shop.db'),
      outboxDir: join(dir, 'outbox'),
      uploadDir: uploads,
      seed: 'none',
    });
    try {
      assert.deepEqual(filesUnder(staging), ['arriving.part']);
    } finally {
      await started.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
