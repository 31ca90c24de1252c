import { html, nothing, type TemplateResult } from 'lit';

export type FieldOptions = {
  type?: string;
  autocomplete: string;
  required?: boolean;
  maxlength: number;
  minlength?: number;
  wide?: boolean;
  autofocus?: boolean;
  /** A value to start from (an address being edited). */
  value?: string | undefined;
};

/**
 * A labelled field of the checkout form, a text input unless `control` is given (a select named
 * `name`, with the same id); its error (if any) is tied to it by aria-describedby.
 */
export function field(
  name: string,
  label: string,
  options: FieldOptions,
  errors: Record<string, string>,
  control?: TemplateResult,
): TemplateResult {
  const error = errors[name];
  return html`<div part="form-field" class="form-field ${options.wide ? 'wide' : ''}">
    <label class="label" for=${name}>${label} ${options.required ? nothing : html`<span class="optional">(optional)</span>`}</label>
    ${
      control ??
      html`<input
      id=${name}
      name=${name}
      part="input"
      class="field"
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete}
      maxlength=${options.maxlength}
      minlength=${options.minlength ?? nothing}
      .value=${options.value ?? ''}
      ?required=${options.required ?? false}
      ?autofocus=${options.autofocus ?? false}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="${name}-error"
    />`
    }
    <p id="${name}-error" part="field-error" class="message error">${error ?? ''}</p>
  </div>`;
}
