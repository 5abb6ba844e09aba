import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/course-list/course-list.js';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import type { HmsCourseCard } from '../../src/components/course-card/course-card.component.js';
import { prepareSearchText } from '../../src/catalog/course-query.js';
import { foldForSearch } from '../../src/catalog/search.js';
import { generateCatalog } from '../../scripts/catalog-generator.js';
import { catalogStore } from '../../src/catalog/loader.js';
import type { Catalog, Course } from '../../src/catalog/types.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import { en } from '../../src/i18n/messages.js';
import { nextEvent, part, parts, sampleCatalog, settledFixture, text, whenFound, whenShown } from '../helpers.js';

const SRC = '/demo/catalog.json';
const cards = (el: HmsCourseList) => [...el.shadowRoot!.querySelectorAll<HmsCourseCard>('hms-course-card')];
const titles = (el: HmsCourseList) => cards(el).map((card) => card.course!.title);
const start = (c: Course) => (c.sessions.length ? Math.min(...c.sessions.map((s) => Date.parse(s.start))) : Infinity);
const byStart = (a: Course, b: Course) => start(a) - start(b) || a.title.localeCompare(b.title, 'en', { sensitivity: 'base', numeric: true });

async function settle(el: HmsCourseList) {
  await el.updateComplete;
  await Promise.all(cards(el).map((card) => card.updateComplete));
}

describe('<hms-course-list>', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = validateCatalog(await sampleCatalog()).catalog;
  });
  afterEach(() => history.replaceState(null, '', location.pathname));

  describe('the first search does not wait for the search text', () => {
    const idle = () => new Promise((resolve) => requestIdleCallback(resolve));
    const leftToPrepare = (courses: readonly Course[]) => {
      let asked = 0;
      prepareSearchText(courses, () => ((asked += 1), true));
      return asked;
    };

    it('a list with a search box makes it while the page is idle', async () => {
      await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC}></hms-course-list>`);
      const { catalog: loaded } = await catalogStore.load(new URL(SRC, location.href).href);
      for (let i = 0; i < 5; i += 1) await idle();
      expect(leftToPrepare(loaded.courses)).to.equal(0);
    });
  });

  describe('preset filters for an embed', () => {
    it('each attribute narrows the list, and they combine', async () => {
      const { el } = await settledFixture<HmsCourseList>(
        html`<hms-course-list src=${SRC} modality="live" accredited="true" page-size="100" controls="none"></hms-course-list>`,
      );
      const expected = catalog.courses.filter((c) => c.modality === 'live' && c.accredited).sort(byStart);
      expect(expected.length).to.be.greaterThan(2);
      expect(titles(el)).to.deep.equal(expected.map((c) => c.title));
      expect(text(part(el, 'count'))).to.equal(en.resultCount(expected.length, String(expected.length)));
    });

    const single: [string, string, (c: Course) => boolean][] = [
      ['division', 'global-education', (c) => c.division === 'global-education'],
      ['topic', 'cardiology', (c) => c.topics.includes('cardiology')],
      ['language', 'es', (c) => c.language === 'es'],
      ['status', 'waitlist', (c) => c.status === 'waitlist'],
      ['accredited', 'false', (c) => !c.accredited],
      ['q', 'stroke', (c) => /stroke/i.test(`${c.title} ${c.summary}`)],
    ];
    for (const [name, value, predicate] of single) {
      it(`${name}="${value}"`, async () => {
        const el = document.createElement('hms-course-list');
        el.setAttribute(name, value);
        el.setAttribute('page-size', '100');
        el.src = SRC;
        const loaded = nextEvent(el, 'hms-load');
        await fixture(html`<div>${el}</div>`);
        await loaded;
        await settle(el);
        const expected = catalog.courses.filter(predicate).sort(byStart).map((c) => c.title);
        expect(expected.length).to.be.greaterThan(0);
        expect(titles(el)).to.deep.equal(expected);
      });
    }

    it('"the 3 next live courses": limit shows the first N, with View all linking to all-url', async () => {
      const { el } = await settledFixture<HmsCourseList>(
        html`<hms-course-list src=${SRC} modality="live" limit="3" controls="none" all-url="/all-courses"></hms-course-list>`,
      );
      const expected = catalog.courses.filter((c) => c.modality === 'live').sort(byStart).slice(0, 3);
      expect(titles(el)).to.deep.equal(expected.map((c) => c.title));
      expect(part<HTMLAnchorElement>(el, 'view-all')!.href).to.equal(new URL('/all-courses', location.href).href);
      expect(part(el, 'pager')).to.equal(null);
      expect(part(el, 'filters')).to.equal(null);
    });

    it('an all-url with a script scheme is not linked', async () => {
      const { el } = await settledFixture<HmsCourseList>(
        html`<hms-course-list src=${SRC} limit="3" controls="none" all-url="javascript:alert(1)"></hms-course-list>`,
      );
      expect(part(el, 'view-all')).to.equal(null);
    });
  });

  describe('controls', () => {
    it('by default shows every control, each labelled, with options from the data and their counts', async () => {
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC}></hms-course-list>`);
      for (const id of ['search', 'filter-division', 'filter-modality', 'filter-topic', 'filter-accredited', 'filter-language', 'sort']) {
        const control = el.shadowRoot!.getElementById(id);
        expect(control, id).to.exist;
        expect(el.shadowRoot!.querySelector(`label[for="${id}"]`), `label for ${id}`).to.exist;
      }
      const modality = el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-modality')!;
      const options = [...modality.options].slice(1);
      const present = [...new Set(catalog.courses.map((c) => c.modality))];
      expect(options.map((o) => o.value).sort()).to.deep.equal(present.sort());
      for (const option of options) {
        const count = catalog.courses.filter((c) => c.modality === option.value).length;
        expect(option.textContent!.trim()).to.equal(en.optionWithCount(en.modality[option.value as Course['modality']], String(count)));
      }
      await expect(el).to.be.accessible();
    });

    it('controls="search, sort" shows only those; controls="none" shows none', async () => {
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} controls="search, sort"></hms-course-list>`);
      expect(parts(el, 'field')).to.have.length(2);
      expect(part(el, 'search')).to.exist;
      expect(part(el, 'sort')).to.exist;
      el.controls = 'none';
      await el.updateComplete;
      expect(part(el, 'filters')).to.equal(null);
    });

    it('choosing a filter narrows the list, reflects to the attribute and fires hms-filter-change', async () => {
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} page-size="100"></hms-course-list>`);
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-division')!;
      const change = nextEvent<{ filters: object; total: number }>(el, 'hms-filter-change');
      select.value = 'global-academy';
      select.dispatchEvent(new Event('change'));
      const event = await change;
      await settle(el);
      const expected = catalog.courses.filter((c) => c.division === 'global-academy');
      expect(event.detail.filters).to.deep.equal({ division: 'global-academy' });
      expect(event.detail.total).to.equal(expected.length);
      expect(el.getAttribute('division')).to.equal('global-academy');
      expect(cards(el)).to.have.length(expected.length);
    });

    it('the sort control reorders the list', async () => {
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} page-size="100"></hms-course-list>`);
      const sort = part<HTMLSelectElement>(el, 'sort')!;
      sort.value = 'title';
      sort.dispatchEvent(new Event('change'));
      await nextEvent(el, 'hms-filter-change');
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
      expect(titles(el)).to.deep.equal(catalog.courses.map((c) => c.title).sort(collator.compare));
      sort.value = 'credits';
      sort.dispatchEvent(new Event('change'));
      await nextEvent(el, 'hms-filter-change');
      const credits = cards(el).map((card) => Math.max(0, ...card.course!.credits.map((c) => c.amount)));
      expect(credits).to.deep.equal([...credits].sort((a, b) => b - a));
      expect(el.getAttribute('sort')).to.equal('credits');
    });

    it('search is accent-insensitive, and the count is shown', async () => {
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC}></hms-course-list>`);
      const spanish = catalog.courses.find((c) => c.title.startsWith('Actualización'))!;
      const input = part<HTMLInputElement>(el, 'search')!;
      const change = nextEvent(el, 'hms-filter-change');
      // The first keystroke since the last frame is searched inside its input event; one more before
      // that frame waits for it, which searches only the latest text.
      input.value = 'ACTUALIZ';
      input.dispatchEvent(new Event('input'));
      expect(el.q, 'searched inside the input event').to.equal('ACTUALIZ');
      input.value = 'ACTUALIZACION';
      input.dispatchEvent(new Event('input'));
      expect(el.q, 'a second keystroke before the next frame waits for it').to.equal('ACTUALIZ');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.q, 'searched in the next frame').to.equal('ACTUALIZACION');
      await change;
      await settle(el);
      // Every course with the word in its title or summary, in any of the languages the catalog gives them.
      const texts = (c: Course) => [c.title, c.summary, ...Object.values(c.translations ?? {}).flatMap((t) => [t.title, t.summary])];
      const expected = catalog.courses.filter((c) => texts(c).some((t) => typeof t === 'string' && foldForSearch(t).includes('actualizacion')));
      expect(expected.map((c) => c.title)).to.include(spanish.title);
      expect(titles(el)).to.have.members(expected.map((c) => c.title));
      const count = part(el, 'count')!;
      expect(text(count)).to.equal(en.resultCount(expected.length, String(expected.length)));
    });

    it('an empty result says so, and Clear filters returns to the embed\'s presets in one action', async () => {
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} modality="live"></hms-course-list>`);
      const presetCount = catalog.courses.filter((c) => c.modality === 'live').length;
      el.q = 'zzzz-no-such-course';
      await settle(el);
      expect(text(part(el, 'empty'))).to.include(en.noResults);
      await expect(el).to.be.accessible();
      part<HTMLButtonElement>(el, 'clear')!.click();
      await nextEvent(el, 'hms-filter-change');
      expect(el.q).to.equal(undefined);
      expect(el.modality).to.equal('live');
      expect(text(part(el, 'count'))).to.equal(en.resultCount(presetCount, String(presetCount)));
    });
  });

  describe('paging', () => {
    it('shows page-size courses a page, with a pager a keyboard and a screen reader can use', async () => {
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} page-size="10" controls="none"></hms-course-list>`);
      const sorted = [...catalog.courses].sort(byStart).map((c) => c.title);
      expect(titles(el)).to.deep.equal(sorted.slice(0, 10));
      const pager = part(el, 'pager')!;
      expect(pager.tagName).to.equal('NAV');
      expect(pager.getAttribute('aria-label')).to.equal(en.pagesLabel);
      expect(part<HTMLButtonElement>(el, 'previous')!.disabled).to.equal(true);
      expect(parts(el, 'page').find((b) => b.getAttribute('aria-current') === 'page')!.textContent!.trim()).to.equal('1');

      const next = part<HTMLButtonElement>(el, 'next')!;
      next.focus();
      expect(el.shadowRoot!.activeElement).to.equal(next);
      next.click(); // Enter or Space on a focused native button
      await nextEvent(el, 'hms-filter-change');
      await settle(el);
      expect(titles(el)).to.deep.equal(sorted.slice(10, 20));
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'results'), 'focus moves to the new results');
      expect(parts(el, 'page').find((b) => b.getAttribute('aria-current') === 'page')!.textContent!.trim()).to.equal('2');

      const last = Math.ceil(sorted.length / 10);
      parts<HTMLButtonElement>(el, 'page').find((b) => b.textContent!.trim() === String(last))!.click();
      await nextEvent(el, 'hms-filter-change');
      await settle(el);
      expect(titles(el)).to.deep.equal(sorted.slice((last - 1) * 10));
      expect(part<HTMLButtonElement>(el, 'next')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('sync-url', () => {
    it('keeps the visitor\'s view in prefixed query parameters, so a shared link reproduces it', async () => {
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list id="finder" src=${SRC} sync-url page-size="5"></hms-course-list>`);
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-modality')!;
      select.value = 'online';
      select.dispatchEvent(new Event('change'));
      await nextEvent(el, 'hms-filter-change');
      part<HTMLButtonElement>(el, 'next')!.click();
      await nextEvent(el, 'hms-filter-change');
      const params = new URL(location.href).searchParams;
      expect(params.get('hms-finder-modality')).to.equal('online');
      expect(params.get('hms-finder-page')).to.equal('2');
      const shown = titles(el);
      el.remove();

      const { el: copy } = await settledFixture<HmsCourseList>(html`<hms-course-list id="finder" src=${SRC} sync-url page-size="5"></hms-course-list>`);
      await settle(copy);
      expect(copy.modality).to.equal('online');
      expect(copy.page).to.equal(2);
      expect(titles(copy)).to.deep.equal(shown);
    });

    it('Back restores the previous view', async () => {
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url></hms-course-list>`);
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-modality')!;
      select.value = 'live';
      select.dispatchEvent(new Event('change'));
      await nextEvent(el, 'hms-filter-change');
      expect(new URL(location.href).searchParams.get('hms-modality')).to.equal('live');
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await popped;
      await settle(el);
      expect(el.modality).to.equal(undefined);
      expect(cards(el)).to.have.length(12);
    });

    it('a parameter overrides the embed\'s preset, an empty one means "all", and an unknown sort keeps the preset', async () => {
      history.replaceState(null, '', `${location.pathname}?hms-modality=&hms-accredited=false&hms-sort=bogus&hms-page=x`);
      const { el } = await settledFixture<HmsCourseList>(
        html`<hms-course-list src=${SRC} sync-url modality="live" sort="title" page-size="100"></hms-course-list>`,
      );
      expect(el.modality).to.equal(undefined);
      expect(el.accredited).to.equal(false);
      expect(el.getAttribute('accredited')).to.equal('false');
      expect(el.sort).to.equal('title');
      expect(el.page).to.equal(1);
      expect(cards(el)).to.have.length(catalog.courses.filter((c) => !c.accredited).length);
    });

    it('writes only what differs from the presets, and Clear filters takes it all away', async () => {
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url modality="live" sort="title"></hms-course-list>`);
      const accreditation = el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-accredited')!;
      accreditation.value = 'true';
      accreditation.dispatchEvent(new Event('change'));
      await nextEvent(el, 'hms-filter-change');
      expect(el.accredited).to.equal(true);
      expect([...new URL(location.href).searchParams]).to.deep.equal([['hms-accredited', 'true']]);
      part<HTMLButtonElement>(el, 'clear')!.click();
      await nextEvent(el, 'hms-filter-change');
      expect(el.accredited).to.equal(undefined);
      expect(el.modality).to.equal('live');
      expect(el.sort).to.equal('title');
      expect(location.search).to.equal('');
    });

    it('leaves the host page\'s own parameters alone', async () => {
      history.replaceState(null, '', `${location.pathname}?utm_source=newsletter&page=7`);
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url></hms-course-list>`);
      el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-modality')!.value = 'live';
      el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-modality')!.dispatchEvent(new Event('change'));
      await nextEvent(el, 'hms-filter-change');
      const params = new URL(location.href).searchParams;
      expect(params.get('utm_source')).to.equal('newsletter');
      expect(params.get('page')).to.equal('7');
      expect(el.page).to.equal(1);
    });
  });

  describe('events', () => {
    it('hms-course-select from a card reaches the page, and cancelling it stops navigation', async () => {
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} controls="none"></hms-course-list>`);
      const first = cards(el)[0];
      let detail: { course: Course } | undefined;
      const listener = (event: Event) => {
        detail = (event as CustomEvent).detail;
        event.preventDefault();
      };
      document.addEventListener('hms-course-select', listener);
      const before = location.href;
      part<HTMLAnchorElement>(first, 'title-link')!.click();
      document.removeEventListener('hms-course-select', listener);
      expect(detail!.course.id).to.equal(first.course!.id);
      expect(location.href).to.equal(before);
    });
  });

  describe('structured-data', () => {
    const jsonLd = (el: HmsCourseList) => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
    const names = (el: HmsCourseList) =>
      JSON.parse(jsonLd(el)!.textContent!).itemListElement.map((entry: { item: { name: string } }) => entry.item.name);

    it('adds a schema.org ItemList of the shown courses to the light DOM', async () => {
      const { el } = await settledFixture<HmsCourseList>(
        html`<hms-course-list src=${SRC} structured-data modality="live" limit="4" controls="none"></hms-course-list>`,
      );
      // The JSON-LD code is a lazy chunk: the list is on screen first, the structured data follows.
      await whenFound(el, () => jsonLd(el));
      const data = JSON.parse(jsonLd(el)!.textContent!);
      expect(data['@type']).to.equal('ItemList');
      expect(names(el)).to.deep.equal(titles(el));
      el.structuredData = false;
      await el.updateComplete;
      expect(jsonLd(el)).to.equal(null);
    });

    it('follows the page shown, in one script', async () => {
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} structured-data page-size="3" controls="none"></hms-course-list>`);
      await whenFound(el, () => jsonLd(el));
      const first = names(el);
      el.page = 2;
      await el.updateComplete;
      await whenFound(el, () => names(el)[0] !== first[0]); // the JSON-LD names the second page
      expect(names(el)).to.deep.equal(titles(el));
      expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    });
  });

  describe('10,000 courses', () => {
    it('render one page, and filtering keeps the cards that stay (keyed)', async () => {
      const big = generateCatalog({ courses: 10_000, seed: 1 });
      const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list .catalog=${big} sort="title"></hms-course-list>`);
      await settle(el);
      expect(cards(el)).to.have.length(12);
      expect(text(part(el, 'count'))).to.equal(en.resultCount(10_000, '10,000'));
      const [firstCard] = cards(el);
      const keep = firstCard.course!;
      el.modality = keep.modality;
      await settle(el);
      expect(cards(el)[0].course!.id).to.equal(keep.id);
      expect(cards(el)[0]).to.equal(firstCard, 'the same element, not a new one');
    });
  });

  describe('layouts', () => {
    for (const layout of ['grid', 'list', 'compact']) {
      it(`${layout}: accessible with the filters open`, async () => {
        const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} layout=${layout} page-size="6"></hms-course-list>`);
        await settle(el);
        expect(part(el, 'list')!.classList.contains(`layout-${layout}`)).to.equal(true);
        const variant = { grid: 'card', list: 'row', compact: 'compact' }[layout];
        for (const card of cards(el)) expect(card.variant).to.equal(variant);
        await expect(el).to.be.accessible();
      });
    }

    it('the grid follows the container width, not the viewport', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <div class="narrow" style="width: 300px"><hms-course-list src=${SRC} controls="none" page-size="4"></hms-course-list></div>
        <div class="wide" style="width: 1200px"><hms-course-list src=${SRC} controls="none" page-size="4"></hms-course-list></div>
      </div>`);
      const [narrow, wide] = [...wrapper.querySelectorAll<HmsCourseList>('hms-course-list')];
      // Skeletons draw cards too: wait until both lists show the catalog.
      await Promise.all([narrow, wide].map((el) => whenShown(el)));
      await Promise.all([narrow, wide].map(settle));
      const columns = (el: HmsCourseList) => getComputedStyle(part(el, 'list')!).gridTemplateColumns.split(' ').length;
      expect(columns(narrow)).to.equal(1);
      expect(columns(wide)).to.be.greaterThan(2);
    });
  });
});
