import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { psdThumbnail } from './psd-thumbnail.ts';
import { psd, psdThumbnailResource } from './test-support/samples.ts';

const dir = mkdtempSync(join(tmpdir(), 'storelet-psd-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function thumbnailOf(bytes: Buffer): Promise<Buffer | null> {
  const path = join(dir, `${files++}.psd`);
  writeFileSync(path, bytes);
  return psdThumbnail(path, bytes.length);
}

const JPEG = Buffer.from('\xff\xd8\xff\xe0 not really a JPEG \xff\xd9', 'latin1');

describe('psdThumbnail', () => {
  test('the JPEG of resource 1036, after other resources', async () => {
    const other = Buffer.concat([Buffer.from('8BIM\x03\xed\x00\x00\x00\x00\x00\x03abc\x00', 'latin1')]);
    assert.deepEqual(await thumbnailOf(psd(10, 10, [other, psdThumbnailResource(JPEG, 4, 4)])), JPEG);
  });

  test('none without the resource, in a damaged section, or in raw pixels', async () => {
    assert.equal(await thumbnailOf(psd(10, 10)), null);
    const thumbnail = psdThumbnailResource(JPEG, 4, 4);
    const badSignature = Buffer.from(thumbnail);
    badSignature.write('XXXX', 0, 'latin1');
    assert.equal(await thumbnailOf(psd(10, 10, [badSignature])), null);
    const tooLong = Buffer.from(thumbnail);
    tooLong.writeUInt32BE(thumbnail.length * 2, 8);
    assert.equal(await thumbnailOf(psd(10, 10, [tooLong])), null);
    const raw = Buffer.from(thumbnail);
    raw.writeUInt32BE(0, 12);
    assert.equal(await thumbnailOf(psd(10, 10, [raw])), null);
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    assert.equal(
      await thumbnailOf(psd(10, 10, [psdThumbnailResource(svg, 4, 4)])),
      null,
      'a "thumbnail" that is not a JPEG',
    );
    const cut = psd(10, 10, [thumbnail]);
    assert.equal(await thumbnailOf(cut.subarray(0, cut.length - 80)), null);
  });
});
