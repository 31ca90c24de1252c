import { html, type TemplateResult } from 'lit';
import type { AdminOrder } from '../../sdk/admin/index.ts';
import { formatMoney, formatUnitPrice } from '../../sdk/index.ts';
import { mediaUrl } from '../shared/media-url.ts';
import { fileTypeThumb } from './order-words.ts';

type OrderLine = AdminOrder['lines'][number];

/**
 * A sticker line shows its design's preview, or its file type where there is none: the product's photo
 * would pass for the customer's design. A product line shows its photo.
 */
function lineImage(line: OrderLine, apiUrl: string): TemplateResult {
  const upload = line.sticker?.upload;
  if (upload) {
    return upload.previewUrl
      ? html`<img part="line-image" class="thumb" src=${mediaUrl(upload.previewUrl, apiUrl)} alt="Design ${upload.fileName}" loading="lazy" />`
      : fileTypeThumb(upload.format, 'line-image');
  }
  return line.image
    ? html`<img part="line-image" class="thumb" src=${mediaUrl(line.image.url, apiUrl)} alt="" loading="lazy" />`
    : html`<span part="line-image" class="thumb" aria-hidden="true"></span>`;
}

/** The order's lines: a sticker line with its design and specs, a product line with its variant; each unit price exact. */
export function renderOrderLines(order: AdminOrder, apiUrl: string): TemplateResult {
  return html`<ul part="lines" class="lines" role="list">
    ${order.lines.map(
      (line) => html`<li part="line" class="line" data-line=${line.id}>
        ${lineImage(line, apiUrl)}
        <span class="line-text">
          <span part="line-title" class="line-title">${line.title}</span>
          ${
            line.sticker
              ? html`<span part="line-spec" class="meta">${line.sticker.summary}</span>
                <span part="line-file" class="meta">Design: ${line.sticker.upload.fileName}</span>`
              : html`<span part="line-variant" class="meta">${line.variantTitle ? `${line.variantTitle} · ` : ''}SKU ${line.sku}</span>`
          }
          <span part="line-quantity" class="meta">Qty ${line.quantity} × ${formatUnitPrice(line.total, line.quantity)}</span>
        </span>
        <span part="line-total" class="line-total">${formatMoney(line.total)}</span>
      </li>`,
    )}
  </ul>`;
}
