import { css } from 'lit';

/** The catalog's forms: fields two abreast where there is room, one under the other on a phone. */
export const formStyles = css`
  :host {
    display: block;
  }
  .heading-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .product-form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 0.75rem 1rem;
  }
  .fields .wide {
    grid-column: 1 / -1;
  }
  .fields .field {
    width: 100%;
  }
  .group {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    min-width: 0;
    margin: 0;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 700;
  }
  .group > .button {
    justify-self: start;
  }
  .option {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }
  .variants .field {
    width: 100%;
    min-width: 6rem;
  }
  .variants .meta {
    display: block;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  .images {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .image {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }
  .image .thumb {
    width: 100%;
    height: 7rem;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .group input[type='file'] {
    width: 100%;
  }
  progress {
    width: 100%;
  }
  .conflict {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 0.75rem;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }
  .conflict p {
    margin: 0;
  }
  .conflict:empty {
    display: none;
  }
`;
