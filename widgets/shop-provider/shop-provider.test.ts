import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../index.ts';
import { createStorefront } from '../../sdk/index.ts';
import { setDefaultStorefront } from '../default-storefront.ts';
import { defineElement } from '../shared/define-element.ts';
import { StorefrontController } from '../storefront-controller.ts';
import { apiUrl, closedApiUrl } from '../test-support/test-server.ts';
import { ShopProvider } from './shop-provider.ts';

/** The smallest consumer: shows which storefront it was given. */
class StorefrontProbe extends LitElement {
  readonly storefront = new StorefrontController(this);
  protected override render() {
    return this.storefront.value?.apiUrl ?? 'none';
  }
}
customElements.define('storefront-probe', StorefrontProbe);

/** A probe one shadow root further down, as elements inside other elements are. */
class NestedProbe extends LitElement {
  protected override render() {
    return html`<storefront-probe></storefront-probe>`;
  }
}
customElements.define('nested-probe', NestedProbe);

declare global {
  interface HTMLElementTagNameMap {
    'storefront-probe': StorefrontProbe;
    'nested-probe': NestedProbe;
  }
}

const probeOf = (nested: NestedProbe) => nested.shadowRoot!.querySelector('storefront-probe')!;

describe('<shop-provider>', () => {
  it('is accessible and hands its storefront to descendants, also inside shadow roots', async () => {
    const provider = await fixture<ShopProvider>(html`<shop-provider api=${apiUrl}>
      <storefront-probe></storefront-probe><nested-probe></nested-probe>
    </shop-provider>`);
    await expect(provider).to.be.accessible();
    expect(provider.storefront?.apiUrl).to.equal(apiUrl);
    expect(provider.querySelector('storefront-probe')!.storefront.value).to.equal(provider.storefront);
    expect(probeOf(provider.querySelector('nested-probe')!).storefront.value).to.equal(provider.storefront);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('makes a new storefront when `api` changes, and descendants follow', async () => {
    const provider = await fixture<ShopProvider>(
      html`<shop-provider api=${apiUrl}><storefront-probe></storefront-probe></shop-provider>`,
    );
    await expect(provider).to.be.accessible();
    const probe = provider.querySelector('storefront-probe')!;
    provider.api = closedApiUrl;
    await provider.updateComplete;
    expect(probe.storefront.value?.apiUrl).to.equal(closedApiUrl);
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain(closedApiUrl);
  });

  it('accepts a storefront set from script', async () => {
    const own = createStorefront({ apiUrl, timeout: 2_000 });
    const provider = await fixture<ShopProvider>(
      html`<shop-provider .storefront=${own}><storefront-probe></storefront-probe></shop-provider>`,
    );
    await expect(provider).to.be.accessible();
    expect(provider.querySelector('storefront-probe')!.storefront.value).to.equal(own);
  });

  it('lets the nearest of two nested providers win', async () => {
    const outer = await fixture<ShopProvider>(html`<shop-provider api=${apiUrl}>
      <shop-provider api=${closedApiUrl}><storefront-probe></storefront-probe></shop-provider>
    </shop-provider>`);
    await expect(outer).to.be.accessible();
    expect(outer.querySelector('storefront-probe')!.storefront.value?.apiUrl).to.equal(closedApiUrl);
  });

  it('falls back to the page-wide default, and follows it when it is set later', async () => {
    const probe = await fixture<StorefrontProbe>(html`<storefront-probe></storefront-probe>`);
    await expect(probe).to.be.accessible();
    expect(probe.storefront.value).to.equal(undefined);
    const fallback = createStorefront({ apiUrl });
    setDefaultStorefront(fallback);
    try {
      await probe.updateComplete;
      expect(probe.storefront.value).to.equal(fallback);
      expect(probe.shadowRoot!.textContent).to.contain(apiUrl);
    } finally {
      setDefaultStorefront(undefined);
    }
  });

  it('reaches descendants that connected before the provider element was defined', async () => {
    const wrapper = await fixture(
      html`<div><late-shop-provider api=${apiUrl}><storefront-probe></storefront-probe></late-shop-provider></div>`,
    );
    await expect(wrapper).to.be.accessible();
    const probe = wrapper.querySelector('storefront-probe')!;
    expect(probe.storefront.value).to.equal(undefined);
    customElements.define('late-shop-provider', class extends ShopProvider {});
    await waitUntil(() => probe.storefront.value?.apiUrl === apiUrl, 'the late provider never reached its descendant');
  });

  it('never throws when the elements are defined twice, and warns once when another class holds the tag', async () => {
    const provider = await fixture(html`<shop-provider api=${apiUrl}></shop-provider>`);
    await expect(provider).to.be.accessible();
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      // The same define modules under other URLs run again, like a second script tag: the same class, no warning.
      const again = ['../index.ts?copy=2', './define.ts?copy=2'];
      for (const url of again) await import(new URL(url, import.meta.url).href);
      expect(customElements.get('shop-provider')).to.equal(ShopProvider);
      expect(warnings).to.deep.equal([]);

      // Another class under the same name (a second copy of the bundle, another library): kept out, said once.
      expect(() => defineElement('shop-provider', class extends HTMLElement {})).to.not.throw();
      expect(() => defineElement('shop-provider', class extends HTMLElement {})).to.not.throw();
      expect(customElements.get('shop-provider')).to.equal(ShopProvider);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('<shop-provider> is already defined by another script');
    } finally {
      console.warn = warn;
    }
  });
});
