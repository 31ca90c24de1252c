import { waitUntil } from '@open-wc/testing';

type Credentials = { email: string; password: string };
type TestServer = {
  apiUrl: string;
  closedApiUrl: string;
  admin: Credentials;
  customer: Credentials;
  stripeApiUrl: string;
  stripePublishableKey: string;
};

const server = (globalThis as { storeletTestServer?: TestServer }).storeletTestServer;
if (!server?.apiUrl)
  throw new Error('The Storelet test server is not running: run the tests with `npm run test:widgets`.');

/** The seeded Storelet server started by web-test-runner.config.mjs for this run. */
export const apiUrl: string = server.apiUrl;
/** A URL where nothing listens: requests to it fail like a shop that is down. */
export const closedApiUrl: string = server.closedApiUrl;
/** An admin of the test shop, and a customer (who is not one). */
export const adminCredentials: Credentials = server.admin;
export const customerCredentials: Credentials = server.customer;
/** A second seeded shop that takes payments with Stripe (its API on loopback), with this publishable key. */
export const stripeApiUrl: string = server.stripeApiUrl;
export const stripePublishableKey: string = server.stripePublishableKey;

/** Elements of a shadow root matching `selector`, as an array. */
export function queryAll<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** The one element matching `selector` in a shadow root; fails the test when missing. */
export function query<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <${host.localName}>`);
  return found;
}

/** Waits until `selector` matches inside the shadow root, then returns it. */
export async function waitFor<T extends Element = HTMLElement>(
  host: Element,
  selector: string,
  timeout = 8_000,
): Promise<T> {
  await waitUntil(() => host.shadowRoot?.querySelector(selector), `${selector} never appeared in <${host.localName}>`, {
    timeout,
  });
  return query<T>(host, selector);
}
