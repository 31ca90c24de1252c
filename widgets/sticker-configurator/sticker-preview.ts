import { html, type TemplateResult } from 'lit';
import type { Upload } from '../../sdk/index.ts';
import { mediaUrl } from '../shared/media-url.ts';
import { formatBytes } from './file-checks.ts';

export type PreviewState = {
  upload: Upload | undefined;
  shape: string;
  shapeName: string;
  width: number;
  height: number;
  /** The widest proportions the shop prints (its longest side over its shortest): the preview stops there. */
  maxRatio: number;
  /** Said under the preview: "Die cut · 3 × 3 in". */
  caption: string;
  apiUrl: string;
};

/**
 * The design inside the chosen shape at the chosen proportions. Shapes clip a white sticker; a die
 * cut follows the design's own outline, drawn as a white border around its transparent PNG.
 */
export function renderPreview(state: PreviewState): TemplateResult {
  const { upload } = state;
  const { width, height, maxRatio } = state;
  // An out-of-range size is refused beside the fields; the preview keeps a shape the shop could print.
  const ratio = width > 0 && height > 0 ? Math.min(Math.max(width / height, 1 / maxRatio), maxRatio) : 1;
  return html`<figure part="preview" class="preview">
    <div class="sticker ${state.shape}" style="--ratio:${ratio}">
      ${
        upload?.previewUrl
          ? html`<img part="design" src=${mediaUrl(upload.previewUrl, state.apiUrl)} alt="Your design as ${/^[aeiou]/.test(state.shapeName) ? 'an' : 'a'} ${state.shapeName} sticker" />`
          : html`<span class="stand-in">
            ${upload ? html`<strong>${upload.format.toUpperCase()}</strong>${upload.fileName}<br />${formatBytes(upload.size)}` : 'Your design here'}
          </span>`
      }
    </div>
    <figcaption class="hint">${state.caption}</figcaption>
  </figure>`;
}
