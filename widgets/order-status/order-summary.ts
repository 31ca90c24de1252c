import { html, type TemplateResult } from 'lit';
import { formatMoney, type Order } from '../../sdk/index.ts';
import { renderAddress } from '../shared/address.ts';
import { mediaUrl } from '../shared/media-url.ts';
import { renderTotals } from '../shared/totals.ts';

/** What was bought, what it cost and where it goes: the same facts as the confirmation email. */
export function renderOrderSummary(order: Order, apiUrl: string): TemplateResult {
  return html`<div part="summary" class="summary">
    <section class="section" aria-labelledby="items-title">
      <h3 id="items-title" class="section-title">Items</h3>
      <ul part="lines" class="lines" role="list">
        ${order.lines.map((line) => {
          // A custom sticker shows the shopper's design and its specs in place of the product photo and variant.
          const image = line.sticker?.upload.previewUrl ?? line.image?.url;
          const detail = line.sticker ? `${line.sticker.summary} · ${line.sticker.upload.fileName}` : line.variantTitle;
          return html`<li part="line" class="line">
            ${
              image
                ? html`<img part="line-image" class="thumb" src=${mediaUrl(image, apiUrl)} alt="" loading="lazy" />`
                : html`<span part="line-image" class="thumb" aria-hidden="true"></span>`
            }
            <span class="line-text">
              <span part="line-title" class="line-title">${line.title}</span>
              <span part="line-detail" class="meta">${detail ? `${detail} · ` : ''}Qty ${line.quantity}</span>
            </span>
            <span part="line-total" class="line-total">${formatMoney(line.total)}</span>
          </li>`;
        })}
      </ul>
      ${renderTotals(order.totals, order.discount)}
    </section>
    <section class="section" aria-labelledby="ship-title">
      <h3 id="ship-title" class="section-title">Shipping to</h3>
      ${renderAddress(order.shippingAddress)}
      <p class="meta">${order.shippingMethod.name}</p>
    </section>
  </div>`;
}
