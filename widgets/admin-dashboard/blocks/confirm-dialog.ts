import { LitElement, css, html, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { dialogStyles } from '../../shared/dialog-styles.ts';
import { ModalController } from '../../shared/modal-controller.ts';
import { baseStyles, controlStyles } from '../../shared/styles.ts';

export type ConfirmOptions = {
  title: string;
  message: string;
  /** The button that goes ahead, e.g. "Remove reply". */
  confirmLabel: string;
};

/**
 * @summary Asks the store owner to confirm an action that cannot be undone: `await dialog.ask({ … })` is true when
 * they went ahead, false when they cancelled (the button, Escape or a click outside). A native modal `<dialog>`: the
 * page behind is inert, and focus starts on Cancel and goes back to what opened it.
 * @csspart dialog - The dialog.
 * @csspart title - Its title.
 * @csspart message - What will happen.
 * @csspart cancel - The Cancel button.
 * @csspart confirm - The button that goes ahead.
 * @csspart button - Both buttons.
 */
export class AdminConfirmDialog extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    dialogStyles,
    css`
      dialog {
        width: min(28rem, calc(100vw - 2rem));
        border-radius: var(--_radius);
      }
      .body {
        display: grid;
        gap: 1rem;
        padding: 1.25rem;
      }
      h2 {
        margin: 0;
        font-size: 1.125rem;
      }
      p {
        margin: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: 0.5rem;
      }
      .danger {
        border-color: var(--_danger);
        background: var(--_danger);
        color: #fff;
      }
    `,
  ];

  @state() private options: ConfirmOptions = { title: '', message: '', confirmLabel: '' };
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('[part~="cancel"]') private cancelButton?: HTMLButtonElement;
  private answer: ((confirmed: boolean) => void) | undefined;
  private confirmed = false;
  /** From a button's `close()` until the dialog's `close` event, which comes a task later. */
  private closing: Promise<void> | undefined;
  private closed: (() => void) | undefined;
  private readonly modal = new ModalController(
    this,
    () => this.dialog,
    () => this.settle(),
  );

  /** Opens the dialog; settles when it closes. A second call while it is open cancels the first. */
  async ask(options: ConfirmOptions): Promise<boolean> {
    // The last answer's `close` event must not land on this question.
    await this.closing;
    this.answer?.(false);
    this.options = options;
    this.confirmed = false;
    await this.updateComplete;
    const answered = new Promise<boolean>((resolve) => (this.answer = resolve));
    this.modal.show();
    this.cancelButton?.focus();
    return answered;
  }

  private settle(): void {
    const answer = this.answer;
    this.answer = undefined;
    answer?.(this.confirmed);
    this.closed?.();
    this.closing = this.closed = undefined;
  }

  private close(confirmed: boolean): void {
    this.confirmed = confirmed;
    this.closing = new Promise((resolve) => (this.closed = resolve));
    this.modal.close();
  }

  protected override render(): TemplateResult {
    const { title, message, confirmLabel } = this.options;
    return html`<dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-message"
      @close=${this.modal.onClose} @pointerdown=${this.modal.onPointerDown} @click=${this.modal.onClick}>
      <div class="body">
        <h2 id="confirm-title" part="title">${title}</h2>
        <p id="confirm-message" part="message">${message}</p>
        <div class="actions">
          <button part="cancel button" class="button secondary" type="button" @click=${() => this.close(false)}>Cancel</button>
          <button part="confirm button" class="button danger" type="button" @click=${() => this.close(true)}>${confirmLabel}</button>
        </div>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-confirm-dialog': AdminConfirmDialog;
  }
}
