import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { HmsCatalog } from '../../src/components/catalog/catalog.component.js';
import { keptContextRequests } from '../../src/controllers/catalog-controller.js';
import { nextEvent, part, sampleCatalog, type SampleCatalog, scenario, text, whenShown } from '../helpers.js';

const WIDGETS = ['hms-mission', 'hms-course-list', 'hms-program-list', 'hms-news-list', 'hms-divisions'];

async function pageOfFive(src: string) {
  const loads = new Map<Element, CustomEvent>();
  const seen = new Promise<void>((resolve) => {
    const onLoad = (event: Event) => {
      loads.set(event.target as Element, event as CustomEvent);
      if (loads.size === WIDGETS.length) {
        document.removeEventListener('hms-load', onLoad);
        resolve();
      }
    };
    document.addEventListener('hms-load', onLoad);
  });
  const provider = await fixture<HmsCatalog>(html`<hms-catalog src=${src}>
    <section>
      <hms-mission variant="quote"></hms-mission>
      <div><hms-course-list controls="none" limit="3"></hms-course-list></div>
    </section>
    <hms-program-list></hms-program-list>
    <hms-news-list limit="2"></hms-news-list>
    <hms-divisions></hms-divisions>
  </hms-catalog>`);
  await seen;
  return { provider, loads };
}

describe('<hms-catalog>', () => {
  let sample: SampleCatalog;
  before(async () => {
    sample = await sampleCatalog();
  });

  it('a page of five widgets under one provider makes one request', async () => {
    const source = scenario('ok@50');
    const { provider, loads } = await pageOfFive(source.url);
    expect([...loads.keys()].map((el) => el.localName).sort()).to.deep.equal([...WIDGETS].sort());
    for (const event of loads.values()) expect(event.detail.url).to.include(source.key);
    expect((await source.hits()).count).to.equal(1);
    expect(text(part(provider.querySelector('hms-mission')!, 'statement'))).to.equal(sample.mission.statement);
    await expect(provider).to.be.accessible();
  });

  it('changing the provider\'s src reaches every widget inside', async () => {
    const first = scenario('ok');
    const second = scenario('ok:bad-items');
    const { provider } = await pageOfFive(first.url);
    const reloaded = Promise.all(WIDGETS.map((tag) => nextEvent<{ url: string }>(provider.querySelector(tag)!, 'hms-load')));
    provider.src = second.url;
    const events = await reloaded;
    for (const event of events) expect(event.detail.url).to.include(second.key);
    expect((await second.hits()).count).to.equal(1);
  });

  it('a widget\'s own src still wins over the provider', async () => {
    const provided = scenario('ok');
    const own = scenario('ok:bad-items');
    const el = await fixture<HmsCatalog>(html`<hms-catalog src=${provided.url}><hms-divisions src=${own.url}></hms-divisions></hms-catalog>`);
    const event = await nextEvent<{ url: string }>(el.querySelector('hms-divisions')!, 'hms-load');
    expect(event.detail.url).to.include(own.key);
    expect((await provided.hits()).count).to.equal(0);
  });

  it('inline JSON in the provider is parsed once and shared, with no request', async () => {
    const before = performance.getEntriesByType('resource').length;
    const inline = JSON.stringify(sample);
    const el = await fixture<HmsCatalog>(html`<hms-catalog>
      <script type="application/json">${inline}</script>
      <hms-mission variant="quote"></hms-mission>
      <hms-divisions></hms-divisions>
    </hms-catalog>`);
    const mission = el.querySelector('hms-mission')!;
    await whenShown(mission);
    await mission.updateComplete;
    expect(text(part(mission, 'statement'))).to.equal(sample.mission.statement);
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('gives its locale to the widgets inside, and a widget\'s own locale wins', async () => {
    const el = await fixture<HmsCatalog>(html`<hms-catalog src="/demo/catalog.json" locale="ar">
      <hms-divisions></hms-divisions>
      <hms-divisions locale="en"></hms-divisions>
    </hms-catalog>`);
    const [inherited, own] = [...el.querySelectorAll('hms-divisions')];
    await Promise.all([inherited, own].map((w) => (part(w, 'divisions') ? null : nextEvent(w, 'hms-load'))));
    await inherited.updateComplete;
    expect(inherited.getAttribute('dir')).to.equal('rtl');
    expect(own.getAttribute('dir')).to.equal('ltr');
  });

  it('a widget connected before its provider is defined gets the provider\'s catalog once the provider upgrades', async () => {
    // A page whose script defines <hms-catalog> after the widgets have connected: their requests
    // for the provider came too early and are replayed when it appears.
    const tag = `late-catalog-${Math.random().toString(36).slice(2, 8)}`;
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = `<${tag} src="/demo/catalog.json"><hms-divisions></hms-divisions></${tag}>`;
    const widget = holder.querySelector('hms-divisions')!;
    await widget.updateComplete;
    // Skeletons draw the widget's own parts: no catalog means the skeleton or the error box.
    expect(widget.shadowRoot!.querySelector('[part~="skeleton"], [part~="error"]'), 'no catalog before the provider exists').to.not.equal(null);
    const loaded = nextEvent(widget, 'hms-load');
    customElements.define(tag, class extends HmsCatalog {});
    await loaded;
    expect(part(widget, 'divisions')).to.exist;
    expect(part(widget, 'skeleton')).to.equal(null);
  });

  it('widgets that come and go on a page without a provider are not kept waiting for one', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 300; i += 1) {
      const widget = document.createElement('hms-mission');
      holder.append(widget);
      widget.remove();
    }
    // 300 widgets asked for a provider and left; a root that never forgets keeps all 300.
    expect(keptContextRequests()).to.be.below(100);
  });

  it('a burst of widgets that leaves the page is forgotten once the page is idle', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 100; i += 1) holder.append(document.createElement('hms-mission'));
    expect(keptContextRequests()).to.be.at.least(100);
    holder.remove();
    await waitUntil(() => keptContextRequests() < 10, 'the requests of the 100 widgets that left are still kept', { timeout: 5000 });
  });

  it('a widget that left while waiting for its provider, and came back, still gets it', async () => {
    const tag = `late-catalog-${Math.random().toString(36).slice(2, 8)}`;
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = `<${tag} src="/demo/catalog.json"><hms-divisions></hms-divisions></${tag}>`;
    const provider = holder.firstElementChild!;
    const widget = provider.querySelector('hms-divisions')!;
    await widget.updateComplete;
    provider.remove();
    // Enough widgets come and go for the root to drop the requests of elements out of the page.
    for (let i = 0; i < 80; i += 1) {
      const other = document.createElement('hms-mission');
      holder.append(other);
      other.remove();
    }
    holder.append(provider);
    const loaded = nextEvent(widget, 'hms-load');
    customElements.define(tag, class extends HmsCatalog {});
    await loaded;
    expect(part(widget, 'divisions')).to.exist;
    expect(part(widget, 'skeleton')).to.equal(null);
  });
});
