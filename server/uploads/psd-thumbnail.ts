import { open } from 'node:fs/promises';

/**
 * Photoshop's own thumbnail of a PSD, which a layered file carries so browsers of files need not
 * composite it: image resource 1036, a 28-byte header then JFIF data. Found by walking the image
 * resources section one block header at a time, so a large section is never read whole.
 */

/** After the 26-byte header: the color mode data, then the image resources, each led by its length. */
const COLOR_MODE_OFFSET = 26;
const THUMBNAIL_ID = 1036;
const THUMBNAIL_HEADER = 28;
/** Format 1 in the thumbnail header: JFIF (0 is raw pixels, which no writer we know of uses). */
const JFIF_FORMAT = 1;
/** Photoshop writes at most 160 px; these bound a damaged or hostile file. */
const MAX_THUMBNAIL_BYTES = 1024 * 1024;
const MAX_BLOCKS = 1000;
const SIGNATURES: ReadonlySet<string> = new Set(['8BIM', 'MeSa', 'AgHg', 'PHUT', 'DCSR']);

/** The JPEG bytes of the thumbnail, or null when the file has none we can read. */
export async function psdThumbnail(path: string, size: number): Promise<Buffer | null> {
  const handle = await open(path, 'r');
  const read = async (position: number, length: number): Promise<Buffer | null> => {
    if (position + length > size) return null;
    const bytes = Buffer.alloc(length);
    return (await handle.read(bytes, 0, length, position)).bytesRead === length ? bytes : null;
  };
  try {
    const colorModeLength = (await read(COLOR_MODE_OFFSET, 4))?.readUInt32BE(0);
    if (colorModeLength === undefined) return null;
    const section = COLOR_MODE_OFFSET + 4 + colorModeLength;
    const sectionLength = (await read(section, 4))?.readUInt32BE(0);
    if (sectionLength === undefined) return null;
    const end = section + 4 + sectionLength;
    let at = section + 4;
    for (let block = 0; block < MAX_BLOCKS && at < end; block++) {
      // A block: signature, id, a Pascal name padded to an even length, the data's length, the data padded likewise.
      const start = await read(at, 7);
      if (!start || !SIGNATURES.has(start.toString('latin1', 0, 4))) return null;
      const lengthAt = at + 6 + ((start.readUInt8(6) + 2) & ~1);
      const dataLength = (await read(lengthAt, 4))?.readUInt32BE(0);
      if (dataLength === undefined || lengthAt + 4 + dataLength > end) return null;
      if (start.readUInt16BE(4) === THUMBNAIL_ID) {
        if (dataLength <= THUMBNAIL_HEADER || dataLength > MAX_THUMBNAIL_BYTES) return null;
        const data = await read(lengthAt + 4, dataLength);
        // Only a JPEG is handed to sharp: it would draw any image it knows (an SVG too, past the SVG checks).
        const jpeg = data?.readUInt32BE(0) === JFIF_FORMAT ? data.subarray(THUMBNAIL_HEADER) : null;
        return jpeg && jpeg[0] === 0xff && jpeg[1] === 0xd8 && jpeg[2] === 0xff ? jpeg : null;
      }
      at = lengthAt + 4 + dataLength + (dataLength & 1);
    }
    return null;
  } finally {
    await handle.close();
  }
}
