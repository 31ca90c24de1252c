import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isAbortError,
  isCartGone,
  type Cart,
  type StickerQuoteBody,
  type Storefront,
  type Upload,
} from '../../sdk/index.ts';
import { precheckFile } from './file-checks.ts';

/**
 * The shopper's design: sending it with progress and cancel, and sending it again when its cart was
 * checked out before the add. A cart checked out (its payment declined or cancelled since, or paid in
 * another tab) takes no more designs: the store then starts a new cart and the file goes there, the
 * old one staying its order's.
 */
export class DesignUpload implements ReactiveController {
  upload: Upload | undefined;
  /** From 0 to 1 while the file is sent; -1 otherwise. */
  progress = -1;
  fileName = '';
  /** Why the file was refused or did not arrive, as the shopper reads it. */
  error = '';
  #abort: AbortController | undefined;
  /** The uploaded design's file, kept to send it again should its cart be checked out before the add. */
  #file: File | undefined;

  /** `report` tells the host page about a failure and answers the message to show. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly report: (error: unknown) => string,
  ) {
    host.addController(this);
  }

  // A pending quote may land while the host is detached (it is cheap); an upload may not.
  hostDisconnected(): void {
    this.#abort?.abort();
  }

  async send(shop: Storefront, file: File, maxBytes: number): Promise<void> {
    this.error = precheckFile(file, maxBytes);
    this.host.requestUpdate();
    if (this.error) return;
    const abort = this.#restart();
    this.fileName = file.name;
    this.progress = 0;
    try {
      this.upload = await this.#sendTo(shop, file, abort.signal);
      this.#file = file;
    } catch (error) {
      if (isAbortError(error)) return;
      this.error = this.report(error);
    } finally {
      if (this.#abort === abort) this.progress = -1;
      this.host.requestUpdate();
    }
  }

  cancel(): void {
    this.#abort?.abort();
    this.progress = -1;
    this.error = 'Upload cancelled.';
    this.host.requestUpdate();
  }

  /** Adds the sticker line; when the design's cart was checked out meanwhile, the design goes to a new cart and is added once more. */
  async addLine(shop: Storefront, variantId: string, { quantity, ...spec }: StickerQuoteBody): Promise<Cart> {
    const upload = this.upload;
    if (!upload) throw new Error('No design uploaded.');
    try {
      return await shop.cart.addSticker(variantId, quantity, { uploadId: upload.id, ...spec });
    } catch (error) {
      if (!isCartGone(error) || !this.#file) throw error;
      this.upload = await this.#sendTo(shop, this.#file, this.#restart().signal);
      this.host.requestUpdate();
      return shop.cart.addSticker(variantId, quantity, { uploadId: this.upload.id, ...spec });
    }
  }

  /** A new attempt, giving up the one under way. */
  #restart(): AbortController {
    this.#abort?.abort();
    return (this.#abort = new AbortController());
  }

  #sendTo(shop: Storefront, file: File, signal: AbortSignal): Promise<Upload> {
    return shop.cart.forCart((cartId) =>
      shop.uploads.create(cartId, file, {
        signal,
        onProgress: ({ loaded, total }) => {
          this.progress = total ? loaded / total : 0;
          this.host.requestUpdate();
        },
      }),
    );
  }
}
