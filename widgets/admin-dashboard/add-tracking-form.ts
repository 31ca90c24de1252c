import { html, type TemplateResult } from 'lit';
import type { AdminOrder } from '../../sdk/admin/index.ts';
import {
  CARRIER_INFO,
  CARRIERS,
  matchesCarrierFormat,
  normalizeTrackingNumber,
  type Carrier,
} from '../../sdk/index.ts';

/** What the "Add tracking" form holds while it is filled in. */
export type TrackingDraft = { carrier: Carrier; trackingNumber: string; quantities: Record<string, number> };

export const emptyDraft = (remaining: Map<string, number>): TrackingDraft => ({
  carrier: 'usps',
  trackingNumber: '',
  quantities: Object.fromEntries(remaining),
});

/** The number's problem, checked as the server will check it, or ''. */
export function numberProblem(draft: Pick<TrackingDraft, 'carrier' | 'trackingNumber'>): string {
  const number = normalizeTrackingNumber(draft.trackingNumber);
  if (number.length === 0) return '';
  if (number.length < 4) return 'A tracking number has at least 4 characters.';
  return matchesCarrierFormat(draft.carrier, number)
    ? ''
    : `This does not look like a ${CARRIER_INFO[draft.carrier].name} tracking number.`;
}

/** A carrier list and a tracking-number field with its format check; `prefix` keeps ids apart when several show. */
export function renderCarrierFields(
  value: Pick<TrackingDraft, 'carrier' | 'trackingNumber'>,
  onChange: (change: Partial<TrackingDraft>) => void,
  prefix = '',
): TemplateResult {
  const problem = numberProblem(value);
  return html`<div class="form-row">
    <div>
      <label class="label" for="${prefix}carrier">Carrier</label>
      <select part="carrier" class="field" id="${prefix}carrier" .value=${value.carrier}
        @change=${(event: Event) => onChange({ carrier: (event.target as HTMLSelectElement).value as Carrier })}>
        ${CARRIERS.map((carrier) => html`<option value=${carrier} ?selected=${carrier === value.carrier}>${CARRIER_INFO[carrier].name}</option>`)}
      </select>
    </div>
    <div>
      <label class="label" for="${prefix}tracking-number">Tracking number</label>
      <input part="tracking-number" class="field" id="${prefix}tracking-number" required maxlength="64" autocomplete="off" spellcheck="false"
        .value=${value.trackingNumber} aria-invalid=${problem ? 'true' : 'false'} aria-describedby="${prefix}tracking-number-problem"
        @input=${(event: Event) => onChange({ trackingNumber: (event.target as HTMLInputElement).value })} />
      <p id="${prefix}tracking-number-problem" class="message error">${problem}</p>
    </div>
  </div>`;
}

/**
 * "Add tracking": a carrier, a number checked against the carrier's format where it has one, and how many
 * units of each line still to ship go in this parcel (all of them by default).
 */
export function renderAddTracking(options: {
  order: AdminOrder;
  remaining: Map<string, number>;
  draft: TrackingDraft;
  busy: boolean;
  message: string;
  /** Applied to the form as it is then, so two quick changes never undo each other. */
  onChange: (update: (draft: TrackingDraft) => TrackingDraft) => void;
  onSubmit: () => void;
}): TemplateResult {
  const { order, remaining, draft } = options;
  const problem = numberProblem(draft);
  const units = Object.values(draft.quantities).reduce((sum, quantity) => sum + quantity, 0);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!problem && units > 0) options.onSubmit();
  };
  const set = (change: Partial<TrackingDraft>) => options.onChange((current) => ({ ...current, ...change }));
  return html`<form part="add-tracking" class="add-tracking" @submit=${submit} aria-labelledby="add-tracking-title">
    <h5 id="add-tracking-title" class="form-title">Add tracking</h5>
    ${renderCarrierFields(draft, set)}
    <fieldset class="ship-lines">
      <legend class="label">In this parcel</legend>
      ${order.lines.map((line) => {
        const left = remaining.get(line.id) ?? 0;
        const id = `ship-${line.id}`;
        return html`<div class="ship-line">
          <label for=${id}>${line.title}${line.sticker ? ` · ${line.sticker.summary}` : line.variantTitle ? ` · ${line.variantTitle}` : ''}
            <span class="meta">(${left === 0 ? 'all shipped' : `${left} of ${line.quantity} to ship`})</span></label>
          <input part="ship-quantity" class="field quantity" id=${id} type="number" min="0" max=${left} step="1" ?disabled=${left === 0}
            .value=${String(draft.quantities[line.id] ?? 0)}
            @input=${(event: Event) => {
              const value = Math.max(
                0,
                Math.min(left, Math.floor(Number((event.target as HTMLInputElement).value) || 0)),
              );
              options.onChange((current) => ({ ...current, quantities: { ...current.quantities, [line.id]: value } }));
            }} />
        </div>`;
      })}
    </fieldset>
    <div class="form-actions">
      <button part="button ship" class="button" type="submit" ?disabled=${options.busy || units === 0 || !!problem}>
        ${options.busy ? 'Saving…' : `Ship ${units} ${units === 1 ? 'unit' : 'units'}`}
      </button>
      <p class="message error" role="alert">${options.message}</p>
    </div>
  </form>`;
}
