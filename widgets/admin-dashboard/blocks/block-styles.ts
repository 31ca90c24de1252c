import { css } from 'lit';

/** The layout of the building blocks' markup (list-parts.ts, server-form.ts) in the screen that renders them. */
export const blockStyles = css`
  .list-toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem;
    margin-bottom: 1rem;
  }
  /* Each control shares the row and wraps under the others on a narrow screen; a long option never widens it. */
  .list-toolbar > div {
    flex: 1 1 10rem;
    min-width: 0;
  }
  .list-toolbar > .grow {
    flex: 2 1 16rem;
  }
  .list-toolbar .field {
    width: 100%;
  }
  .more {
    display: grid;
    justify-items: center;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .field[aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;
