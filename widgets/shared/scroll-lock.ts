let locks = 0;
let previous = '';

/**
 * Stops the host page from scrolling behind an open dialog. Counted, so a checkout dialog opened
 * over the cart drawer does not unlock the page when it closes first.
 */
export function lockScroll(): () => void {
  const root = document.documentElement;
  if (locks++ === 0) {
    previous = root.style.overflow;
    root.style.overflow = 'hidden';
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--locks === 0) root.style.overflow = previous;
  };
}
