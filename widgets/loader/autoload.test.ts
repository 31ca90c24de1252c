import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { autoload } from './autoload.ts';

/** Tags of this test only, so the page's other elements and loaders play no part. */
const loads: string[] = [];
const classes: Record<string, CustomElementConstructor> = {
  'lazy-outer': class extends LitElement {
    // Shows a nested element of ours only later, as <product-detail> shows a configurator once its product is in.
    static override properties = { inner: { type: Boolean } };
    inner = false;
    override render() {
      return this.inner ? litHtml`<lazy-inner></lazy-inner>` : litHtml`<p>outer</p>`;
    }
  },
  'lazy-inner': class extends LitElement {
    override render() {
      return litHtml`<p>inner</p>`;
    }
  },
  'lazy-late': class extends HTMLElement {},
  'lazy-twice': class extends HTMLElement {},
  'lazy-never': class extends HTMLElement {},
};
const tags = Object.keys(classes);

function load(tag: string): Promise<void> {
  loads.push(tag);
  // As a chunk would: the definition arrives a little later.
  return new Promise((resolve) => setTimeout(() => (customElements.define(tag, classes[tag]!), resolve()), 20));
}

describe('autoload', () => {
  it("loads a tag on the page, and one inside an element's shadow root, once each, and no other", async () => {
    const page = await fixture(html`<div><p>Host content</p><lazy-outer></lazy-outer><lazy-outer></lazy-outer></div>`);
    await expect(page).to.be.accessible();
    autoload(tags, load);
    await waitUntil(() => customElements.get('lazy-outer'), 'lazy-outer was never loaded');
    expect(loads).to.deep.equal(['lazy-outer']);

    const outer = page.querySelector('lazy-outer') as LitElement & { inner: boolean };
    await outer.updateComplete;
    outer.inner = true;
    await waitUntil(() => customElements.get('lazy-inner'), 'lazy-inner, in a shadow root, was never loaded');
    await waitUntil(() => outer.shadowRoot?.querySelector('lazy-inner')?.shadowRoot?.textContent?.includes('inner'));

    page.append(document.createElement('lazy-late'));
    await waitUntil(() => customElements.get('lazy-late'), 'an element added later was never loaded');
    expect(loads).to.deep.equal(['lazy-outer', 'lazy-inner', 'lazy-late']);
    expect(customElements.get('lazy-never')).to.equal(undefined);
  });

  it('with a second copy of the loader on the page, a tag is still loaded once', async () => {
    const second: string[] = [];
    autoload(tags, async (tag) => void second.push(tag));
    await fixture(html`<div><lazy-outer></lazy-outer><lazy-twice></lazy-twice></div>`);
    await waitUntil(() => customElements.get('lazy-twice'), 'lazy-twice was never loaded');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(second).to.deep.equal([]);
    expect(loads.filter((tag) => tag === 'lazy-twice')).to.deep.equal(['lazy-twice']);
  });
});
