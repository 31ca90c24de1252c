import { html, nothing, type TemplateResult } from 'lit';
import type { Product, ProductImage } from '../../sdk/index.ts';
import { mediaUrl } from '../shared/media-url.ts';

export type GalleryOptions = {
  apiUrl: string;
  selected: number;
  onSelect(index: number): void;
};

/** The product's images, falling back to the card image when the list is empty. */
export function galleryImages(product: Product): ProductImage[] {
  if (product.images.length) return product.images;
  return product.image ? [product.image] : [];
}

/** Arrow keys move between thumbnails and show the image, like a strip of tabs. */
function onThumbnailKeydown(event: KeyboardEvent, count: number, options: GalleryOptions): void {
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
  const jump = event.key === 'Home' ? 0 : event.key === 'End' ? count - 1 : undefined;
  if (step === undefined && jump === undefined) return;
  event.preventDefault();
  const next = jump ?? (options.selected + (step ?? 0) + count) % count;
  options.onSelect(next);
  const strip = event.currentTarget as HTMLElement;
  strip.querySelectorAll<HTMLElement>('button')[next]?.focus();
}

export function renderGallery(product: Product, options: GalleryOptions): TemplateResult {
  const images = galleryImages(product);
  const main = images[options.selected] ?? images[0];
  return html`<div part="gallery" class="gallery">
    <div part="main-image" class="main-image">
      ${
        main
          ? html`<img
            part="image"
            src=${mediaUrl(main.url, options.apiUrl)}
            alt=${main.alt}
            width=${main.width}
            height=${main.height}
            decoding="async"
          />`
          : html`<div part="image" class="placeholder" aria-hidden="true">${product.title.charAt(0)}</div>`
      }
    </div>
    ${
      images.length > 1
        ? html`<div
          part="thumbnails"
          class="thumbnails"
          role="group"
          aria-label="Product images"
          @keydown=${(event: KeyboardEvent) => onThumbnailKeydown(event, images.length, options)}
        >
          ${images.map(
            (image, index) => html`<button
              part="thumbnail"
              class="thumbnail"
              type="button"
              aria-pressed=${index === options.selected ? 'true' : 'false'}
              aria-label="Show image ${index + 1} of ${images.length}: ${image.alt}"
              @click=${() => options.onSelect(index)}
            >
              <img src=${mediaUrl(image.url, options.apiUrl)} alt="" loading="lazy" decoding="async" />
            </button>`,
          )}
        </div>`
        : nothing
    }
  </div>`;
}
