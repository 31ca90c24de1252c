import { html, nothing, type TemplateResult } from 'lit';
import type { AdminProduct } from '../../../sdk/admin/index.ts';
import type { ServerForm } from '../blocks/server-form.ts';
import type { VariantDraft } from './product-draft.ts';

export type VariantTableOptions = {
  variants: readonly VariantDraft[];
  optionNames: readonly string[];
  /** The product as read, for each kept variant's stock. */
  product: AdminProduct | undefined;
  currency: string;
  form: ServerForm;
  onChange(index: number, change: Partial<VariantDraft>): void;
  onOptionValue(index: number, name: string, value: string): void;
  onRemove(index: number): void;
};

type Cell = { field: keyof VariantDraft & string; label: string; mode?: 'decimal' | 'numeric' };

/** One input of a variant's row, with the server's word on it under it (`variants.<index>.<field>`). */
function cellInput(
  options: VariantTableOptions,
  index: number,
  cell: Cell,
  value: string,
  path: string,
  onInput: (value: string) => void,
): TemplateResult {
  const id = `variant-${index}-${cell.field}`;
  const error = options.form.fieldError(path);
  return html`<td role="cell">
    <input id=${id} part="variant-input" class="field" .value=${value} inputmode=${cell.mode ?? nothing}
      aria-label="${cell.label} of variant ${index + 1}" aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="${id}-error" @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} />
    <p id="${id}-error" part="field-error" class="message error">${error}</p>
  </td>`;
}

const SERVER_FIELD: Record<string, string> = {
  price: 'price',
  compareAt: 'compareAtPrice',
  initialStock: 'initialStock',
};

/** The variants as an editable table: title, a value per option, SKU, price, compare-at price and stock. */
export function renderVariantTable(options: VariantTableOptions): TemplateResult {
  const { variants, optionNames } = options;
  const cells: Cell[] = [
    { field: 'sku', label: 'SKU' },
    { field: 'price', label: `Price (${options.currency})`, mode: 'decimal' },
    { field: 'compareAt', label: `Compare-at price (${options.currency})`, mode: 'decimal' },
  ];
  return html`<div class="table-wrap" role="region" aria-label="Variants" tabindex="0">
    <table part="variants" role="table" class="variants">
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">Title</th>
          ${optionNames.map((name) => html`<th role="columnheader" scope="col">${name || 'Option'}</th>`)}
          ${cells.map((cell) => html`<th role="columnheader" scope="col">${cell.label}</th>`)}
          <th role="columnheader" scope="col">Stock</th>
          <th role="columnheader" scope="col"><span class="visually-hidden">Remove</span></th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${variants.map((variant, index) => {
          const kept = options.product?.variants.find((item) => item.id === variant.id);
          const path = (field: string) => `variants.${index}.${SERVER_FIELD[field] ?? field}`;
          return html`<tr role="row" part="variant-row" data-variant=${variant.id ?? ''}>
            ${cellInput(options, index, { field: 'title', label: 'Title' }, variant.title, path('title'), (value) =>
              options.onChange(index, { title: value }),
            )}
            ${optionNames.map((name, nameIndex) =>
              cellInput(
                options,
                index,
                { field: `option-${nameIndex}` as keyof VariantDraft & string, label: name || 'Option' },
                variant.options[name] ?? '',
                `variants.${index}.options`,
                (value) => options.onOptionValue(index, name, value),
              ),
            )}
            ${cells.map((cell) =>
              cellInput(options, index, cell, String(variant[cell.field] ?? ''), path(cell.field), (value) =>
                options.onChange(index, { [cell.field]: value }),
              ),
            )}
            ${
              kept
                ? html`<td role="cell" part="variant-stock" class="number">
                  ${kept.stock.available} available<span class="meta">${kept.stock.reserved} reserved</span></td>`
                : cellInput(
                    options,
                    index,
                    { field: 'initialStock', label: 'Units on hand', mode: 'numeric' },
                    variant.initialStock,
                    path('initialStock'),
                    (value) => options.onChange(index, { initialStock: value }),
                  )
            }
            <td role="cell">
              <button part="remove-variant button" class="button secondary" type="button" aria-disabled=${variants.length === 1 ? 'true' : 'false'}
                aria-label="Remove variant ${index + 1}" @click=${() => variants.length > 1 && options.onRemove(index)}>Remove</button>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
