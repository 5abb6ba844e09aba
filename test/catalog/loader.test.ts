import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/mission/mission.js';
import type { HmsMission } from '../../src/components/mission/mission.component.js';
import {
  CatalogHttpError,
  CatalogNetworkError,
  CatalogParseError,
  CatalogSchemaError,
  CatalogTimeoutError,
  isAbortError,
} from '../../src/catalog/errors.js';
import { catalogStore, configureCatalogLoader, resetCatalogLoader } from '../../src/catalog/loader.js';
import { loadsOf, nextEvent, part, sampleCatalog, type SampleCatalog, scenario, settledFixture, text, type Scenario } from '../helpers.js';

/** Polls the server's record of a scenario until `check` holds (the server sees a close a moment later). */
async function until(source: Scenario, check: (hits: Awaited<ReturnType<Scenario['hits']>>) => boolean) {
  for (let i = 0; i < 100; i += 1) {
    const hits = await source.hits();
    if (check(hits)) return hits;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return source.hits();
}

async function failure(url: string): Promise<unknown> {
  try {
    await catalogStore.load(url);
  } catch (error) {
    return error;
  }
  throw new Error(`${url} loaded`);
}

describe('the catalog loader', () => {
  let sample: SampleCatalog;
  before(async () => {
    sample = await sampleCatalog();
  });
  beforeEach(() => configureCatalogLoader({ retryDelay: 5, timeout: 10_000 }));
  after(() => resetCatalogLoader());

  describe('shares one request per URL on a page', () => {
    it('five widgets with the same source make exactly one request', async () => {
      const source = scenario('ok@100');
      const loaded = loadsOf(5);
      const container = await fixture<HTMLElement>(html`<div>
        ${[1, 2, 3, 4, 5].map(() => html`<hms-mission variant="quote" src=${source.url}></hms-mission>`)}
      </div>`);
      const widgets = [...container.querySelectorAll('hms-mission')];
      await loaded;
      for (const widget of widgets) expect(text(part(widget, 'statement'))).to.equal(sample.mission.statement);
      expect((await source.hits()).count).to.equal(1);
    });

    it('a widget that connects later gets the cached result at once, without a request', async () => {
      const source = scenario('ok');
      await settledFixture(html`<hms-mission variant="quote" src=${source.url}></hms-mission>`);
      // Later: in a task of its own (widgets ready in the same task render one per task, issue 17).
      await new Promise((resolve) => setTimeout(resolve, 0));
      const late = await fixture<HmsMission>(html`<hms-mission variant="quote" src=${source.url}></hms-mission>`);
      await late.updateComplete;
      await late.updateComplete;
      expect(part(late, 'skeleton')).to.equal(null);
      expect(text(part(late, 'statement'))).to.equal(sample.mission.statement);
      expect((await source.hits()).count).to.equal(1);
    });

    it('refresh() asks the server again', async () => {
      const source = scenario('ok');
      const { el } = await settledFixture<HmsMission>(html`<hms-mission variant="quote" src=${source.url}></hms-mission>`);
      await el.refresh();
      expect((await source.hits()).count).to.equal(2);
      expect(text(part(el, 'statement'))).to.equal(sample.mission.statement);
    });
  });

  describe('aborts what is no longer needed, and the newest source wins', () => {
    it('changing src aborts the request in flight and shows the new source', async () => {
      const slow = scenario('ok@2000');
      const quick = scenario('ok:bad-items');
      const el = await fixture<HmsMission>(html`<hms-mission variant="compact" src=${slow.url}></hms-mission>`);
      await until(slow, (h) => h.count === 1);
      const loaded = nextEvent(el, 'hms-load');
      el.src = quick.url;
      const event = await loaded;
      expect(event.detail).to.have.property('url').that.includes(quick.key);
      expect((await until(slow, (h) => h.aborted === 1)).aborted).to.equal(1);
      // The bad-items fixture has one division and no organization; the sample has three.
      expect(el.shadowRoot!.querySelectorAll('[part=division]')).to.have.length(1);
    });

    it('a later source wins even when the earlier one answers last', async () => {
      const first = scenario('ok@600');
      const second = scenario('ok:bad-items@50');
      const el = await fixture<HmsMission>(html`<hms-mission variant="compact" src=${first.url}></hms-mission>`);
      el.src = second.url;
      await nextEvent(el, 'hms-load');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(el.shadowRoot!.querySelectorAll('[part=division]')).to.have.length(1);
    });

    it('a request another widget still waits for is not aborted', async () => {
      const shared = scenario('ok@400');
      const other = scenario('ok:bad-items');
      const container = await fixture<HTMLElement>(html`<div>
        <hms-mission variant="quote" src=${shared.url}></hms-mission>
        <hms-mission variant="quote" src=${shared.url}></hms-mission>
      </div>`);
      const [a, b] = [...container.querySelectorAll('hms-mission')];
      const bLoaded = nextEvent(b, 'hms-load');
      a.src = other.url;
      await bLoaded;
      expect(text(part(b, 'statement'))).to.equal(sample.mission.statement);
      const hits = await until(shared, (h) => h.finished === 1);
      expect(hits).to.deep.include({ count: 1, aborted: 0, finished: 1 });
    });

    it('a widget removed from the page aborts its request', async () => {
      const source = scenario('hang');
      const el = await fixture<HmsMission>(html`<hms-mission src=${source.url}></hms-mission>`);
      await until(source, (h) => h.count === 1);
      el.remove();
      expect((await until(source, (h) => h.aborted === 1)).aborted).to.equal(1);
    });

    it('a widget moved in the page keeps its request', async () => {
      const source = scenario('ok@200');
      const el = await fixture<HmsMission>(html`<hms-mission variant="quote" src=${source.url}></hms-mission>`);
      const loaded = nextEvent(el, 'hms-load');
      document.body.append(el);
      await loaded;
      expect(await source.hits()).to.deep.include({ count: 1, aborted: 0 });
      el.remove();
    });
  });

  describe('retries network errors, 5xx and 429 with backoff, at most twice', () => {
    it('recovers from two server errors', async () => {
      const source = scenario('500,503,ok');
      const loaded = await catalogStore.load(source.url);
      expect(loaded.catalog.mission?.statement).to.equal(sample.mission.statement);
      expect((await source.hits()).count).to.equal(3);
    });

    it('gives up after the third server error', async () => {
      const source = scenario('500,500,500,ok');
      const error = await failure(source.url);
      expect(error).to.be.instanceOf(CatalogHttpError);
      expect((error as CatalogHttpError).status).to.equal(500);
      expect((await source.hits()).count).to.equal(3);
    });

    it('never retries other 4xx answers', async () => {
      for (const status of [400, 403, 404]) {
        const source = scenario(`${status},ok`);
        const error = await failure(source.url);
        expect((error as CatalogHttpError).status).to.equal(status);
        expect((await source.hits()).count, String(status)).to.equal(1);
      }
    });

    it('waits longer before each retry', async () => {
      configureCatalogLoader({ retryDelay: 200 });
      const source = scenario('503,503,ok');
      await catalogStore.load(source.url);
      const [first, second, third] = (await source.hits()).times;
      // jitter keeps each wait between half and all of 200 ms, then of 400 ms
      expect(second - first).to.be.at.least(90);
      expect(third - second).to.be.at.least(190);
    });

    it('honours Retry-After on a 429', async () => {
      const source = scenario('429r1,ok');
      await catalogStore.load(source.url);
      const { times, count } = await source.hits();
      expect(count).to.equal(2);
      expect(times[1] - times[0]).to.be.at.least(950);
    });

    it('does not wait for a Retry-After longer than the longest retry delay', async () => {
      configureCatalogLoader({ maxRetryDelay: 2000 });
      const source = scenario('429r30,ok');
      const error = await failure(source.url);
      expect((error as CatalogHttpError).retryAfter).to.equal(30);
      expect((await source.hits()).count).to.equal(1);
    });

    it('retries a network error, then reports it as such', async () => {
      // Nothing listens on port 9 (discard) here: the connection is refused.
      const error = await failure('http://127.0.0.1:9/catalog.json');
      expect(error).to.be.instanceOf(CatalogNetworkError);
    });
  });

  describe('times out, and reports every failure as a typed error', () => {
    it('a hanging server times out and is not retried', async () => {
      configureCatalogLoader({ timeout: 300 });
      const source = scenario('hang');
      const error = await failure(source.url);
      expect(error).to.be.instanceOf(CatalogTimeoutError);
      expect((error as CatalogTimeoutError).timeout).to.equal(300);
      expect((await until(source, (h) => h.aborted === 1)).count).to.equal(1);
    });

    it('a slow body that arrives within the timeout loads', async () => {
      configureCatalogLoader({ timeout: 3000 });
      const source = scenario('slow400');
      const loaded = await catalogStore.load(source.url);
      expect(loaded.catalog.courses).to.have.length(sample.courses.length);
    });

    it('a slow body that outlasts the timeout times out', async () => {
      configureCatalogLoader({ timeout: 200 });
      const source = scenario('slow1500');
      expect(await failure(source.url)).to.be.instanceOf(CatalogTimeoutError);
    });

    const parseCases: [string, string][] = [
      ['invalid', 'invalid-json'],
      ['html', 'html'],
      ['empty', 'empty'],
    ];
    for (const [step, problem] of parseCases) {
      it(`a body that is ${problem} is a CatalogParseError, not retried`, async () => {
        const source = scenario(`${step},ok`);
        const error = await failure(source.url);
        expect(error).to.be.instanceOf(CatalogParseError);
        expect((error as CatalogParseError).problem).to.equal(problem);
        expect((await source.hits()).count).to.equal(1);
      });
    }

    it('JSON that is not a catalog is a CatalogSchemaError', async () => {
      const source = scenario('ok:not-a-catalog');
      expect(await failure(source.url)).to.be.instanceOf(CatalogSchemaError);
    });

    it('a load whose signal aborts rejects with an AbortError', async () => {
      const source = scenario('hang');
      const controller = new AbortController();
      const pending = catalogStore.load(source.url, controller.signal);
      controller.abort();
      let caught: unknown;
      await pending.catch((error) => (caught = error));
      expect(isAbortError(caught)).to.equal(true);
    });
  });

  describe('reports dropped items once', () => {
    it('one console.warn and one hms-catalog-issues event for two widgets on one document', async () => {
      const source = scenario('ok:bad-items');
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(String(message));
      const events: CustomEvent[] = [];
      const onIssues = (event: Event) => events.push(event as CustomEvent);
      document.addEventListener('hms-catalog-issues', onIssues);
      try {
        const loaded = loadsOf(2);
        await fixture<HTMLElement>(html`<div>
          <hms-mission src=${source.url}></hms-mission>
          <hms-mission src=${source.url}></hms-mission>
        </div>`);
        await loaded;
        await new Promise((resolve) => setTimeout(resolve, 20));
      } finally {
        console.warn = original;
        document.removeEventListener('hms-catalog-issues', onIssues);
      }
      expect(events).to.have.length(1);
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      const paths = events[0].detail.issues.map((issue: { path: string }) => issue.path);
      expect(paths).to.include('$.courses[1].id');
      expect(warnings.filter((w) => w.includes('problem(s)'))).to.have.length(1);
      for (const path of paths) expect(warnings[0]).to.include(path);
    });
  });

  describe('reads inline data', () => {
    it('a <script type="application/json"> child needs no request', async () => {
      const inline = JSON.stringify(sample);
      const before = performance.getEntriesByType('resource').length;
      const { el } = await settledFixture<HmsMission>(
        html`<hms-mission variant="quote"><script type="application/json">${inline}</script></hms-mission>`,
      );
      expect(text(part(el, 'statement'))).to.equal(sample.mission.statement);
      expect(performance.getEntriesByType('resource').length).to.equal(before);
    });

    it('broken inline JSON shows the not-JSON message', async () => {
      const { el, event } = await settledFixture<HmsMission>(
        html`<hms-mission><script type="application/json">{ "version": 1, </script></hms-mission>`,
      );
      expect(event.detail.error.kind).to.equal('parse');
      expect(part(el, 'error')).to.exist;
    });
  });

  describe('sends no cookies unless told to', () => {
    const cookie = 'hms-test-session=1; path=/; SameSite=Lax';
    beforeEach(() => {
      document.cookie = cookie;
    });
    afterEach(() => {
      document.cookie = 'hms-test-session=; path=/; max-age=0';
      document.head.querySelector('meta[name="hms-catalog-credentials"]')?.remove();
      resetCatalogLoader();
    });

    it('by default, even to its own origin, a catalog request carries no cookie', async () => {
      expect(document.cookie).to.include('hms-test-session=1');
      const source = scenario('ok');
      await catalogStore.load(source.url);
      expect(await source.hits()).to.include({ count: 1, cookies: 0 });
    });

    it("with credentials 'same-origin' (a catalog behind the partner's own login) it does", async () => {
      configureCatalogLoader({ credentials: 'same-origin' });
      const source = scenario('ok');
      await catalogStore.load(source.url);
      expect(await source.hits()).to.include({ count: 1, cookies: 1 });
    });

    it('a page on the CDN files says it with <meta name="hms-catalog-credentials">; a value that names no mode is ignored', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'hms-catalog-credentials', content: 'include' });
      document.head.append(meta);
      const sent = scenario('ok');
      await catalogStore.load(sent.url);
      expect(await sent.hits()).to.include({ count: 1, cookies: 1 });
      meta.content = 'cookies please';
      const omitted = scenario('ok');
      await catalogStore.load(omitted.url);
      expect(await omitted.hits()).to.include({ count: 1, cookies: 0 });
    });
  });
});
