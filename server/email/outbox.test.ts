import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  isOutboxId,
  listOutbox,
  newOutboxId,
  readOutboxMessage,
  writeOutboxMessage,
  type OutboxMessage,
} from './outbox.ts';

function message(id: string, sentAt: string): OutboxMessage {
  return {
    id,
    to: 'a@example.com',
    subject: `Hello ${id}`,
    sentAt,
    file: `${id}.eml`,
    from: 'shop@example.com',
    text: 't',
    html: '<p>h</p>',
  };
}

describe('outbox', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storelet-outbox-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('makes ids that sort by time and match the id pattern', () => {
    const early = newOutboxId(Date.UTC(2024, 0, 1));
    const late = newOutboxId(Date.UTC(2031, 0, 1));
    assert.ok(isOutboxId(early) && isOutboxId(late));
    assert.ok(early < late);
  });

  it('treats a folder that does not exist as an empty outbox', async () => {
    assert.deepEqual(await listOutbox(join(dir, 'missing')), []);
  });

  it('lists newest first and skips files that are not outbox messages', async () => {
    const older = newOutboxId(Date.UTC(2024, 0, 1));
    const newer = newOutboxId(Date.UTC(2024, 0, 2));
    await writeOutboxMessage(dir, message(older, '2024-01-01T00:00:00.000Z'), Buffer.from('eml'));
    await writeOutboxMessage(dir, message(newer, '2024-01-02T00:00:00.000Z'), Buffer.from('eml'));
    await writeFile(join(dir, 'notes.json'), '{"id":"notes"}');
    await writeFile(join(dir, `${newOutboxId()}.json`), 'not json');
    assert.deepEqual(
      (await listOutbox(dir)).map((entry) => entry.id),
      [newer, older],
    );
  });

  it('reads a stored message and answers null for unknown or unsafe ids', async () => {
    const id = newOutboxId();
    await writeOutboxMessage(dir, message(id, new Date().toISOString()), Buffer.from('eml'));
    assert.equal((await readOutboxMessage(dir, id))?.subject, `Hello ${id}`);
    assert.equal(await readOutboxMessage(dir, newOutboxId()), null);
    // Ids name files, so anything outside the id pattern is refused before a path is built.
    const outbox = join(dir, 'box');
    await writeOutboxMessage(outbox, message(newOutboxId(), new Date().toISOString()), Buffer.from('eml'));
    await writeFile(join(dir, 'secret.json'), JSON.stringify(message('secret', new Date().toISOString())));
    for (const unsafe of ['../secret', `${id}/../../secret`, '..%2Fsecret', 'notes', '', `${id}.json`]) {
      assert.equal(await readOutboxMessage(outbox, unsafe), null, unsafe);
    }
  });
});
