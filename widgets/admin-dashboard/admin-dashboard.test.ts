import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { memoryStorage } from '../../sdk/index.ts';
import { scopedKey } from '../../sdk/storage.ts';
import { apiUrl, closedApiUrl, customerCredentials, query, queryAll, waitFor } from '../test-support/test-server.ts';
import {
  isolatedAdmin,
  mountDashboard,
  orderList,
  signedInDashboard,
  signInForm,
  signInThroughForm,
} from './admin-test-kit.ts';

const text = (element: Element | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<admin-dashboard>: signing in and out', () => {
  it('is accessible: the sign-in form has labelled fields', async () => {
    const element = await mountDashboard(isolatedAdmin());
    await expect(element).to.be.accessible();
    const form = signInForm(element);
    await expect(form).to.be.accessible();
    expect(query(form, 'label[for="email"]').textContent).to.equal('Email');
    expect(query(form, 'label[for="password"]').textContent).to.equal('Password');
    expect(query<HTMLInputElement>(form, '#password').autocomplete).to.equal('current-password');
  });

  it('says when the email and password do not match, and is busy while it asks', async () => {
    const element = await mountDashboard(isolatedAdmin());
    const form = signInForm(element);
    // An email of its own: the server counts wrong tries per email, and other tests sign in as the owner.
    await signInThroughForm(element, `typo-${crypto.randomUUID().slice(0, 8)}@example.com`, 'not the password');
    const button = query<HTMLButtonElement>(form, '[part~="submit"]');
    await waitUntil(() => button.getAttribute('aria-disabled') === 'true', 'the button never showed it was busy');
    expect(text(button)).to.equal('Signing in…');
    await waitUntil(() => text(query(form, '[part~="error"]')) !== '', 'no error was shown');
    expect(text(query(form, '[part~="error"]'))).to.equal(
      'That email and password do not match an account. Check them and try again.',
    );
    expect(query(form, '[part~="error"]').getAttribute('role')).to.equal('alert');
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    await expect(form).to.be.accessible();
  });

  it('warns when only a few tries are left, and says when a wrong password has paused sign-in', async () => {
    const email = `forgetful-${crypto.randomUUID().slice(0, 8)}@example.com`;
    const shown: string[] = [];
    for (let i = 0; i < 5; i++) {
      const element = await mountDashboard(isolatedAdmin());
      await signInThroughForm(element, email, `wrong ${i}`);
      const error = () => text(signInForm(element).shadowRoot?.querySelector('[part~="error"]') ?? undefined);
      await waitUntil(() => error() !== '', 'no error was shown');
      shown.push(error());
    }
    const base = 'That email and password do not match an account. Check them and try again.';
    expect(shown).to.deep.equal([
      base,
      base,
      `${base} 2 more tries before sign-in is paused.`,
      `${base} 1 more try before sign-in is paused.`,
      `${base} Sign-in is now paused for 1 minute.`,
    ]);
  });

  it('says how many minutes to wait once sign-ins are rate limited', async () => {
    const client = isolatedAdmin();
    const email = `guesser-${crypto.randomUUID().slice(0, 8)}@example.com`;
    for (let i = 0; i < 5; i++) await client.signIn({ email, password: 'wrong' }).catch(() => undefined);
    const element = await mountDashboard(client);
    await signInThroughForm(element, email, 'still wrong');
    const error = () => text(signInForm(element).shadowRoot?.querySelector('[part~="error"]') ?? undefined);
    await waitUntil(() => error() !== '', 'no error was shown');
    expect(error()).to.equal('Too many sign-in attempts. Try again in 1 minute.');
  });

  it('says when the shop cannot be reached', async () => {
    const element = await mountDashboard(isolatedAdmin(closedApiUrl));
    await signInThroughForm(element, 'owner@example.com', 'whatever');
    const error = () => text(signInForm(element).shadowRoot?.querySelector('[part~="error"]') ?? undefined);
    await waitUntil(() => error() !== '', 'no error was shown');
    expect(error()).to.equal('The shop could not be reached.');
  });

  it('signs in, shows who is signed in, and signs out back to the form, the token gone', async () => {
    const element = await signedInDashboard();
    expect(text(query(element, '[part~="account"]'))).to.contain('owner@example.com');
    const client = element.client!;
    expect(await client.account()).to.include({ email: 'owner@example.com', role: 'admin' });
    setTimeout(() => query<HTMLButtonElement>(element, '[part~="sign-out"]').click());
    const event = await oneEvent(element, 'storelet-admin-sign-out');
    expect(event.detail.reason).to.equal('user');
    await waitFor(element, 'admin-sign-in');
    expect(client.$session.get().status).to.equal('signed-out');
    expect(await client.account()).to.equal(null);
  });

  it('when the server ends the session, goes back to the form and says why', async () => {
    const storage = memoryStorage();
    const element = await signedInDashboard(undefined, isolatedAdmin(apiUrl, storage));
    const { token } = JSON.parse(storage.getItem(scopedKey(apiUrl, 'admin-session')) ?? '{}') as { token: string };
    // The same token signed out elsewhere (another tab): the next request is refused with a 401.
    const elsewhere = await fetch(`${apiUrl}/api/sessions/current`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(elsewhere.status).to.equal(204);
    const ended = oneEvent(element, 'storelet-admin-sign-out');
    query<HTMLButtonElement>(orderList(element), '[part~="search-button"]').click();
    expect((await ended).detail.reason).to.equal('expired');
    const form = await waitFor(element, 'admin-sign-in');
    await waitUntil(() => form.shadowRoot?.querySelector('[part~="notice"]'), 'no notice was shown');
    expect(text(query(form, '[part~="notice"]'))).to.equal('Your session has ended. Sign in again to continue.');
  });

  it('tells a customer that their account cannot manage the store', async () => {
    const element = await mountDashboard(isolatedAdmin());
    await signInThroughForm(element, customerCredentials.email, customerCredentials.password);
    const list = await waitFor(element, 'admin-order-list');
    const forbidden = await waitFor(list, '[part~="forbidden"]');
    expect(text(forbidden)).to.contain('This account cannot manage the store.');
    expect(queryAll(list, '[part~="retry"]')).to.have.length(0);
    await expect(list).to.be.accessible();
  });

  it('says so when no shop is connected', async () => {
    const element = await fixture(html`<admin-dashboard></admin-dashboard>`);
    expect(text(query(element, '[part~="error"]'))).to.contain('No shop is connected.');
  });
});
