import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Upload } from '../../../sdk/schemas/index.ts';
import type { ErrorJson, TestResponse, TestServer } from '../../test-support/server.ts';

/** Sends a file as the raw body of `POST /api/carts/:cartId/uploads`, as the SDK does. */
export function upload(
  server: TestServer,
  cartId: string,
  bytes: Buffer,
  name: string,
  headers: Record<string, string> = { 'content-type': 'application/octet-stream' },
): Promise<TestResponse<Upload & ErrorJson>> {
  return server.get<Upload & ErrorJson>(`/api/carts/${cartId}/uploads?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers,
    body: new Uint8Array(bytes),
  });
}

/** Every file under a folder, relative to it (an absent folder holds none). */
export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}
