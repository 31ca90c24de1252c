import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Product } from '../../sdk/index.ts';
import { valueState, type Selection, type ValueState } from './variant-selection.ts';

const STATE_NOTE: Record<ValueState, string> = {
  available: '',
  sold_out: ' (sold out)',
  unavailable: ' (not available with the other choices)',
};

/**
 * One radio group per option (Size, Colour…). Sold-out and unavailable values stay choosable, so a
 * shopper can reach any variant; they are marked, and the stock line says what the choice means.
 */
export function renderVariantPicker(
  product: Product,
  selection: Selection,
  onPick: (name: string, value: string) => void,
): TemplateResult | typeof nothing {
  if (product.variants.length < 2) return nothing;
  return html`${product.options.map(
    (option, index) => html`<fieldset part="option" class="option">
      <legend class="label">${option.name}: <span class="chosen">${selection[option.name] ?? ''}</span></legend>
      <div class="values">
        ${option.values.map((value) => {
          const state = valueState(product, selection, option.name, value);
          const exists = product.variants.some((variant) => variant.options[option.name] === value);
          return html`<label part="option-value" class="value ${state}">
            <input
              type="radio"
              name="option-${index}"
              .value=${value}
              .checked=${live(selection[option.name] === value)}
              ?disabled=${!exists}
              @change=${() => onPick(option.name, value)}
            />
            <span class="pill">${value}<span class="visually-hidden">${STATE_NOTE[state]}</span></span>
          </label>`;
        })}
      </div>
    </fieldset>`,
  )}`;
}
