import { open } from 'node:fs/promises';

/**
 * Lists a ZIP file's entries from its central directory, which is all a container format needs for
 * sniffing. Only what the end record points at is read, with a bound, never the entries themselves.
 */

const END_SIGNATURE = 0x06054b50;
const END_LENGTH = 22;
/** The end record closes the file, followed only by its comment of at most 65 535 bytes. */
const END_SEARCH_BYTES = END_LENGTH + 0xffff;
const ENTRY_SIGNATURE = 0x02014b50;
const ENTRY_LENGTH = 46;
/** Far more than a design container lists (CorelDRAW writes tens to hundreds of entries). */
const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;

type EndRecord = { count: number; length: number; offset: number };

/**
 * The end-of-central-directory record in `tail` (the file's last bytes, from `tailStart`): the last
 * signature whose directory ends right where it starts, so a comment holding a stray signature is passed over.
 */
function findEndRecord(tail: Buffer, tailStart: number): EndRecord | null {
  for (let at = tail.length - END_LENGTH; at >= 0; at--) {
    if (tail.readUInt32LE(at) !== END_SIGNATURE) continue;
    const record = {
      count: tail.readUInt16LE(at + 10),
      length: tail.readUInt32LE(at + 12),
      offset: tail.readUInt32LE(at + 16),
    };
    // ZIP64 and multi-disk archives mark their fields with other values and never pass this check.
    const onOneDisk = tail.readUInt16LE(at + 4) === 0 && tail.readUInt16LE(at + 6) === 0;
    if (onOneDisk && record.count !== 0xffff && record.offset + record.length === tailStart + at) return record;
  }
  return null;
}

/** The names in a central directory, or null when it does not hold `count` well-formed entries. */
function entryNames(directory: Buffer, count: number): string[] | null {
  const names: string[] = [];
  let at = 0;
  while (names.length < count) {
    if (at + ENTRY_LENGTH > directory.length || directory.readUInt32LE(at) !== ENTRY_SIGNATURE) return null;
    const nameEnd = at + ENTRY_LENGTH + directory.readUInt16LE(at + 28);
    if (nameEnd > directory.length) return null;
    // Only ASCII names are ever compared, which read the same in CP437 and UTF-8.
    names.push(directory.toString('latin1', at + ENTRY_LENGTH, nameEnd));
    at = nameEnd + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  return names;
}

/**
 * The entry names of the ZIP file at `path`, or null when it has no central directory we read: cut
 * short, spanning disks, ZIP64, preceded by other data, or listing more than 4 MB.
 */
export async function zipEntryNames(path: string, size: number): Promise<string[] | null> {
  const handle = await open(path, 'r');
  try {
    const tail = Buffer.alloc(Math.min(size, END_SEARCH_BYTES));
    const tailStart = size - tail.length;
    await handle.read(tail, 0, tail.length, tailStart);
    const end = findEndRecord(tail, tailStart);
    if (end === null || end.length > MAX_DIRECTORY_BYTES) return null;
    const { count, length, offset } = end;
    const directory = Buffer.alloc(length);
    const { bytesRead } = await handle.read(directory, 0, length, offset);
    return bytesRead === length ? entryNames(directory, count) : null;
  } finally {
    await handle.close();
  }
}
