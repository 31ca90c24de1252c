import { expect, waitUntil } from '@open-wc/testing';
import { createAdminClient } from '../../sdk/admin/index.ts';
import { memoryStorage } from '../../sdk/index.ts';
import { scopedKey } from '../../sdk/storage.ts';
import { adminCredentials, apiUrl, query, waitFor } from '../test-support/test-server.ts';
import {
  isolatedAdmin,
  mountDashboard,
  orderList,
  placeStickerOrder,
  searchFor,
  signedInDashboard,
  signInForm,
} from './admin-test-kit.ts';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focusedIn = (host: Element) => host.shadowRoot?.activeElement ?? null;

describe('<admin-dashboard>: the keyboard’s focus never drops to the page', () => {
  it('stays on Sign in while it is busy, then moves to the orders’ heading', async () => {
    const element = await mountDashboard(isolatedAdmin());
    const form = signInForm(element);
    query<HTMLInputElement>(form, '#email').value = adminCredentials.email;
    query<HTMLInputElement>(form, '#password').value = adminCredentials.password;
    const button = query<HTMLButtonElement>(form, '[part~="submit"]');
    button.focus();
    button.click();
    await waitUntil(() => text(button) === 'Signing in…', 'the button never showed it was busy');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(focusedIn(form)).to.equal(button);
    await waitUntil(() => element.shadowRoot?.querySelector('admin-order-list'), 'the order list never showed');
    await waitUntil(() => focusedIn(element)?.id === 'dashboard-title', 'focus did not move to the heading');
    expect(text(focusedIn(element))).to.equal('Orders');
  });

  it('moves to the sign-in form’s first field after Sign out', async () => {
    const element = await signedInDashboard();
    const signOut = query<HTMLButtonElement>(element, '[part~="sign-out"]');
    signOut.focus();
    signOut.click();
    const form = await waitFor(element, 'admin-sign-in');
    await waitUntil(() => focusedIn(form)?.id === 'email', 'focus did not move to the email field');
  });

  it('moves to the sign-in form’s first field, which is described by the notice, when the server ends the session', async () => {
    const storage = memoryStorage();
    const element = await signedInDashboard(undefined, isolatedAdmin(apiUrl, storage));
    const { token } = JSON.parse(storage.getItem(scopedKey(apiUrl, 'admin-session')) ?? '{}') as { token: string };
    await fetch(`${apiUrl}/api/sessions/current`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    const search = query<HTMLButtonElement>(orderList(element), '[part~="search-button"]');
    search.focus();
    search.click();
    const form = await waitFor(element, 'admin-sign-in');
    await waitUntil(() => focusedIn(form)?.id === 'email', 'focus did not move to the email field');
    expect(query(form, '#email').getAttribute('aria-describedby')).to.contain('sign-in-notice');
    expect(text(query(form, '#sign-in-notice'))).to.equal('Your session has ended. Sign in again to continue.');
  });

  it('moves to the first order the last "Load more" brought', async () => {
    const email = `two-orders-${crypto.randomUUID().slice(0, 8)}@example.com`;
    await placeStickerOrder({ email });
    await placeStickerOrder({ email });
    // One order a page, so the second page is the last.
    const client = createAdminClient({
      apiUrl,
      storage: memoryStorage(),
      retries: 0,
      fetch: (input, init) => {
        const request = new Request(input, init);
        return fetch(
          request.method === 'GET' ? new Request(request.url.replace(/limit=\d+/, 'limit=1'), request) : request,
        );
      },
    });
    const element = await signedInDashboard(undefined, client);
    const list = await searchFor(element, email);
    expect(list.shadowRoot?.querySelectorAll('[part~="order-row"]')).to.have.length(1);
    const more = await waitFor<HTMLButtonElement>(list, '[part~="load-more"]');
    more.focus();
    more.click();
    await waitUntil(
      () => list.shadowRoot?.querySelectorAll('[part~="order-row"]').length === 2,
      'the second page never came',
    );
    await waitUntil(() => list.shadowRoot?.querySelector('[part~="load-more"]') === null, 'the button stayed');
    const second = list.shadowRoot!.querySelectorAll('[part~="open-order"]')[1];
    await waitUntil(() => focusedIn(list) === second, 'focus did not move to the new order');
  });
});
