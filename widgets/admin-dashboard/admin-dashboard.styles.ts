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
  .nav {
    margin-bottom: 1.25rem;
  }
  .nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .nav a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.5rem 0.875rem;
    border-radius: var(--_radius);
    color: var(--_text);
    font-weight: 600;
    text-decoration: none;
  }
  .nav a:hover {
    background: var(--_subtle);
  }
  .nav a[aria-current='page'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
`;
