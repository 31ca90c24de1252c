import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export type Choice = { code: string; name: string; note?: string | undefined };

/** A radio group drawn as pills: arrow keys move between them, as in any radio group. */
export function renderChoices(
  legend: string,
  name: string,
  choices: Choice[],
  selected: string,
  onPick: (code: string) => void,
): TemplateResult {
  return html`<fieldset part="choices ${name}" class="choices">
    <legend class="label">${legend}</legend>
    ${choices.map(
      (choice) => html`<label class="pill">
        <input type="radio" name=${name} .value=${choice.code} .checked=${live(choice.code === selected)} @change=${() => onPick(choice.code)} />
        <span>${choice.name}${choice.note ? html`<small>${choice.note}</small>` : nothing}</span>
      </label>`,
    )}
  </fieldset>`;
}
