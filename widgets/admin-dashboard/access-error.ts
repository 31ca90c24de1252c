import { html, type TemplateResult } from 'lit';
import type { StoreletError } from '../../sdk/index.ts';

/**
 * A request of the dashboard failed. A 403 means the account signed in is not one of the store's
 * admins (the server decides that): said plainly, since trying again would not help.
 */
export function renderAccessError(
  error: StoreletError | undefined,
  title: string,
  onRetry: () => void,
): TemplateResult {
  if (error?.status === 403) {
    return html`<div part="error forbidden" class="state error" role="alert">
      <p class="state-title">This account cannot manage the store.</p>
      <p class="state-text">Only the store’s admins may see orders. Sign out, then sign in with an admin account.</p>
    </div>`;
  }
  return html`<div part="error" class="state error" role="alert">
    <p class="state-title">${title}</p>
    <p class="state-text">${error?.message ?? 'Something went wrong.'}</p>
    <button part="retry button" class="button secondary" type="button" @click=${onRetry}>Try again</button>
  </div>`;
}
