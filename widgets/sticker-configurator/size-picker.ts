import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SizeUnit, StickerOptions } from '../../sdk/index.ts';
import { renderChoices } from './choices.ts';
import { faultOf, type SpecField } from './spec-faults.ts';

const MM_PER_INCH = 25.4;
const UNITS = ['in', 'mm'].map((code) => ({ code, name: code }));

/** The size ordered, exactly as chosen (a preset or what was typed), in the unit it was chosen in. */
export type Size = { width: number; height: number; unit: SizeUnit };

/** A length in another unit, rounded as people write it (tenths of a millimetre, hundredths of an inch); unchanged in its own. */
export function inUnit(value: number, from: SizeUnit, to: SizeUnit): number {
  if (from === to) return value;
  return to === 'mm' ? Math.round(value * MM_PER_INCH * 10) / 10 : Math.round((value / MM_PER_INCH) * 100) / 100;
}

/** The size as shown in `unit`: only the display converts, so switching units never changes the order. */
export const shownSize = (size: Size, unit: SizeUnit): Size => ({
  width: inUnit(size.width, size.unit, unit),
  height: inUnit(size.height, size.unit, unit),
  unit,
});

export type SizePickerState = {
  /** The size as shown, in `unit` (see `shownSize`). */
  shown: Size;
  preset: number;
  /** The unit the custom fields are shown and typed in. */
  unit: SizeUnit;
  square: boolean;
  options: StickerOptions;
  /** The fields the spec is refused for. */
  invalid: readonly SpecField[];
};

export type SizePickerHandlers = {
  onPreset: (index: number) => void;
  onSize: (size: Size) => void;
  onUnit: (unit: SizeUnit) => void;
};

function sideField(
  id: 'width' | 'height',
  label: string,
  value: number,
  state: SizePickerState,
  onInput: (value: number) => void,
) {
  const { unit, options } = state;
  const fault = faultOf(state.invalid, id);
  return html`<span>
    <label class="label" for=${id}>${label} (${unit})</label>
    <input id=${id} part="size-input" class="field" type="number" inputmode="decimal"
      min=${inUnit(options.minSideMm, 'mm', unit)} max=${inUnit(options.maxSideMm, 'mm', unit)}
      step=${unit === 'mm' ? 0.1 : 0.01} .value=${live(String(value))}
      aria-invalid=${fault.invalid ?? nothing} aria-describedby=${fault.describedBy ?? nothing}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).valueAsNumber)} />
  </span>`;
}

/** Size presets in a select (square ones only for round and square shapes), or a custom size in inches or millimetres. */
export function renderSizePicker(
  state: SizePickerState,
  { onPreset, onSize, onUnit }: SizePickerHandlers,
): TemplateResult {
  // Typing a side orders the size in the unit typed in, the other side as shown.
  const { square, unit, shown } = state;
  return html`<div part="size" class="size">
    <label class="label" for="preset">Size</label>
    <select id="preset" class="field" @change=${(event: Event) => onPreset(Number((event.target as HTMLSelectElement).value))}>
      ${state.options.sizePresets.map((preset, index) =>
        square && preset.width !== preset.height
          ? nothing
          : html`<option value=${index} .selected=${live(index === state.preset)}>${preset.label}</option>`,
      )}
      <option value="-1" .selected=${live(state.preset < 0)}>Custom size</option>
    </select>
    ${
      state.preset < 0
        ? html`<div class="custom">
          ${sideField('width', square ? 'Diameter or side' : 'Width', shown.width, state, (width) => onSize({ ...shown, width, height: square ? width : shown.height }))}
          ${square ? nothing : sideField('height', 'Height', shown.height, state, (height) => onSize({ ...shown, height }))}
          ${renderChoices('Unit', 'unit', UNITS, unit, onUnit as (code: string) => void)}
        </div>`
        : nothing
    }
  </div>`;
}
