import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The development outbox: each message is a real RFC 822 `<id>.eml` (open it in any mail client)
 * plus `<id>.json` holding its index entry and both bodies, so the outbox page needs no MIME parser.
 */

/** What the outbox page lists. `file` is the `.eml` file name inside the outbox folder. */
export type OutboxEntry = { id: string; to: string; subject: string; sentAt: string; file: string };

export type OutboxMessage = OutboxEntry & { from: string; text: string; html: string };

// Time first (base 36, fixed width) so names sort by age; random bits so parallel sends never collide.
const ID_PATTERN = /^msg_[0-9a-z]{9}[0-9a-f]{12}$/;

export function newOutboxId(now = Date.now()): string {
  return `msg_${now.toString(36).padStart(9, '0')}${randomBytes(6).toString('hex')}`;
}

export function isOutboxId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** Writes the `.eml` first and publishes the JSON by rename, so a listing never sees half a message. */
export async function writeOutboxMessage(outboxDir: string, message: OutboxMessage, eml: Buffer): Promise<void> {
  await mkdir(outboxDir, { recursive: true });
  await writeFile(join(outboxDir, message.file), eml);
  const temporary = join(outboxDir, `.${message.id}.json.tmp`);
  await writeFile(temporary, JSON.stringify(message));
  await rename(temporary, join(outboxDir, `${message.id}.json`));
}

function isOutboxMessage(value: unknown): value is OutboxMessage {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return ['id', 'to', 'subject', 'sentAt', 'file', 'from', 'text', 'html'].every(
    (key) => typeof record[key] === 'string',
  );
}

async function readMessageFile(path: string): Promise<OutboxMessage | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return isOutboxMessage(parsed) ? parsed : null;
  } catch (error) {
    // A missing file is simply "no such message"; a file someone else left in the folder is not ours.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return null;
    throw error;
  }
}

/** Every message in the outbox, newest first. An outbox that was never written to is empty. */
export async function listOutbox(outboxDir: string): Promise<OutboxEntry[]> {
  let names: string[];
  try {
    names = await readdir(outboxDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const ids = names
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -5))
    .filter(isOutboxId);
  const messages = await Promise.all(ids.map((id) => readMessageFile(join(outboxDir, `${id}.json`))));
  return messages
    .filter((message): message is OutboxMessage => message !== null)
    .map(({ id, to, subject, sentAt, file }) => ({ id, to, subject, sentAt, file }))
    .sort((a, b) => (a.sentAt === b.sentAt ? b.id.localeCompare(a.id) : b.sentAt.localeCompare(a.sentAt)));
}

/** One stored message, or null. The id is checked against the id pattern before it names a file. */
export async function readOutboxMessage(outboxDir: string, id: string): Promise<OutboxMessage | null> {
  if (!isOutboxId(id)) return null;
  return readMessageFile(join(outboxDir, `${id}.json`));
}
