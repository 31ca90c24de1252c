import { html, type TemplateResult } from 'lit';

/** An element found no storefront: a setup mistake, said plainly to the developer who made it. */
export function renderNoShop(): TemplateResult {
  return html`<div part="error" class="state error" role="alert">
    <p class="state-title">No shop is connected.</p>
    <p class="state-text">Put this element inside &lt;shop-provider api="…"&gt;, or set data-api on the Storelet script tag.</p>
  </div>`;
}
