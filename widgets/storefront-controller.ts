import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Storefront } from '../sdk/index.ts';
import { storefrontContext } from './context.ts';
import { $defaultStorefront } from './default-storefront.ts';

let contextRoot: ContextRoot | undefined;

/**
 * Lets a `<shop-provider>` that is defined after its descendants still reach them: the root keeps
 * unanswered requests and replays them when a provider appears.
 */
function ensureContextRoot(): void {
  if (contextRoot || typeof document === 'undefined') return;
  contextRoot = new ContextRoot();
  contextRoot.attach(document.documentElement);
}

/**
 * Gives an element its storefront: the nearest `<shop-provider>`'s, else the page-wide default.
 * The host re-renders when either changes; `onChange` runs only when the resolved storefront does.
 */
export class StorefrontController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof storefrontContext, ReactiveElement>;
  private unsubscribeDefault: (() => void) | undefined;
  private current: Storefront | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly onChange?: (storefront: Storefront | undefined) => void,
  ) {
    ensureContextRoot();
    this.consumer = new ContextConsumer(host, {
      context: storefrontContext,
      subscribe: true,
      callback: () => this.refresh(),
    });
    host.addController(this);
  }

  get value(): Storefront | undefined {
    return this.consumer.value ?? $defaultStorefront.get();
  }

  hostConnected(): void {
    this.unsubscribeDefault = $defaultStorefront.subscribe(() => this.refresh());
  }

  hostDisconnected(): void {
    this.unsubscribeDefault?.();
    this.unsubscribeDefault = undefined;
  }

  private refresh(): void {
    const next = this.value;
    if (next === this.current) return;
    this.current = next;
    this.onChange?.(next);
    this.host.requestUpdate();
  }
}
