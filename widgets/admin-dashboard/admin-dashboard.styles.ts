import { css } from 'lit';

export const styles = css`
  :host {
    max-width: var(--admin-dashboard-max-width, 72rem);
    margin-inline: auto;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    padding-bottom: 1rem;
    margin-bottom: 1rem;
    border-bottom: 1px solid var(--_border);
  }
  .title {
    margin: 0;
    font-size: 1.5rem;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
`;
