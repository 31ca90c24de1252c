import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SizeUnit, StickerOptions } from '../../sdk/index.ts';
import { renderChoices } from './choices.ts';

const MM_PER_INCH = 25.4;

export type Size = { width: number; height: number; unit: SizeUnit };

/** A length in the other unit, rounded as people write it: whole millimetres, tenths of an inch. */
export function convert(value: number, to: SizeUnit): number {
  return to === 'mm' ? Math.round(value * MM_PER_INCH) : Math.round((value / MM_PER_INCH) * 10) / 10;
}

export type SizePickerState = { size: Size; preset: number; square: boolean; options: StickerOptions };

function sideField(id: string, label: string, value: number, state: SizePickerState, onInput: (value: number) => void) {
  const { unit } = state.size;
  const [min, max] = [state.options.minSideMm, state.options.maxSideMm].map((mm) => (unit === 'mm' ? mm : convert(mm, 'in')));
  return html`<span>
    <label class="label" for=${id}>${label} (${unit})</label>
    <input id=${id} part="size-input" class="field" type="number" inputmode="decimal" min=${min ?? nothing} max=${max ?? nothing}
      step=${unit === 'mm' ? 1 : 0.1} .value=${live(String(value))}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).valueAsNumber)} />
  </span>`;
}

/** Size presets in a select, or a custom width × height (one side for round and square shapes) in inches or millimetres. */
export function renderSizePicker(
  state: SizePickerState,
  onPreset: (index: number) => void,
  onSize: (size: Size) => void,
): TemplateResult {
  const { size, square } = state;
  return html`<div part="size" class="size">
    <label class="label" for="preset">Size</label>
    <select id="preset" class="field" @change=${(event: Event) => onPreset(Number((event.target as HTMLSelectElement).value))}>
      ${state.options.sizePresets.map((preset, index) => html`<option value=${index} ?selected=${index === state.preset}>${preset.label}</option>`)}
      <option value="-1" ?selected=${state.preset < 0}>Custom size</option>
    </select>
    ${state.preset < 0
      ? html`<div class="custom">
          ${sideField('width', square ? 'Diameter or side' : 'Width', size.width, state, (width) => onSize({ ...size, width }))}
          ${square ? nothing : sideField('height', 'Height', size.height, state, (height) => onSize({ ...size, height }))}
          ${renderChoices('Unit', 'unit', [{ code: 'in', name: 'in' }, { code: 'mm', name: 'mm' }], size.unit, (unit) => {
            const to = unit as SizeUnit;
            if (to !== size.unit) onSize({ width: convert(size.width, to), height: convert(size.height, to), unit: to });
          })}
        </div>`
      : nothing}
  </div>`;
}
