import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ShopSettings } from '../shop/shop.ts';

/**
 * Preview URLs carry an HMAC of the upload id, so an `<img>` on a third-party page or in an email can load
 * the thumbnail without credentials, while upload ids alone open nothing. The message is prefixed so
 * a preview signature can never pass for an order link signed with the same secret.
 */

function previewSignature(secret: string, uploadId: string): string {
  return createHmac('sha256', secret).update(`upload-preview:v1:${uploadId}`).digest('base64url');
}

export function previewSignatureValid(secret: string, uploadId: string, signature: string): boolean {
  const expected = Buffer.from(previewSignature(secret, uploadId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The absolute, signed URL of an upload's PNG thumbnail. */
export function previewUrl(settings: Pick<ShopSettings, 'publicUrl' | 'orderLinkSecret'>, uploadId: string): string {
  return `${settings.publicUrl}/api/uploads/${uploadId}/preview.png?sig=${previewSignature(settings.orderLinkSecret, uploadId)}`;
}
