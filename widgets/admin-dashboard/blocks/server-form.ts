import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { StoreletValidationError, toStoreletError, type StoreletError } from '../../../sdk/index.ts';

/**
 * A form the server validates: while it is sent the form is busy; a 400 or 422 puts each issue the server names
 * (`details.issues[].path`) under its field, and any other refusal in the form's message. The host's template reads
 * `busy`, `message` and `fieldError(name)`, and renders each field's message with `renderFieldError`.
 */
export class ServerForm {
  busy = false;
  /** Why the form was refused, when no field says it; '' otherwise. */
  message = '';
  private fields: Record<string, string> = {};

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Told of every refusal, e.g. to emit `storelet-error`. */
    private readonly refused: (error: StoreletError) => void = () => undefined,
  ) {}

  /** Runs `send` unless the form is already busy; answers its result, or undefined when it was refused. */
  async submit<T>(send: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.reset();
    try {
      return await send();
    } catch (thrown) {
      const error = toStoreletError(thrown);
      this.fields = fieldIssues(error);
      this.message = Object.keys(this.fields).length > 0 ? '' : error.message;
      this.refused(error);
      return undefined;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** The server's word on a field (its issue path, e.g. `reply`), '' when it has none. */
  fieldError(name: string): string {
    return this.fields[name] ?? '';
  }

  reset(): void {
    this.message = '';
    this.fields = {};
    this.host.requestUpdate();
  }
}

/** The first issue the server named for each field; nested paths (`address.city`) are kept whole. */
export function fieldIssues(error: StoreletError): Record<string, string> {
  if (!(error instanceof StoreletValidationError)) return {};
  const fields: Record<string, string> = {};
  for (const issue of error.issues) if (issue.path) fields[issue.path] ??= issue.message;
  return fields;
}

/**
 * A field's message, with the id its control names in `aria-describedby`; give the control
 * `aria-invalid=${form.fieldError(name) ? 'true' : 'false'}`.
 */
export function renderFieldError(form: ServerForm, name: string, id: string): TemplateResult {
  return html`<p id=${id} part="field-error" class="message error">${form.fieldError(name)}</p>`;
}
