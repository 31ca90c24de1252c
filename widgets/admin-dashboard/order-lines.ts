import { html, type TemplateResult } from 'lit';
import type { AdminOrder } from '../../sdk/admin/index.ts';
import { formatMoney } from '../../sdk/index.ts';
import { mediaUrl } from '../shared/media-url.ts';

/** The order's lines: a sticker line shows its design's thumbnail and its specs, a product line its photo and variant. */
export function renderOrderLines(order: AdminOrder, apiUrl: string): TemplateResult {
  return html`<ul part="lines" class="lines" role="list">
    ${order.lines.map((line) => {
      const image = line.sticker?.upload.previewUrl ?? line.image?.url;
      const alt = line.sticker ? `Design ${line.sticker.upload.fileName}` : '';
      return html`<li part="line" class="line" data-line=${line.id}>
        ${image
          ? html`<img part="line-image" class="thumb" src=${mediaUrl(image, apiUrl)} alt=${alt} loading="lazy" />`
          : html`<span part="line-image" class="thumb" aria-hidden="true"></span>`}
        <span class="line-text">
          <span part="line-title" class="line-title">${line.title}</span>
          ${line.sticker
            ? html`<span part="line-spec" class="meta">${line.sticker.summary}</span>
                <span part="line-file" class="meta">Design: ${line.sticker.upload.fileName}</span>`
            : html`<span part="line-variant" class="meta">${line.variantTitle ? `${line.variantTitle} · ` : ''}SKU ${line.sku}</span>`}
          <span part="line-quantity" class="meta">Qty ${line.quantity} × ${formatMoney(line.unitPrice)}</span>
        </span>
        <span part="line-total" class="line-total">${formatMoney(line.total)}</span>
      </li>`;
    })}
  </ul>`;
}
