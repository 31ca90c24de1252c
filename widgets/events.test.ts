import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { emit } from './events.ts';

/** Sends its event from a button deep in its shadow root, as the widgets do. */
class EventSource extends LitElement {
  protected override render() {
    return html`<button type="button">Send</button>`;
  }
  send(cancelable: boolean) {
    const button = this.shadowRoot!.querySelector('button')!;
    return emit(button, 'storelet-search', { query: 'tee' }, { cancelable });
  }
}
customElements.define('event-source', EventSource);

describe('emit()', () => {
  it('sends events that bubble out of shadow DOM to the document', async () => {
    const source = await fixture<EventSource>(html`<event-source></event-source>`);
    await expect(source).to.be.accessible();
    let heard: CustomEvent<{ query: string }> | undefined;
    const listener = (event: CustomEvent<{ query: string }>) => (heard = event);
    document.addEventListener('storelet-search', listener);
    try {
      const sent = source.send(false);
      expect(heard).to.equal(sent);
      expect(heard!.detail).to.deep.equal({ query: 'tee' });
      expect(heard!.bubbles && heard!.composed).to.equal(true);
      // Retargeted: the page sees the widget, not its insides.
      expect(heard!.target).to.equal(source);
      expect(sent.cancelable).to.equal(false);
    } finally {
      document.removeEventListener('storelet-search', listener);
    }
  });

  it('lets a listener veto a cancelable event', async () => {
    const source = await fixture<EventSource>(html`<event-source></event-source>`);
    await expect(source).to.be.accessible();
    const veto = (event: Event) => event.preventDefault();
    document.addEventListener('storelet-search', veto);
    try {
      expect(source.send(true).defaultPrevented).to.equal(true);
    } finally {
      document.removeEventListener('storelet-search', veto);
    }
  });
});
