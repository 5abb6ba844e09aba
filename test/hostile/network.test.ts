// Issue 9, broken networks: real faults from the test server (test/server/catalog-routes.mjs), a
// second origin without CORS (test/server/second-origin.mjs) and the tab taken offline through the
// DevTools protocol (test/server/network-command.mjs). Each fault ends in its own message, and no
// widget ever shows a stale or mixed result.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { configureCatalogLoader, resetCatalogLoader } from '../../src/catalog/loader.js';
import type { HmsCourseCard } from '../../src/components/course-card/course-card.component.js';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import type { HmsDivisions } from '../../src/components/divisions/divisions.component.js';
import type { HmsMission } from '../../src/components/mission/mission.component.js';
import '../../src/define.js';
import { en } from '../../src/i18n/messages.js';
import { nextEvent, part, parts, sampleCatalog, scenario, settledFixture, text } from '../helpers.js';
import { pageFailures } from './safety.js';

const message = (el: Element) => text(part(el, 'error-message'));
const secondOrigin = async () => ((await (await fetch('/api/second-origin')).json()) as { origin: string }).origin;

/** A mission widget on `url`, settled, with what reached the page meanwhile. */
async function missionOn(url: string) {
  const { result, failures } = await pageFailures(() => settledFixture<HmsMission>(html`<hms-mission src=${url}></hms-mission>`));
  expect(failures, 'nothing reached the page uncaught').to.deep.equal([]);
  return result;
}

describe('broken networks: offline and back', () => {
  it('offline: says so without retrying, and loads by itself when the connection is back', async function () {
    this.timeout(20_000);
    const source = scenario('ok');
    // The tab goes offline for 4 s; the command answers once it is back online.
    const wentOffline = new Promise((resolve) => window.addEventListener('offline', resolve, { once: true }));
    const cameBack = new Promise((resolve) => window.addEventListener('online', resolve, { once: true }));
    const back = executeServerCommand('hms-offline-for', { ms: 4000 });
    try {
      await wentOffline;
      // navigator.onLine flips before the network layer refuses requests: wait until it does.
      for (let tries = 0; ; tries += 1) {
        const refused = await fetch('/api/hits/offline-probe', { cache: 'no-store' }).then(() => false, () => true);
        if (refused) break;
        if (tries > 40) throw new Error('the tab never went offline');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }

      const { el, event } = await settledFixture<HmsMission>(html`<hms-mission src=${source.url}></hms-mission>`);
      expect(event.type, JSON.stringify(event.detail)).to.equal('hms-error');
      expect(message(el)).to.equal(en.errorOffline);

      // Retry while still offline: the same honest message, never a stale one.
      const failedAgain = nextEvent(el, 'hms-error');
      (part(el, 'retry') as HTMLButtonElement).click();
      await failedAgain;
      await el.updateComplete;
      expect(message(el)).to.equal(en.errorOffline);

      const loaded = nextEvent(el, 'hms-load');
      await cameBack;
      await loaded;
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(part(el, 'statement')).to.not.equal(null);
      expect((await source.hits()).count, 'one request, once online').to.equal(1);
    } finally {
      await back; // the next tests run online whatever happened here
    }
  });
});

describe('broken networks: each fault has its own message', () => {
  beforeEach(() => configureCatalogLoader({ retryDelay: 5 }));
  afterEach(() => resetCatalogLoader());

  const seen = new Map<string, string>();
  after(() => {
    // Six faults, six different sentences: a visitor (and the partner's support desk) can tell them apart.
    expect(new Set(seen.values()).size, JSON.stringify([...seen])).to.equal(seen.size);
  });

  it('a connection closed in the middle of the body: retried, then "interrupted"', async () => {
    const cut = scenario('cut');
    const { el, event } = await missionOn(cut.url);
    expect(event.type).to.equal('hms-error');
    expect(message(el)).to.equal(en.errorInterrupted);
    expect((await cut.hits()).count, 'first attempt and two retries').to.equal(3);
    seen.set('cut', message(el));
  });

  it('a connection closed once, then a good answer: the retry shows the catalog', async () => {
    const flaky = scenario('cut,ok');
    const { el, event } = await missionOn(flaky.url);
    expect(event.type).to.equal('hms-load');
    expect(part(el, 'statement')?.textContent).to.include((await sampleCatalog()).mission.statement.slice(0, 40));
  });

  it('a 200 with a captive-portal page: the Wi-Fi sign-in message, not retried', async () => {
    const portal = scenario('html');
    const { el } = await missionOn(portal.url);
    expect(message(el)).to.equal(en.errorHtml);
    expect((await portal.hits()).count).to.equal(1);
    seen.set('portal', message(el));
  });

  it('a redirect is followed, and relative links resolve against where the catalog really is', async () => {
    const { el, event } = await settledFixture<HmsCourseCard>(
      html`<hms-course-card src=${'/api/redirect?to=/test/fixtures/bad-items.json&status=301'} course-id="good-1"></hms-course-card>`,
    );
    expect(event.type).to.equal('hms-load');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href*="good-1"]')!;
    expect(new URL(link.href).pathname).to.equal('/test/fixtures/courses/good-1');
  });

  it('a redirect loop ends as "could not be reached"', async () => {
    const { el, event } = await missionOn('/api/redirect?to=loop');
    expect(event.type).to.equal('hms-error');
    expect(message(el)).to.equal(en.errorNetwork);
    seen.set('loop', message(el));
  });

  it('a catalog on another origin without CORS headers: names that server and CORS', async () => {
    const origin = await secondOrigin();
    const { el } = await missionOn(`${origin}/catalog.json`);
    expect(message(el)).to.equal(en.errorCrossOrigin(new URL(origin).host));
    expect(message(el)).to.include('CORS');
    seen.set('cors', message(el));
  });

  it('the same catalog with CORS headers loads from the other origin', async () => {
    const { event } = await missionOn(`${await secondOrigin()}/catalog-cors.json`);
    expect(event.type).to.equal('hms-load');
  });

  it('a server error and a missing catalog keep their own messages', async () => {
    seen.set('500', message((await missionOn(scenario('500').url)).el));
    seen.set('404', message((await missionOn(scenario('404').url)).el));
    expect(seen.get('500')).to.equal(en.errorServer(500));
    expect(seen.get('404')).to.equal(en.errorNotFound);
  });
});

describe('broken networks: never a stale or mixed result', () => {
  beforeEach(() => configureCatalogLoader({ retryDelay: 5 }));
  afterEach(() => resetCatalogLoader());

  it('a catalog that changed between two loads: Retry on one widget brings every widget on that source to the new version', async () => {
    // The first load answers the bad-items fixture (2 courses kept), every later one the sample.
    const changing = scenario('ok:bad-items,ok');
    // Listened for before the widgets exist: a fast first load may fire before fixture() returns.
    // Waited for as events, not polled against waitUntil's one-second clock (it ran out on a busy machine).
    const loaded = new Set<EventTarget | null>();
    let recheck: (() => void) | undefined;
    const onLoad = (event: Event) => {
      loaded.add(event.target);
      recheck?.();
    };
    document.addEventListener('hms-load', onLoad);
    const page = await fixture<HTMLElement>(html`<div>
      <hms-course-list src=${changing.url} controls="none" page-size="100"></hms-course-list>
      <hms-divisions src=${changing.url}></hms-divisions>
    </div>`);
    const list = page.querySelector<HmsCourseList>('hms-course-list')!;
    const divisions = page.querySelector<HmsDivisions>('hms-divisions')!;
    // Waits for both widgets' events themselves, not for a timeout (a busy machine takes seconds).
    await new Promise<void>((resolve) => {
      recheck = () => void (loaded.has(list) && loaded.has(divisions) && resolve());
      recheck();
    });
    document.removeEventListener('hms-load', onLoad);
    const ids = () => [...list.shadowRoot!.querySelectorAll<HmsCourseCard>('hms-course-card')].map((card) => card.course!.id);
    const before = ids();

    const divisionsReloaded = nextEvent(divisions, 'hms-load');
    await list.refresh();
    await divisionsReloaded;
    await divisions.updateComplete;

    const sample = await sampleCatalog();
    const sampleIds = new Set(sample.courses.map((c) => c.id));
    const shown = ids();
    expect(before).to.include('good-1');
    expect(shown.length).to.be.greaterThan(before.length);
    expect(shown.filter((id) => !sampleIds.has(id)), 'nothing of the old version is left').to.deep.equal([]);
    // The divisions widget names the sample's divisions now, not the fixture's one.
    expect(parts(divisions, 'division-name').map((n) => text(n))).to.have.length(sample.divisions.length);
    expect((await changing.hits()).count, 'one request per version, shared by both widgets').to.equal(2);
  });

  it('a source changed while the old one is still loading: the old answer never shows', async () => {
    const slow = scenario('ok:bad-items@600');
    const fast = scenario('ok');
    const el = await fixture<HmsMission>(html`<hms-mission src=${slow.url}></hms-mission>`);
    el.src = fast.url;
    await nextEvent(el, 'hms-load');
    const statement = text(part(el, 'statement'));
    await new Promise((resolve) => setTimeout(resolve, 800)); // past the slow answer
    await el.updateComplete;
    expect(text(part(el, 'statement'))).to.equal(statement);
    expect((await slow.hits()).aborted, 'the old request was cancelled').to.equal(1);
  });
});
