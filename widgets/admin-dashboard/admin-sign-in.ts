import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AdminClient } from '../../sdk/admin/index.ts';
import { StoreletRateLimitError, toStoreletError, type StoreletError } from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { baseStyles, controlStyles } from '../shared/styles.ts';
import { adminStyles } from './admin-styles.ts';

function minutes(seconds: number): string {
  const count = Math.max(1, Math.ceil(seconds / 60));
  return `${count} ${count === 1 ? 'minute' : 'minutes'}`;
}

/** A warning when the server says sign-in pauses after a few more wrong passwords, or has just paused. */
function triesLeft(details: Record<string, unknown>): string {
  const left = details['attemptsLeft'];
  const retryAfter = details['retryAfter'];
  if (left === 0 && typeof retryAfter === 'number') return ` Sign-in is now paused for ${minutes(retryAfter)}.`;
  if (typeof left !== 'number' || !Number.isInteger(left) || left < 1 || left > 2) return '';
  return ` ${left} more ${left === 1 ? 'try' : 'tries'} before sign-in is paused.`;
}

/** What a refused sign-in means, said to the person signing in. */
export function signInMessage(error: StoreletError): string {
  if (error instanceof StoreletRateLimitError) {
    const seconds = error.retryAfter;
    if (seconds === undefined) return 'Too many sign-in attempts. Wait a few minutes, then try again.';
    return `Too many sign-in attempts. Try again in ${minutes(seconds)}.`;
  }
  if (error.code === 'invalid_credentials')
    return `That email and password do not match an account. Check them and try again.${triesLeft(error.details)}`;
  if (error.code === 'validation_failed') return 'Enter your email address and your password.';
  return error.message;
}

/**
 * @summary The sign-in form of `<admin-dashboard>`.
 * @event storelet-admin-sign-in - The server accepted the email and password.
 * @event storelet-error - The sign-in was refused, or the shop could not be reached.
 * @csspart sign-in - The form.
 * @csspart input - Its fields.
 * @csspart submit - The button.
 * @csspart button - The button.
 * @csspart error - Why the sign-in was refused.
 * @csspart notice - Why the admin was signed out.
 */
export class AdminSignIn extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    adminStyles,
    css`
      form {
        display: grid;
        gap: 1rem;
        max-width: 24rem;
        margin: 2rem auto;
        padding: 1.5rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      h2 {
        margin: 0;
        font-size: 1.25rem;
      }
      .field {
        width: 100%;
      }
    `,
  ];

  @property({ attribute: false }) client: AdminClient | undefined;
  /** Shown above the form, e.g. that the session ended. */
  @property() notice = '';

  @state() private busy = false;
  @state() private error = '';
  @query('#password') private password!: HTMLInputElement;
  @query('#email') private email!: HTMLInputElement;

  /** Puts focus on the first field, e.g. when the form replaces the dashboard after signing out. */
  async focusStart(): Promise<void> {
    await this.updateComplete;
    this.email.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (!client || this.busy) return;
    const data = new FormData(event.target as HTMLFormElement);
    this.busy = true;
    this.error = '';
    try {
      const account = await client.signIn({
        email: String(data.get('email') ?? '').trim(),
        password: String(data.get('password') ?? ''),
      });
      emit(this, 'storelet-admin-sign-in', { account });
    } catch (thrown) {
      const error = toStoreletError(thrown);
      this.error = signInMessage(error);
      emit(this, 'storelet-error', { code: error.code, message: this.error });
      this.busy = false;
      await this.updateComplete;
      // Most often the password was mistyped: let it be typed again at once.
      if (error.code === 'invalid_credentials') this.password.select();
      return;
    }
    this.busy = false;
  }

  // The busy button is aria-disabled, not disabled: a disabled button would drop the keyboard's focus to the page.
  protected override render(): TemplateResult {
    return html`<form part="sign-in" aria-labelledby="sign-in-title" aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.submit}>
      <h2 id="sign-in-title">Sign in to your store</h2>
      ${this.notice ? html`<p id="sign-in-notice" part="notice" class="meta" role="status">${this.notice}</p>` : nothing}
      <div>
        <label class="label" for="email">Email</label>
        <input id="email" name="email" part="input" class="field" type="email" autocomplete="username" required maxlength="320"
          aria-describedby="sign-in-notice sign-in-error" />
      </div>
      <div>
        <label class="label" for="password">Password</label>
        <input id="password" name="password" part="input" class="field" type="password" autocomplete="current-password" required
          maxlength="1024" aria-describedby="sign-in-error" />
      </div>
      <p id="sign-in-error" part="error" class="message error" role="alert">${this.error}</p>
      <button part="submit button" class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? 'Signing in…' : 'Sign in'}</button>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-sign-in': AdminSignIn;
  }
}
