import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .heading {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--product-recommendations-min-width, 14rem), 1fr));
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
  }
  .image {
    flex: none;
    width: 5rem;
    height: 5rem;
    border-radius: var(--_radius);
    object-fit: cover;
    background: var(--_subtle);
  }
  .placeholder {
    display: grid;
    place-items: center;
    color: var(--_muted);
    font-weight: 700;
  }
  .info {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  .title {
    color: var(--_text);
    font-weight: 600;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .title.link {
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .add {
    align-self: flex-start;
    padding: 0.25rem 0.75rem;
    font-size: 0.875rem;
  }
  .strip {
    height: 5rem;
  }
`;
