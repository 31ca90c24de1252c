import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatMoney, type CartLine } from '../../sdk/index.ts';
import { mediaUrl } from '../shared/media-url.ts';

/** The API's own ceilings for one line (`MAX_LINE_QUANTITY`, `MAX_STICKER_QUANTITY`), kept here to leave zod out of the bundle. */
const MAX_LINE_QUANTITY = 999;
const MAX_STICKER_QUANTITY = 100_000;
/** Where + and − go on a sticker line: one more of 50 stickers means little; the next usual run does. */
const STICKER_STEPS = [1, 10, 25, 50, 100, 200, 300, 500, 1000, 2000, 5000, 10000, 25000, 50000, 100000];

/** The next quantity up (1) or down (-1) from the line's: by one, or along the sticker runs. */
export function stepQuantity(line: CartLine, direction: 1 | -1): number {
  if (!line.sticker) return line.quantity + direction;
  const steps = direction > 0 ? STICKER_STEPS : [...STICKER_STEPS].reverse();
  return steps.find((step) => step * direction > line.quantity * direction) ?? line.quantity;
}

export type LineHandlers = {
  apiUrl: string;
  /** The cart became an order: its lines are shown, not changed. */
  readOnly: boolean;
  /** Why the quantity typed into a line was lowered, until its next change. */
  limitNote: { lineId: string; text: string } | null;
  onQuantity(line: CartLine, quantity: number): void;
  onRemove(line: CartLine): void;
  /** A typed quantity was more than the line may hold; `text` says how many it may. */
  onLimit(line: CartLine, text: string): void;
};

/** The most a shopper may ask for: what is in stock, never less than what the line already holds. */
export function lineMax(line: CartLine): number {
  return Math.min(line.sticker ? MAX_STICKER_QUANTITY : MAX_LINE_QUANTITY, Math.max(line.available, line.quantity));
}

function lineName(line: CartLine): string {
  return line.variantTitle ? `${line.title} (${line.variantTitle})` : line.title;
}

/** A typed quantity: blank or nonsense puts the old one back, 0 removes the line, anything else is bounded. */
function onQuantityInput(event: Event, line: CartLine, handlers: LineHandlers): void {
  const input = event.target as HTMLInputElement;
  const wanted = Math.trunc(input.valueAsNumber);
  if (wanted === 0) return handlers.onRemove(line);
  const max = lineMax(line);
  const quantity = Number.isFinite(wanted) ? Math.min(Math.max(wanted, 1), max) : line.quantity;
  input.value = String(quantity);
  if (quantity !== line.quantity) handlers.onQuantity(line, quantity);
  // Said, not silently done: the shopper asked for more than there is.
  if (wanted > max) handlers.onLimit(line, line.available === max ? `Only ${max} left.` : `At most ${max} a line.`);
}

function renderStepper(line: CartLine, handlers: LineHandlers): TemplateResult {
  const name = lineName(line);
  const max = lineMax(line);
  const canDecrease = line.quantity > 1;
  const canIncrease = line.quantity < max;
  // aria-disabled rather than disabled: a button that just reached its limit keeps the keyboard focus.
  return html`<div part="quantity" class="stepper" role="group" aria-label="Quantity of ${name}">
    <button
      part="quantity-button"
      class="step"
      type="button"
      aria-label="Decrease quantity of ${name}"
      aria-disabled=${canDecrease ? 'false' : 'true'}
      @click=${() => canDecrease && handlers.onQuantity(line, stepQuantity(line, -1))}
    >
      −
    </button>
    <input
      part="quantity-input"
      class="quantity"
      type="number"
      inputmode="numeric"
      min="1"
      max=${max}
      step="1"
      aria-label="Quantity of ${name}"
      .value=${live(String(line.quantity))}
      @change=${(event: Event) => onQuantityInput(event, line, handlers)}
    />
    <button
      part="quantity-button"
      class="step"
      type="button"
      aria-label="Increase quantity of ${name}"
      aria-disabled=${canIncrease ? 'false' : 'true'}
      @click=${() => canIncrease && handlers.onQuantity(line, Math.min(stepQuantity(line, 1), max))}
    >
      +
    </button>
  </div>`;
}

function renderLine(line: CartLine, handlers: LineHandlers): TemplateResult {
  const atLimit = line.quantity >= line.available;
  // A sticker line shows its design rather than the product's photo, and its specs rather than a variant.
  const { sticker } = line;
  const image = sticker?.upload.previewUrl ?? line.image?.url;
  return html`<li part="line" class="line" data-line=${line.id}>
    ${
      image
        ? html`<img part="line-image" class="thumb" src=${mediaUrl(image, handlers.apiUrl)} alt="" loading="lazy" />`
        : html`<span part="line-image" class="thumb placeholder" aria-hidden="true">${line.title.charAt(0)}</span>`
    }
    <div class="line-body">
      <p part="line-title" class="line-title">${line.title}</p>
      ${
        sticker
          ? html`<p part="line-variant line-sticker" class="line-meta">${sticker.summary}</p>
            <p part="line-file" class="line-meta">${sticker.upload.fileName}</p>`
          : line.variantTitle
            ? html`<p part="line-variant" class="line-meta">${line.variantTitle}</p>`
            : nothing
      }
      <p part="line-price" class="line-meta">${formatMoney(line.unitPrice)} each</p>
      ${
        handlers.readOnly
          ? html`<p part="line-quantity" class="line-meta">Quantity: ${line.quantity}</p>`
          : html`<div class="line-controls">
              ${renderStepper(line, handlers)}
              <button
                part="remove"
                class="link"
                type="button"
                aria-label="Remove ${lineName(line)}"
                @click=${() => handlers.onRemove(line)}
              >
                Remove
              </button>
            </div>
            <p part="line-note" class="line-meta" role="status">
              ${handlers.limitNote?.lineId === line.id ? handlers.limitNote.text : atLimit ? (line.available > 0 ? `Only ${line.available} left.` : 'Sold out') : ''}
            </p>`
      }
    </div>
    <p part="line-total" class="line-total">${formatMoney(line.total)}</p>
  </li>`;
}

export function renderLines(lines: CartLine[], handlers: LineHandlers): TemplateResult {
  return html`<ul part="lines" class="lines" role="list" aria-label="Items in your cart">
    ${lines.map((line) => renderLine(line, handlers))}
  </ul>`;
}
