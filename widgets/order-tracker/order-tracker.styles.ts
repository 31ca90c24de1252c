import { css } from 'lit';

export const styles = css`
  :host {
    --_delivered: var(--order-tracker-delivered-color, var(--_success));
    --_problem: var(--order-tracker-problem-color, var(--_danger));
  }
  .heading {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
  }
  .meta {
    margin: 0 0 1rem;
    color: var(--_muted);
  }
  .shipments {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .shipment {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .shipment-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .shipment-title {
    margin: 0;
    font-size: 1rem;
  }
  .status {
    font-weight: 600;
  }
  .status.good {
    color: var(--_delivered);
  }
  .status.bad {
    color: var(--_problem);
  }
  .status.warn {
    color: var(--_warning);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    color: var(--_muted);
  }
  .facts a {
    color: var(--_accent);
  }
  .contents {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
  }
  .item img,
  .item .no-image {
    flex: none;
    width: 2.75rem;
    height: 2.75rem;
    border-radius: calc(var(--_radius) / 2);
    object-fit: cover;
    background: var(--_subtle);
  }
  .item-text {
    overflow-wrap: anywhere;
  }
  .timeline {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0 0 0 1rem;
    border-left: 2px solid var(--_border);
    list-style: none;
  }
  .event {
    display: grid;
    gap: 0.125rem;
  }
  .event:first-child .event-message {
    font-weight: 600;
  }
  .event-meta {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  form {
    display: grid;
    gap: 0.75rem;
    max-width: 28rem;
  }
  .error-text {
    margin: 0;
    color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  @media (max-width: 30rem) {
    .shipment {
      padding: 0.75rem;
    }
  }
`;
