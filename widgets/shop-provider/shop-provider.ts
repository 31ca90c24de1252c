import { provide } from '@lit/context';
import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { createStorefront, type Storefront } from '../../sdk/index.ts';
import { storefrontContext } from '../context.ts';
import { styles } from './shop-provider.styles.ts';

/**
 * @summary Connects the Storelet elements inside it to one shop server.
 *
 * Every descendant element (also inside other shadow roots) uses the storefront this provider
 * creates from `api`, instead of the page-wide default set by the script tag.
 *
 * @slot - The shop's elements and any other markup; the provider renders nothing of its own.
 */
export class ShopProvider extends LitElement {
  static override styles = styles;

  /** Base URL of the shop server, e.g. `https://shop.example.com`. */
  @property() api = '';

  /**
   * The storefront given to descendants. Created from `api`; a script may set its own instance
   * instead (e.g. one made with custom `fetch` or timeouts).
   */
  @provide({ context: storefrontContext })
  @property({ attribute: false })
  storefront: Storefront | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) {
      this.storefront = createStorefront({ apiUrl: this.api });
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'shop-provider': ShopProvider;
  }
}
