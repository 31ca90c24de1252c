import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { after, describe, test } from 'node:test';
import { createLocalStorage } from './storage.ts';
import { filesUnder } from './test-support/upload.ts';

const root = mkdtempSync(join(tmpdir(), 'storelet-storage-'));
after(() => rmSync(root, { recursive: true, force: true }));

describe('local upload storage', () => {
  const storage = createLocalStorage(root);

  test('put, exists, get and delete, from a stream or a buffer', async () => {
    assert.equal(await storage.exists('originals/ab/abc'), false);
    assert.equal(await storage.get('originals/ab/abc'), null);
    await storage.put('originals/ab/abc', Readable.from([Buffer.from('hello '), Buffer.from('world')]));
    await storage.put('previews/ab/abc.png', Buffer.from('png'));
    assert.equal(await storage.exists('originals/ab/abc'), true);
    const stored = await storage.get('originals/ab/abc');
    assert.equal(stored?.size, 11);
    assert.equal(await text(stored?.body ?? Readable.from([])), 'hello world');
    assert.deepEqual(filesUnder(root), [join('originals', 'ab', 'abc'), join('previews', 'ab', 'abc.png')]);
    await storage.delete('originals/ab/abc');
    await storage.delete('originals/ab/abc');
    assert.equal(await storage.exists('originals/ab/abc'), false);
  });

  test('a failed write leaves no partial file', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.from('part'));
        this.destroy(new Error('disk gone'));
      },
    });
    await assert.rejects(storage.put('originals/cd/cde', failing), /disk gone/);
    assert.ok(!filesUnder(root).some((file) => file.includes('cde')), filesUnder(root).join(', '));
  });

  test('keys that could name anything outside the folder are refused', async () => {
    for (const key of ['../x', 'a/../../x', '/etc/passwd', 'A/B', 'a//b', '.staging/x', 'a/b.png.exe', '']) {
      await assert.rejects(storage.put(key, Buffer.from('x')), /Invalid storage key/, key);
      await assert.rejects(storage.get(key), /Invalid storage key/, key);
    }
  });
});
