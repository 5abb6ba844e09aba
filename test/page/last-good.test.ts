// Issue 17: the last good catalog per URL, kept in Cache Storage. A "repeat visit" is a widget
// mounted after the page's in-memory store was cleared (catalogStore.clear()), as a new page starts;
// the Cache Storage copy is what a new page would find. The test server holds a response (`held`)
// until the test releases it, to prove a paint came from the stored copy and not from the network.
import { expect, fixture, html } from '@open-wc/testing';
import { forgetLastGood, LAST_GOOD_CACHE, saveLastGood } from '../../src/catalog/last-good.js';
import { catalogStore, configureCatalogLoader, resetCatalogLoader } from '../../src/catalog/loader.js';
import '../../src/define.js';
import { en } from '../../src/i18n/messages.js';
import type { HmsMission } from '../../src/index.js';
import { part, sampleCatalog, scenario, settledFixture, text, whenFound, whenShown, type Scenario } from '../helpers.js';

const absolute = (url: string) => new URL(url, location.href).href;

/** The stored entry of `url`, as Cache Storage holds it. */
async function storedEntry(url: string): Promise<{ mark: string | null; savedAt: number; text: string } | undefined> {
  const response = await (await caches.open(LAST_GOOD_CACHE)).match(absolute(url));
  if (!response) return undefined;
  return { mark: response.headers.get('X-Hms-Widgets-Last-Good'), savedAt: Number(response.headers.get('X-Hms-Saved-At')), text: await response.text() };
}

/** Resolves once `check()` resolves truthy, asking again every 20 ms (the test's timeout is the only bound). */
async function until<T>(check: () => Promise<T | undefined | false>): Promise<T> {
  for (;;) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const statement = (el: Element) => text(part(el, 'statement'));
const release = (source: Scenario) => fetch(`/api/release/${source.key}`);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A catalog as the sample, with another mission statement: the version a visitor saw last month. */
async function lastMonths(): Promise<string> {
  const sample = await sampleCatalog();
  return JSON.stringify({ ...sample, mission: { ...sample.mission, statement: 'The statement as it read last month.' } });
}

describe('the last good catalog: kept in the browser, shown at once, through an outage', () => {
  let sampleText: string;
  let sampleStatement: string;
  before(async () => {
    sampleText = await (await fetch('/demo/catalog.json')).text();
    sampleStatement = (await sampleCatalog()).mission.statement;
  });
  // Each case starts as a new page would: nothing in memory, nothing stored.
  beforeEach(async () => {
    catalogStore.clear();
    await forgetLastGood();
  });
  afterEach(async () => {
    resetCatalogLoader();
    catalogStore.clear();
    await forgetLastGood();
  });

  it('a repeat visit paints from the stored copy before the network answers, and the server is still asked', async () => {
    const source = scenario('ok,held');
    try {
      const first = await settledFixture<HmsMission>(html`<hms-mission src=${source.url}></hms-mission>`);
      const entry = await until(() => storedEntry(source.url));
      expect(entry.text, 'the catalog is kept as its server sent it').to.equal(sampleText);
      first.el.remove();
      catalogStore.clear();

      const el = await fixture<HmsMission>(html`<hms-mission src=${source.url}></hms-mission>`);
      await whenShown(el);
      expect(statement(el)).to.equal(sampleStatement);
      expect(part(el, 'last-good-note'), 'no note while the server may still answer').to.equal(null);
      const hits = await until(async () => {
        const seen = await source.hits();
        return seen.count === 2 && seen;
      });
      expect(hits.finished, 'the second answer is still held by the server').to.equal(1);
      await expect(el).to.be.accessible();
    } finally {
      await release(source);
    }
  });

  it('a copy the server confirms is not written again for a day; an older one gets a new date', async () => {
    /** Plants a stored copy of the sample at `url`, saved `ageMs` ago, as an earlier visit left it. */
    const plant = async (url: string, ageMs: number) => {
      const headers = { 'Content-Type': 'application/json', 'X-Hms-Widgets-Last-Good': '1', 'X-Hms-Saved-At': String(Date.now() - ageMs), 'X-Hms-Base-Url': absolute(url) };
      await (await caches.open(LAST_GOOD_CACHE)).put(absolute(url), new Response(sampleText, { headers }));
      return (await storedEntry(url))!.savedAt;
    };
    const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
    const recent = scenario('ok');
    const old = scenario('ok');
    const recentSaved = await plant(recent.url, 3_600_000);
    const oldSaved = await plant(old.url, 2 * 86_400_000);

    await settledFixture<HmsMission>(html`<hms-mission src=${old.url}></hms-mission>`);
    const renewed = await until(async () => {
      const entry = await storedEntry(old.url);
      return entry && entry.savedAt > oldSaved && entry;
    });
    expect(renewed.text).to.equal(sampleText);

    await settledFixture<HmsMission>(html`<hms-mission src=${recent.url}></hms-mission>`);
    expect((await recent.hits()).count, 'the server was asked').to.equal(1);
    // The save, had it been scheduled, runs in the first idle period after the load.
    for (let i = 0; i < 3; i += 1) await idle();
    expect((await storedEntry(recent.url))!.savedAt, 'the hour-old copy was not rewritten').to.equal(recentSaved);
  });

  it('an outage after one good visit shows the stored copy with a quiet "Updated on" note, not an error', async () => {
    configureCatalogLoader({ retries: 0 });
    const source = scenario('ok,503');
    const first = await settledFixture<HmsMission>(html`<hms-mission src=${source.url}></hms-mission>`);
    const entry = await until(() => storedEntry(source.url));
    first.el.remove();
    catalogStore.clear();

    const errors: Event[] = [];
    const onError = (event: Event) => errors.push(event);
    document.addEventListener('hms-error', onError);
    try {
      const el = await fixture<HmsMission>(html`<hms-mission src=${source.url}></hms-mission>`);
      const note = await whenFound(el.shadowRoot!, () => part(el, 'last-good-note'));
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(entry.savedAt);
      expect(text(note)).to.equal(en.lastGoodNote(date));
      expect(statement(el)).to.equal(sampleStatement);
      expect(part(el, 'error'), 'no error box').to.equal(null);
      expect(errors, 'no hms-error').to.deep.equal([]);
      expect((await source.hits()).count).to.equal(2);
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('hms-error', onError);
    }
  });

  it('the note is in the widget\'s language', async () => {
    configureCatalogLoader({ retries: 0 });
    const source = scenario('503');
    await saveLastGood(absolute(source.url), sampleText, absolute(source.url));
    const el = await fixture<HmsMission>(html`<hms-mission locale="es" src=${source.url}></hms-mission>`);
    const note = await whenFound(el.shadowRoot!, () => part(el, 'last-good-note'));
    expect(text(note)).to.match(/^Actualizado el /);
  });

  it('a changed catalog replaces the stored copy in every widget at once, never two versions side by side', async () => {
    const source = scenario('held');
    try {
      await saveLastGood(absolute(source.url), await lastMonths(), absolute(source.url));
      const stage = await fixture<HTMLElement>(html`<div>
        <hms-mission src=${source.url} variant="quote"></hms-mission>
        <hms-mission src=${source.url} variant="full"></hms-mission>
      </div>`);
      const widgets = [...stage.querySelectorAll<HmsMission>('hms-mission')];
      for (const el of widgets) await whenShown(el);
      expect(widgets.map(statement)).to.deep.equal(['The statement as it read last month.', 'The statement as it read last month.']);

      // Every frame until both show the new version: the two always show the same one.
      const mixed: string[][] = [];
      const watched = (async () => {
        for (;;) {
          await frame();
          const shown = widgets.map(statement);
          if (shown[0] !== shown[1]) mixed.push(shown);
          if (shown.every((s) => s === sampleStatement)) return;
        }
      })();
      await release(source);
      await watched;
      expect(mixed).to.deep.equal([]);
      const entry = await until(async () => {
        const stored = await storedEntry(source.url);
        return stored?.text === sampleText && stored;
      });
      expect(entry.mark).to.equal('1');
    } finally {
      await release(source);
    }
  });

  it('cache="none" stores nothing, and shows no stored copy', async () => {
    const none = scenario('ok');
    const control = scenario('ok');
    await settledFixture(html`<hms-mission cache="none" src=${none.url}></hms-mission>`);
    await settledFixture(html`<hms-mission src=${control.url}></hms-mission>`);
    // Copies are written in the order the loads ended: once the control's is there, the other would be.
    await until(() => storedEntry(control.url));
    expect(await storedEntry(none.url), 'nothing stored for the widget with cache="none"').to.equal(undefined);

    const held = scenario('held');
    try {
      await saveLastGood(absolute(held.url), await lastMonths(), absolute(held.url));
      const stage = await fixture<HTMLElement>(html`<div>
        <hms-mission cache="none" src=${held.url}></hms-mission>
        <hms-mission src=${held.url}></hms-mission>
      </div>`);
      const [off, on] = stage.querySelectorAll<HmsMission>('hms-mission');
      await whenShown(on);
      expect(statement(on)).to.equal('The statement as it read last month.');
      expect(part(off, 'skeleton'), 'cache="none" waits for the server').to.not.equal(null);
      await release(held);
      await whenShown(off);
      expect(statement(off)).to.equal(sampleStatement);
    } finally {
      await release(held);
    }
  });

  it('configureCatalogLoader({ cache: "none" }) turns it off for the page; a widget\'s cache="last-good" still keeps it', async () => {
    configureCatalogLoader({ cache: 'none' });
    const held = scenario('held');
    try {
      await saveLastGood(absolute(held.url), await lastMonths(), absolute(held.url));
      const stage = await fixture<HTMLElement>(html`<div>
        <hms-mission src=${held.url}></hms-mission>
        <hms-mission cache="last-good" src=${held.url}></hms-mission>
      </div>`);
      const [off, on] = stage.querySelectorAll<HmsMission>('hms-mission');
      await whenShown(on);
      expect(statement(on)).to.equal('The statement as it read last month.');
      expect(part(off, 'skeleton')).to.not.equal(null);
    } finally {
      await release(held);
    }
  });

  const BAD_ENTRIES: { what: string; body: () => Promise<string>; headers: () => Record<string, string> }[] = [
    { what: 'an entry of another script (not marked as ours)', body: lastMonths, headers: () => ({ 'Content-Type': 'application/json' }) },
    { what: 'an entry of another format version', body: lastMonths, headers: () => ({ 'X-Hms-Widgets-Last-Good': '2', 'X-Hms-Saved-At': String(Date.now()), 'X-Hms-Base-Url': location.href }) },
    { what: 'a copy older than 30 days', body: lastMonths, headers: () => ({ 'X-Hms-Widgets-Last-Good': '1', 'X-Hms-Saved-At': String(Date.now() - 31 * 86_400_000), 'X-Hms-Base-Url': location.href }) },
    { what: 'a damaged copy (cut JSON)', body: async () => (await lastMonths()).slice(0, 500), headers: () => ({ 'X-Hms-Widgets-Last-Good': '1', 'X-Hms-Saved-At': String(Date.now()), 'X-Hms-Base-Url': location.href }) },
    { what: 'a copy that is not a catalog', body: async () => '{"hello": "world"}', headers: () => ({ 'X-Hms-Widgets-Last-Good': '1', 'X-Hms-Saved-At': String(Date.now()), 'X-Hms-Base-Url': location.href }) },
  ];
  for (const bad of BAD_ENTRIES) {
    it(`${bad.what} is ignored and replaced, never shown`, async () => {
      const held = scenario('held');
      try {
        const cache = await caches.open(LAST_GOOD_CACHE);
        await cache.put(absolute(held.url), new Response(await bad.body(), { headers: bad.headers() }));
        const el = await fixture<HmsMission>(html`<hms-mission src=${held.url}></hms-mission>`);
        // The widget read the entry and threw it away.
        await until(async () => !(await cache.match(absolute(held.url))));
        await frame();
        expect(part(el, 'skeleton'), 'still waiting for the server').to.not.equal(null);
        await release(held);
        await whenShown(el);
        expect(statement(el)).to.equal(sampleStatement);
        const entry = await until(() => storedEntry(held.url));
        expect(entry.mark).to.equal('1');
        expect(entry.text).to.equal(sampleText);
      } finally {
        await release(held);
      }
    });
  }
});
