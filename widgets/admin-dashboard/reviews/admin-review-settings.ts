import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminClient, ReviewModeration } from '../../../sdk/admin/index.ts';
import { toStoreletError } from '../../../sdk/index.ts';
import { emit } from '../../events.ts';
import { baseStyles, controlStyles } from '../../shared/styles.ts';
import { adminStyles } from '../admin-styles.ts';
import { ServerForm } from '../blocks/server-form.ts';

const CHOICES: readonly (readonly [ReviewModeration, string, string])[] = [
  ['publish', 'Publish new reviews at once', 'Shoppers see a review as soon as a buyer writes it.'],
  ['approve', 'Hold new reviews for approval', 'A review waits under “Waiting for approval” until you publish it.'],
];

/**
 * @summary The shop's moderation setting, in the reviews screen of `<admin-dashboard>`: new reviews show at once, or
 * wait for an admin to publish them.
 * @event storelet-error - The setting could not be loaded or saved.
 * @csspart settings - The form.
 * @csspart moderation-choice - Each choice.
 * @csspart save-settings - The Save button.
 * @csspart saved - "Saved" once the server has the new setting.
 * @csspart error - Why the setting could not be loaded or saved.
 * @csspart button - The button.
 */
export class AdminReviewSettings extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    adminStyles,
    css`
      form {
        display: grid;
        gap: 0.75rem;
        padding: 1rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      fieldset {
        display: grid;
        gap: 0.5rem;
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        margin-bottom: 0.5rem;
        font-weight: 700;
      }
      label {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0 0.5rem;
        align-items: start;
      }
      input {
        width: 1.125rem;
        height: 1.125rem;
        margin: 0.2rem 0 0;
      }
      .hint {
        grid-column: 2;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem;
      }
    `,
  ];

  @property({ attribute: false }) client: AdminClient | undefined;

  @state() private moderation: ReviewModeration | undefined;
  @state() private loadError = '';
  @state() private saved = false;
  private readonly form = new ServerForm(this, (error) =>
    emit(this, 'storelet-error', { code: error.code, message: error.message }),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.client) void this.load(this.client);
  }

  private async load(client: AdminClient): Promise<void> {
    this.loadError = '';
    try {
      this.moderation = (await client.reviews.settings()).moderation;
    } catch (thrown) {
      const error = toStoreletError(thrown);
      this.loadError = error.message;
      emit(this, 'storelet-error', { code: error.code, message: error.message });
    }
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const moderation = new FormData(event.target as HTMLFormElement).get('moderation');
    if (!client || (moderation !== 'publish' && moderation !== 'approve')) return;
    this.saved = false;
    const answer = await this.form.submit(() => client.reviews.updateSettings({ moderation }));
    if (!answer) return;
    this.moderation = answer.moderation;
    this.saved = true;
  }

  protected override render(): TemplateResult {
    const busy = this.form.busy || this.moderation === undefined;
    return html`<form part="settings" aria-labelledby="settings-title" aria-busy=${busy ? 'true' : 'false'} @submit=${this.save}
      @change=${() => (this.saved = false)}>
      <fieldset aria-describedby="settings-error">
        <legend id="settings-title">New reviews</legend>
        ${CHOICES.map(
          ([value, label, hint]) => html`<label part="moderation-choice">
            <input type="radio" name="moderation" value=${value} .checked=${this.moderation === value} />
            <span>${label}</span><span class="hint meta">${hint}</span>
          </label>`,
        )}
      </fieldset>
      <div class="actions">
        <button part="save-settings button" class="button secondary" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${this.form.busy ? 'Saving…' : 'Save setting'}</button>
        <span part="saved" class="meta" role="status">${this.saved ? 'Saved.' : ''}</span>
      </div>
      <p id="settings-error" part="error" class="message error" role="alert">${this.loadError || this.form.message || this.form.fieldError('moderation')}</p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-review-settings': AdminReviewSettings;
  }
}
