import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }
  .open {
    width: 100%;
  }
  .checkout {
    width: var(--checkout-button-dialog-width, min(36rem, calc(100vw - 2rem)));
    max-height: calc(100dvh - 2rem);
    border-radius: var(--_radius);
  }
  @starting-style {
    .checkout[open] {
      transform: translateY(1rem);
      opacity: 0;
    }
  }
  /* Room for Stripe's form while it loads, so the dialog does not jump when it appears. */
  .payment {
    min-height: 24rem;
  }
  ::slotted([slot='storelet-payment']) {
    display: block;
  }
  .body {
    padding: 1rem 1.25rem 1.25rem;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .form {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 1rem;
  }
  .wide,
  .group,
  .form-field.wide {
    grid-column: 1 / -1;
  }
  .group {
    display: grid;
    grid-template-columns: inherit;
    gap: 0.75rem 1rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .group-title {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 700;
  }
  .form-field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  .form-field .label {
    margin: 0;
  }
  .form-field .field {
    width: 100%;
  }
  .field[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .shipping {
    display: grid;
    gap: 0.5rem;
  }
  .optional {
    font-weight: 400;
  }
  .submit {
    min-height: 3rem;
    font-size: 1.0625rem;
  }
  .redirecting {
    margin: 2rem 0;
    text-align: center;
    font-weight: 600;
  }
  @media (max-width: 30rem) {
    .form,
    .group {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
