import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/mission/mission.js';
import type { HmsMission } from '../../src/components/mission/mission.component.js';
import { configureCatalogLoader, resetCatalogLoader } from '../../src/catalog/loader.js';
import { en } from '../../src/i18n/messages.js';
import { capturingWarnings, nextEvent, part, parts, sampleCatalog, type SampleCatalog, scenario, settledFixture, text, whenFound, whenShown } from '../helpers.js';

describe('<hms-mission>', () => {
  let sample: SampleCatalog;
  before(async () => {
    sample = await sampleCatalog();
    configureCatalogLoader({ retryDelay: 5 });
  });
  after(() => resetCatalogLoader());

  describe('renders the mission block from a catalog served over HTTP', () => {
    it('full: the quotation with its attribution, the facts and the three divisions with links', async () => {
      const { el, event } = await settledFixture<HmsMission>(html`<hms-mission src="/demo/catalog.json"></hms-mission>`);
      expect(event.type).to.equal('hms-load');
      expect(text(part(el, 'statement'))).to.equal(sample.mission.statement);
      expect(text(part(el, 'attribution-name'))).to.equal(sample.mission.attribution.name);
      expect(text(part(el, 'attribution-title'))).to.equal(sample.mission.attribution.title);
      expect(part(el, 'statement')!.tagName).to.equal('BLOCKQUOTE');

      const facts = parts(el, 'fact');
      expect(facts.map((f) => text(f.querySelector('[part=fact-value]')))).to.deep.equal(sample.organization.facts.map((f) => f.value));
      expect(facts.map((f) => text(f.querySelector('[part=fact-label]')))).to.deep.equal(sample.organization.facts.map((f) => f.label));

      const divisions = parts(el, 'division');
      expect(divisions).to.have.length(sample.divisions.length);
      divisions.forEach((division, i) => {
        const expected = sample.divisions[i];
        const link = division.querySelector<HTMLAnchorElement>('[part=division-link]')!;
        expect(text(link)).to.equal(expected.name);
        expect(link.href).to.equal(expected.url);
        expect(text(division.querySelector('[part=division-summary]'))).to.equal(expected.summary);
        expect([...division.querySelectorAll('[part=offering]')].map(text)).to.deep.equal(expected.offerings);
        const heading = division.querySelector('[part=division-name]')!;
        expect(heading.getAttribute('role')).to.equal('heading');
        expect(heading.getAttribute('aria-level')).to.equal('3');
      });
      await expect(el).to.be.accessible();
    });

    it('quote: only the statement and its attribution', async () => {
      const { el } = await settledFixture<HmsMission>(html`<hms-mission variant="quote" src="/demo/catalog.json"></hms-mission>`);
      expect(text(part(el, 'statement'))).to.equal(sample.mission.statement);
      expect(text(part(el, 'attribution-name'))).to.equal(sample.mission.attribution.name);
      expect(part(el, 'facts')).to.equal(null);
      expect(part(el, 'divisions')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('compact: the organization, its facts and a link to each division, without the quote or summaries', async () => {
      const { el } = await settledFixture<HmsMission>(html`<hms-mission variant="compact" src="/demo/catalog.json"></hms-mission>`);
      expect(text(part(el, 'organization'))).to.equal(sample.organization.name);
      expect(parts(el, 'fact')).to.have.length(sample.organization.facts.length);
      expect(parts(el, 'division-link').map((a) => (a as HTMLAnchorElement).href)).to.deep.equal(sample.divisions.map((d) => d.url));
      expect(part(el, 'statement')).to.equal(null);
      expect(part(el, 'division-summary')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('heading-level sets the level of the division headings', async () => {
      const { el } = await settledFixture<HmsMission>(html`<hms-mission heading-level="2" src="/demo/catalog.json"></hms-mission>`);
      expect(parts(el, 'division-name').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['2', '2', '2']);
    });

    it('an unknown variant warns and shows the full block', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const { el } = await settledFixture<HmsMission>(html`<hms-mission variant="huge" src="/demo/catalog.json"></hms-mission>`);
        expect(part(el, 'divisions')).to.exist;
        expect(warnings.some((args) => String(args[0]).includes('variant="huge"'))).to.equal(true);
      } finally {
        console.warn = original;
      }
    });

    it('fires hms-load with the counts of the catalog', async () => {
      const { event } = await settledFixture<HmsMission>(html`<hms-mission src="/demo/catalog.json"></hms-mission>`);
      expect(event.detail.counts).to.deep.equal({
        divisions: sample.divisions.length,
        courses: sample.courses.length,
        programs: sample.programs.length,
        posts: sample.posts.length,
      });
      expect(event.detail.url).to.equal(new URL('/demo/catalog.json', location.href).href);
      expect(event.composed && event.bubbles).to.equal(true);
    });
  });

  describe('finds its catalog in the documented order', () => {
    it('the catalog property wins over src', async () => {
      const custom = { ...sample, mission: { statement: 'From the property.', attribution: { name: 'Property Author' } } };
      const { el } = await settledFixture<HmsMission>(html`<hms-mission .catalog=${custom} src="/demo/catalog.json"></hms-mission>`);
      expect(text(part(el, 'statement'))).to.equal('From the property.');
    });

    it('an inline <script type="application/json"> child is used without any request', async () => {
      const inline = JSON.stringify({ version: 1, mission: { statement: 'Inline mission.', attribution: { name: 'Inline Author' } } });
      const { el } = await settledFixture<HmsMission>(
        html`<hms-mission variant="quote"><script type="application/json">${inline}</script></hms-mission>`,
      );
      expect(text(part(el, 'statement'))).to.equal('Inline mission.');
    });

    it('<meta name="hms-catalog"> in the page is the default source', async () => {
      const source = scenario('ok');
      const meta = Object.assign(document.createElement('meta'), { name: 'hms-catalog', content: source.url });
      document.head.append(meta);
      try {
        const { el } = await settledFixture<HmsMission>(html`<hms-mission variant="quote"></hms-mission>`);
        expect(text(part(el, 'statement'))).to.equal(sample.mission.statement);
        expect((await source.hits()).count).to.equal(1);
      } finally {
        meta.remove();
      }
    });

    it('with no source at all, says what to set and stays accessible', async () => {
      const { el, event } = await settledFixture<HmsMission>(html`<hms-mission></hms-mission>`);
      expect(event.type).to.equal('hms-error');
      expect(event.detail.error.kind).to.equal('no-source');
      expect(text(part(el, 'error-message'))).to.equal(en.errorNoSource);
      expect(text(part(el, 'error-help'))).to.equal(en.errorNoSourceHow);
      await expect(el).to.be.accessible();
    });
  });

  describe('shows a human message on failure, and Retry recovers', () => {
    const cases: [string, string, string][] = [
      ['not found', '404,ok', en.errorNotFound],
      ['server error', '500,500,500,ok', en.errorServer(500)],
      ['invalid JSON', 'invalid,ok', en.errorNotJson],
      ['a web page instead of JSON', 'html,ok', en.errorHtml],
      ['not a catalog', 'ok:not-a-catalog,ok', en.errorSchema('This document has no "version" field, so it is not an HMS catalog.')],
    ];
    for (const [name, plan, message] of cases) {
      it(`${name}: shows its message, then Retry loads the catalog`, async () => {
        const source = scenario(plan);
        const { el, event } = await settledFixture<HmsMission>(html`<hms-mission variant="quote" src=${source.url}></hms-mission>`);
        expect(event.type).to.equal('hms-error');
        expect(text(part(el, 'error-message'))).to.equal(message);
        expect(event.detail.message).to.equal(message);
        await whenFound(el.shadowRoot!, () => text(part(el, 'announcement')) === message); // written just after the error shows
        await expect(el).to.be.accessible();

        const loaded = nextEvent(el, 'hms-load');
        part<HTMLButtonElement>(el, 'retry')!.click();
        await loaded;
        await el.updateComplete;
        expect(part(el, 'error')).to.equal(null);
        expect(text(part(el, 'statement'))).to.equal(sample.mission.statement);
        const hits = await source.hits();
        expect(hits.count).to.equal(plan.split(',').length);
      });
    }

    it('Retry is reachable and works from the keyboard', async () => {
      const source = scenario('404,ok');
      const { el } = await settledFixture<HmsMission>(html`<hms-mission variant="quote" src=${source.url}></hms-mission>`);
      const retry = part<HTMLButtonElement>(el, 'retry')!;
      expect(retry.tagName).to.equal('BUTTON');
      retry.focus();
      expect(el.shadowRoot!.activeElement).to.equal(retry);
      const loaded = nextEvent(el, 'hms-load');
      retry.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      retry.click(); // a native <button> turns Enter and Space into click; this is that click
      await loaded;
      expect(part(el, 'statement')).to.exist;
    });
  });

  describe('never renders catalog text as HTML', () => {
    it('markup in catalog strings shows as text and no script runs', async () => {
      const payload = '<img src=x onerror="window.__hmsInjected = true">';
      const hostile = {
        version: 1,
        organization: { name: payload, facts: [{ value: payload, label: '<script>window.__hmsInjected = true</script>' }] },
        mission: { statement: payload, attribution: { name: payload, title: payload } },
        divisions: [{ id: 'global-academy', name: payload, summary: payload, url: 'javascript:window.__hmsInjected = true', offerings: [payload] }],
      };
      const { result, warnings } = await capturingWarnings(() => settledFixture<HmsMission>(html`<hms-mission .catalog=${hostile}></hms-mission>`));
      const { el } = result;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(warnings.join('\n'), 'the dropped link is reported').to.include('$.divisions[0].url');
      expect(text(part(el, 'statement'))).to.equal(payload);
      expect(text(part(el, 'division-name'))).to.equal(payload);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(part(el, 'division-link'), 'a javascript: link is dropped').to.equal(null);
      expect((window as unknown as { __hmsInjected?: boolean }).__hmsInjected).to.equal(undefined);
    });
  });

  describe('reserves its space while loading', () => {
    it('shows an accessible skeleton close to the final height, and announces loading', async () => {
      const source = scenario('ok@400');
      const wrapper = await fixture<HTMLElement>(html`<div class="fixed-width"><hms-mission src=${source.url}></hms-mission></div>`);
      wrapper.style.width = '900px';
      const el = wrapper.querySelector('hms-mission')!;
      await el.updateComplete;
      expect(part(el, 'skeleton')).to.exist;
      expect(text(part(el, 'announcement')), 'the live region is empty when it is created').to.equal('');
      await whenFound(el.shadowRoot!, () => text(part(el, 'announcement')) === en.loading);
      await expect(el).to.be.accessible();
      const before = el.getBoundingClientRect().height;
      await nextEvent(el, 'hms-load');
      const after = el.getBoundingClientRect().height;
      expect(before).to.be.greaterThan(0);
      expect(Math.abs(after - before) / after, `skeleton ${before}px, content ${after}px`).to.be.lessThan(0.2);
    });
  });
});

describe('<hms-mission> theming', () => {
  it('reads --hms-* tokens set by the host page, and falls back to its defaults', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <hms-mission variant="compact" src="/demo/catalog.json"></hms-mission>
      <hms-mission
        class="themed"
        variant="compact"
        src="/demo/catalog.json"
        style="--hms-color-primary: rgb(0, 102, 51); --hms-font-family: monospace"
      ></hms-mission>
    </div>`);
    const [plain, themed] = [...wrapper.querySelectorAll('hms-mission')];
    // Skeletons draw the same parts: wait until both show the catalog.
    await Promise.all([plain, themed].map((w) => whenShown(w)));
    const color = (el: Element, name: string) => getComputedStyle(part(el, name)!).color;
    expect(color(themed, 'fact-value')).to.equal('rgb(0, 102, 51)');
    expect(color(themed, 'division-link')).to.equal('rgb(0, 102, 51)');
    expect(color(plain, 'fact-value')).to.equal('rgb(165, 28, 48)');
    expect(getComputedStyle(themed).fontFamily).to.equal('monospace');
  });
});
