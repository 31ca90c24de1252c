import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { atom } from 'nanostores';
import { StoreController } from './store-controller.ts';

const $count = atom(0);
const $other = atom(100);

class CountView extends LitElement {
  readonly count = new StoreController(this, $count);
  renders = 0;
  protected override render() {
    this.renders++;
    return html`<output>${this.count.value}</output>`;
  }
}
customElements.define('count-view', CountView);

const shown = (view: CountView) => view.shadowRoot!.querySelector('output')!.textContent;

describe('StoreController', () => {
  it('renders store changes while connected, and stops listening when disconnected', async () => {
    $count.set(1);
    const view = await fixture<CountView>(html`<count-view></count-view>`);
    await expect(view).to.be.accessible();
    expect(shown(view)).to.equal('1');
    $count.set(2);
    await view.updateComplete;
    expect(shown(view)).to.equal('2');
    expect($count.lc).to.equal(1);

    const parent = view.parentElement!;
    view.remove();
    expect($count.lc).to.equal(0);
    const renders = view.renders;
    $count.set(3);
    await view.updateComplete;
    expect(view.renders).to.equal(renders);

    parent.append(view);
    await view.updateComplete;
    expect(shown(view)).to.equal('3');
  });

  it('swaps to another store', async () => {
    const view = await fixture<CountView>(html`<count-view></count-view>`);
    await expect(view).to.be.accessible();
    view.count.setStore($other);
    await view.updateComplete;
    expect(shown(view)).to.equal('100');
    expect($count.lc).to.equal(0);
    $other.set(101);
    await view.updateComplete;
    expect(shown(view)).to.equal('101');
  });
});
