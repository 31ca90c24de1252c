import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { zipOf } from './test-support/samples.ts';
import { zipEntryNames } from './zip-entries.ts';

const dir = mkdtempSync(join(tmpdir(), 'storelet-zip-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function namesOf(bytes: Buffer): Promise<string[] | null> {
  const path = join(dir, `${files++}.zip`);
  writeFileSync(path, bytes);
  return zipEntryNames(path, bytes.length);
}

const ENTRIES: [string, Buffer][] = [
  ['mimetype', Buffer.from('x')],
  ['content/riffData.cdr', Buffer.from('RIFF')],
];

describe('zipEntryNames', () => {
  test('lists the entries, with or without an archive comment, however long', async () => {
    for (const comment of ['', 'note', 'z'.repeat(0xffff)]) {
      assert.deepEqual(
        await namesOf(zipOf(ENTRIES, comment)),
        ['mimetype', 'content/riffData.cdr'],
        `comment of ${comment.length}`,
      );
    }
  });

  test('a comment that holds a fake end record does not mislead it', async () => {
    const decoy = zipOf([['decoy.txt', Buffer.from('d')]])
      .subarray(-22)
      .toString('latin1');
    assert.deepEqual(await namesOf(zipOf(ENTRIES, decoy)), ['mimetype', 'content/riffData.cdr']);
  });

  test('no directory for a file cut short, a local header alone, or a directory that points elsewhere', async () => {
    const zip = zipOf(ENTRIES);
    assert.equal(await namesOf(zip.subarray(0, zip.length - 10)), null);
    assert.equal(await namesOf(zip.subarray(0, 40)), null);
    const shifted = Buffer.from(zip);
    shifted.writeUInt32LE(shifted.readUInt32LE(shifted.length - 6) + 1, shifted.length - 6);
    assert.equal(await namesOf(shifted), null);
    assert.equal(await namesOf(Buffer.concat([Buffer.from('prefix'), zip])), null);
  });
});
