import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lockScroll } from './scroll-lock.ts';

/** The focused element, looked up through open shadow roots, so focus can go back to it later. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The behaviour every Storelet dialog shares, on top of a native `<dialog>` opened with
 * `showModal()` (which already makes the rest of the page inert, traps Tab and closes on Escape):
 * the page behind stops scrolling, a click on the backdrop closes, and focus goes back to what
 * opened the dialog. Bind `onClose`, `onPointerDown` and `onClick` on the `<dialog>` element.
 */
export class ModalController implements ReactiveController {
  private opener: HTMLElement | null = null;
  private unlock: (() => void) | undefined;
  private pressedBackdrop = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly dialog: () => HTMLDialogElement | null | undefined,
    /** Runs after the dialog closed, whatever closed it (Escape, backdrop, a button, `close()`). */
    private readonly closed: () => void,
  ) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return Boolean(this.dialog()?.open);
  }

  show(): void {
    const dialog = this.dialog();
    if (!dialog || dialog.open || !dialog.isConnected) return;
    this.opener = deepActiveElement();
    dialog.showModal();
    this.unlock = lockScroll();
  }

  close(): void {
    this.dialog()?.close();
  }

  readonly onClose = (event: Event): void => {
    // A `close` from a nested dialog (a <dialog> slotted inside this one) bubbles here too.
    if (event.target !== this.dialog()) return;
    this.release();
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    this.closed();
  };

  // Both ends of the click must be on the backdrop: a text selection dragged out of the panel is not a dismissal.
  readonly onPointerDown = (event: PointerEvent): void => {
    this.pressedBackdrop = event.target === event.currentTarget;
  };

  readonly onClick = (event: MouseEvent): void => {
    if (this.pressedBackdrop && event.target === event.currentTarget) this.close();
    this.pressedBackdrop = false;
  };

  hostDisconnected(): void {
    // A dialog removed from the page leaves the top layer without a `close` event.
    if (this.unlock) {
      this.release();
      this.opener = null;
      this.closed();
    }
  }

  private release(): void {
    this.unlock?.();
    this.unlock = undefined;
  }
}
