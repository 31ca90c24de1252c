import { html, type TemplateResult } from 'lit';

/** The guest's way in: the order number and the email it was placed with. */
export function renderLookupForm(options: {
  busy: boolean;
  message: string;
  number: string;
  intro: string;
  onSubmit: (number: string, email: string) => void;
}): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    options.onSubmit(String(data.get('number') ?? '').trim(), String(data.get('email') ?? '').trim());
  };
  return html`<form part="lookup" @submit=${submit} aria-describedby="lookup-intro">
    <p id="lookup-intro" class="meta">${options.intro}</p>
    <div>
      <label class="label" for="lookup-number">Order number</label>
      <input part="field" class="field" id="lookup-number" name="number" required maxlength="40" autocomplete="off"
        placeholder="SL-10001" .value=${options.number} />
    </div>
    <div>
      <label class="label" for="lookup-email">Email used for the order</label>
      <input part="field" class="field" id="lookup-email" name="email" type="email" required maxlength="254" autocomplete="email" />
    </div>
    <div class="actions">
      <button part="button lookup-button" class="button" type="submit" ?disabled=${options.busy}>
        ${options.busy ? 'Finding your order…' : 'Track order'}
      </button>
    </div>
    ${options.message ? html`<p part="error" class="error-text" role="alert">${options.message}</p>` : ''}
  </form>`;
}
