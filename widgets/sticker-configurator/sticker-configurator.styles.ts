import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 2rem;
    align-items: start;
  }
  @container (max-width: 40rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .visual,
  .form {
    display: grid;
    gap: 1.25rem;
  }
  .preview {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 1.5rem;
    border-radius: var(--_radius);
    background: var(--sticker-configurator-preview-background, var(--_subtle));
    text-align: center;
  }
  .sticker {
    display: grid;
    grid: 100% / 100%;
    place-items: center;
    width: min(100%, calc(14rem * var(--ratio)));
    aspect-ratio: var(--ratio);
    margin: auto;
    overflow: hidden;
    background: #fff;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
  }
  /* The one track fills the shape: an auto row would let a percentage height resolve against the image itself. */
  .sticker img {
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .circle,
  .oval {
    border-radius: 50%;
  }
  /* Keeps a square design's corners inside the round cut. */
  .circle img,
  .oval img {
    padding: 12%;
  }
  .rounded_rectangle {
    border-radius: 12%;
  }
  .die_cut {
    overflow: visible;
    background: none;
    box-shadow: none;
  }
  .die_cut img {
    filter: drop-shadow(3px 0 #fff) drop-shadow(-3px 0 #fff) drop-shadow(0 3px #fff) drop-shadow(0 -3px #fff)
      drop-shadow(0 2px 3px rgb(0 0 0 / 0.3));
  }
  .stand-in {
    padding: 1rem;
    overflow-wrap: anywhere;
  }
  .drop {
    display: grid;
    justify-items: center;
    gap: 0.5rem;
    padding: 1.25rem;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .drop.over {
    border-color: var(--_accent);
    background: var(--_subtle);
  }
  .drop:has(#file:focus-visible) label {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .progress {
    display: grid;
    gap: 0.5rem;
    width: 100%;
  }
  progress {
    width: 100%;
    accent-color: var(--_accent);
  }
  .file,
  p {
    margin: 0;
  }
  .hint,
  small {
    display: block;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .error {
    color: var(--_danger);
    font-size: 0.875rem;
  }
  .error:empty {
    display: none;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .choices legend {
    padding: 0;
  }
  .pill {
    position: relative;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .pill input {
    position: absolute;
    opacity: 0;
  }
  .pill:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .pill:has(:focus-visible) {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .custom {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem;
    margin-top: 0.75rem;
  }
  .custom .field {
    width: 7rem;
  }
  .quantity {
    display: grid;
    gap: 0.5rem;
  }
  .quantity .field {
    width: 9rem;
  }
  .quote {
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  /* Updating: the figures turn grey rather than fade, so they stay readable (and never blank). */
  .updating strong {
    color: var(--_muted);
  }
  .total {
    display: flex;
    justify-content: space-between;
    font-size: 1.25rem;
  }
  .saving {
    color: var(--_success);
    font-weight: 600;
  }
`;
