import { css } from 'lit';

// The provider is plumbing: it must not add a box that changes the host page's layout.
export const styles = css`
  :host {
    display: contents;
  }
`;
