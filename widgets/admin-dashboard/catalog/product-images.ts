import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AdminClient, AdminProduct } from '../../../sdk/admin/index.ts';
import { toStoreletError, type StoreletError } from '../../../sdk/index.ts';
import { mediaUrl } from '../../shared/media-url.ts';

/**
 * A product's photos as the form edits them: each upload, move and removal is sent at once from the product version
 * read, and the server's new copy of the product is handed to `accepted`, so the form's next save names that version.
 */
export class ImageGallery {
  /** Of the upload on its way, 0 to 100; undefined when none is. */
  progress: number | undefined;
  busy = false;
  error = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: () => { client: AdminClient; product: AdminProduct } | undefined,
    private readonly accepted: (product: AdminProduct) => void,
    private readonly refused: (error: StoreletError) => void,
  ) {}

  private async run(
    send: (client: AdminClient, product: AdminProduct) => Promise<AdminProduct>,
  ): Promise<AdminProduct | undefined> {
    const context = this.context();
    if (!context || this.busy) return undefined;
    this.busy = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      const product = await send(context.client, context.product);
      this.accepted(product);
      return product;
    } catch (thrown) {
      const error = toStoreletError(thrown);
      this.error = error.message;
      this.refused(error);
      return undefined;
    } finally {
      this.busy = false;
      this.progress = undefined;
      this.host.requestUpdate();
    }
  }

  /** Adds photos last in the gallery, one after the other, the alt text made from each file's name. */
  async upload(files: readonly File[]): Promise<void> {
    for (const file of files) {
      this.progress = 0;
      const done = await this.run((client, product) =>
        client.catalog.products.addImage(product.id, file, {
          version: product.version,
          alt: file.name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' '),
          onProgress: ({ loaded, total }) => {
            this.progress = total > 0 ? Math.round((loaded / total) * 100) : 0;
            this.host.requestUpdate();
          },
        }),
      );
      if (!done) return;
    }
  }

  /** Sends the gallery in a new order, or without a photo: the images left out are removed. */
  arrange(arrange: (images: AdminProduct['images']) => AdminProduct['images']): Promise<AdminProduct | undefined> {
    return this.run((client, product) =>
      client.catalog.products.update(product.id, {
        version: product.version,
        images: arrange(product.images).map(({ url, alt }) => ({ url, alt })),
      }),
    );
  }

  move(index: number, step: -1 | 1): Promise<AdminProduct | undefined> {
    return this.arrange((images) => {
      const next = [...images];
      const [moved] = next.splice(index, 1);
      next.splice(index + step, 0, moved!);
      return next;
    });
  }

  remove(index: number): Promise<AdminProduct | undefined> {
    return this.arrange((images) => images.filter((_, at) => at !== index));
  }
}

/** The gallery: each photo with its moves and removal, then the file picker and the upload's progress. */
export function renderImageGallery(
  gallery: ImageGallery,
  product: AdminProduct,
  apiUrl: string,
  focusAfter: (selector: string) => void,
): TemplateResult {
  const busy = gallery.busy ? 'true' : 'false';
  const images = product.images;
  const act = async (change: Promise<AdminProduct | undefined>, selector: string) => {
    if (await change) focusAfter(selector);
  };
  return html`<fieldset class="group" aria-busy=${busy}>
    <legend>Photos</legend>
    ${
      images.length === 0
        ? html`<p class="meta">No photos yet. The first one is the product’s main photo.</p>`
        : html`<ol part="images" class="images">
          ${images.map(
            (image, index) => html`<li part="image" class="image" data-url=${image.url}>
              <img part="image-preview" class="thumb" src=${mediaUrl(image.url, apiUrl)} alt=${image.alt} />
              <span class="meta">${index === 0 ? 'Main photo' : `Photo ${index + 1}`}</span>
              <div class="row-actions" role="group" aria-label="Photo ${index + 1}">
                ${
                  index > 0
                    ? html`<button part="image-earlier button" class="button secondary" type="button" aria-disabled=${busy}
                      aria-label="Move photo ${index + 1} earlier" @click=${() => void act(gallery.move(index, -1), `[part~="image"]:nth-child(${index}) [part~="image-earlier"], [part~="image"]:nth-child(${index}) [part~="image-later"]`)}>←</button>`
                    : nothing
                }
                ${
                  index < images.length - 1
                    ? html`<button part="image-later button" class="button secondary" type="button" aria-disabled=${busy}
                      aria-label="Move photo ${index + 1} later" @click=${() => void act(gallery.move(index, 1), `[part~="image"]:nth-child(${index + 2}) [part~="image-later"], [part~="image"]:nth-child(${index + 2}) [part~="image-earlier"]`)}>→</button>`
                    : nothing
                }
                <button part="remove-image button" class="button secondary" type="button" aria-disabled=${busy}
                  aria-label="Remove photo ${index + 1}" @click=${() => void act(gallery.remove(index), '#image-file')}>Remove</button>
              </div>
            </li>`,
          )}
        </ol>`
    }
    <div>
      <label class="label" for="image-file">Add photos</label>
      <input id="image-file" part="image-file" class="field" type="file" multiple accept="image/jpeg,image/png,image/webp,image/gif,image/tiff"
        aria-describedby="image-error" ?disabled=${gallery.busy}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const files = [...(input.files ?? [])];
          input.value = '';
          void gallery.upload(files).then(() => focusAfter('#image-file'));
        }} />
    </div>
    ${
      gallery.progress === undefined
        ? nothing
        : html`<label class="meta" for="image-progress">Uploading…</label>
          <progress id="image-progress" part="image-progress" max="100" .value=${gallery.progress}></progress>`
    }
    <p id="image-error" part="image-error" class="message error" role="alert">${gallery.error}</p>
  </fieldset>`;
}
