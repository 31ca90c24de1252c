import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { UploadInterruptedError, UploadTooLargeError } from './errors.ts';

export type StagedFile = { path: string; size: number; sha256: string };

/**
 * Streams a request body into a new file under `dir`, hashing it on the way, and stops reading the
 * moment it passes `maxBytes` (`UploadTooLargeError`). The source is paused, not destroyed: destroying a
 * Node request would close its socket before the 413 could be sent. Any failure removes the file.
 */
export async function stageUpload(body: Readable, dir: string, maxBytes: number): Promise<StagedFile> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${randomBytes(16).toString('hex')}.part`);
  try {
    return await new Promise<StagedFile>((resolve, reject) => {
      const out = createWriteStream(path, { flags: 'wx' });
      const hash = createHash('sha256');
      let size = 0;
      let ended = false;
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        body.off('data', onData);
        body.pause();
        out.destroy();
        reject(error);
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return fail(new UploadTooLargeError(maxBytes));
        hash.update(chunk);
        if (!out.write(chunk)) {
          body.pause();
          out.once('drain', () => {
            if (!failed) body.resume();
          });
        }
      };
      body.on('data', onData);
      body.once('end', () => {
        ended = true;
        if (!failed) out.end();
      });
      // A request body errs only when its connection does ("aborted"): the client went away.
      body.once('error', () => fail(new UploadInterruptedError()));
      // A client that goes away mid-upload closes the body without ending it.
      body.once('close', () => {
        if (!ended) fail(new UploadInterruptedError());
      });
      // It may have gone already, while the cart was looked up: then 'close' has fired and never fires again.
      if (body.destroyed) fail(new UploadInterruptedError());
      out.once('error', fail);
      out.once('finish', () => {
        if (!failed) resolve({ path, size, sha256: hash.digest('hex') });
      });
    });
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
}
