import { html, type TemplateResult } from 'lit';
import type { AdminDesign, AdminOrder } from '../../sdk/admin/index.ts';
import { mediaUrl } from '../shared/media-url.ts';
import { fileTypeThumb, formatFileSize } from './order-words.ts';

/** Where one design's download stands: running, or failed with a reason. */
export type DownloadState = { busy: true } | { busy: false; error: string };

export type DesignsProps = {
  order: AdminOrder;
  apiUrl: string;
  downloads: ReadonlyMap<string, DownloadState>;
  copied: string;
  onDownload(design: AdminDesign): void;
  onCopy(design: AdminDesign): void;
};

/** The start of a SHA-256, enough to compare by eye; the whole one is in the title and copied by the button. */
const shortHash = (sha256: string) => `${sha256.slice(0, 12)}…`;

function linesOf(order: AdminOrder, design: AdminDesign): string {
  const lines = order.lines.filter((line) => design.lineIds.includes(line.id));
  return lines.map((line) => `${line.sticker?.summary ?? line.title} × ${line.quantity}`).join('; ') || 'No line';
}

function renderDesign(props: DesignsProps, design: AdminDesign): TemplateResult {
  const download = props.downloads.get(design.id);
  const busy = download?.busy === true;
  const error = download && !download.busy ? download.error : '';
  const pixels =
    design.width !== null && design.height !== null
      ? `${design.width} × ${design.height} px`
      : 'Not recorded for this format';
  return html`<li part="design" class="design" data-upload=${design.id}>
    ${
      design.previewUrl
        ? html`<img part="design-image" class="thumb" src=${mediaUrl(design.previewUrl, props.apiUrl)} alt="Preview of ${design.fileName}" loading="lazy" />`
        : fileTypeThumb(design.format, 'design-image')
    }
    <div class="design-body">
      <p part="design-name" class="design-name">${design.fileName}</p>
      <dl part="design-facts" class="facts">
        <div><dt>Format</dt><dd part="design-format">${design.format.toUpperCase()} (${design.mediaType})</dd></div>
        <div><dt>Size</dt><dd part="design-size">${formatFileSize(design.size)}</dd></div>
        <div><dt>Pixels</dt><dd part="design-pixels">${pixels}</dd></div>
        <div>
          <dt>SHA-256</dt>
          <dd class="hash">
            <code part="design-sha256" title=${design.sha256}>${shortHash(design.sha256)}</code>
            <button part="copy-sha256" class="link" type="button" aria-label="Copy the SHA-256 of ${design.fileName}" @click=${() => props.onCopy(design)}>
              ${props.copied === design.id ? 'Copied' : 'Copy'}
            </button>
          </dd>
        </div>
        <div><dt>Used for</dt><dd part="design-lines">${linesOf(props.order, design)}</dd></div>
      </dl>
      <div class="design-actions">
        <button part="download button" class="button secondary" type="button" ?disabled=${busy} aria-busy=${busy ? 'true' : 'false'}
          aria-label="Download ${design.fileName}" @click=${() => props.onDownload(design)}>
          ${busy ? 'Downloading…' : 'Download'}
        </button>
        <p part="download-error" class="message error" role="alert">${error}</p>
      </div>
    </div>
  </li>`;
}

/** The designs the order carries, with what the printer needs to know about each file. */
export function renderDesigns(props: DesignsProps): TemplateResult {
  const { designs } = props.order;
  return html`<section part="designs" class="section" aria-labelledby="designs-title">
    <h4 id="designs-title" class="section-title">Designs (${designs.length})</h4>
    ${
      designs.length
        ? html`<ul class="designs" role="list">${designs.map((design) => renderDesign(props, design))}</ul>`
        : html`<p class="meta">This order has no custom designs.</p>`
    }
  </section>`;
}
