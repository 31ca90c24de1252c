import type { UploadFormat } from '../../sdk/schemas/index.ts';

/** An uploaded design as stored. The bytes are in the upload store, under keys made from `sha256`. */
export type UploadRecord = {
  id: string;
  cartId: string;
  sha256: string;
  /** The shopper's file name, cleaned for display. */
  fileName: string;
  format: UploadFormat;
  mediaType: string;
  size: number;
  width: number | null;
  height: number | null;
  hasPreview: boolean;
  createdAt: string;
};

export interface UploadRepository {
  /**
   * Adds the record unless its cart already holds `maxPerCart` uploads, in one statement, so that
   * uploads arriving together cannot all pass the limit; false when the cart is full.
   */
  insert(upload: UploadRecord, maxPerCart: number): Promise<boolean>;
  find(id: string): Promise<UploadRecord | null>;
  /** How many designs a cart has uploaded. */
  countForCart(cartId: string): Promise<number>;
  /**
   * Forgets up to `limit` uploads whose cart is gone (purged after it expired) and that no order line was
   * made from; answers how many, and the hashes no remaining upload shares, whose bytes may now go.
   */
  purgeOrphans(limit: number): Promise<{ removed: number; unreferenced: string[] }>;
}
