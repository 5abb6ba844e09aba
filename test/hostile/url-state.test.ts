// Issue 27, items 3-6: URL state with `sync-url`. A list owns exactly `hms-[<id>-]<name>` for the
// names of its view (each filter, `sort`, `page`); every other byte of the query string and the hash
// stays as written, a link cannot freeze the page, Back never leads to a page that does not exist,
// and a link cannot change what a curated embed shows. Real history API: the test page's own URL
// is changed with history.replaceState and put back after each test.
import { expect, html } from '@open-wc/testing';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import { SEARCH_MAX_LENGTH, SEARCH_MAX_TERMS } from '../../src/components/course-list/course-list.filters.js';
import '../../src/define.js';
import type { Catalog } from '../../src/catalog/types.js';
import { capturingWarnings, loadsOf, nextEvent, part, parts, sampleCatalog, settledFixture } from '../helpers.js';

const SRC = '/demo/catalog.json';
const cardCount = (el: HmsCourseList) => el.shadowRoot!.querySelectorAll('hms-course-card').length;
const query = () => location.search.slice(1);

/** The host's and other lists' parameters, in forms URLSearchParams would rewrite (`%20`, `+`, a bare name, `&&`). */
const FOREIGN = ['hms-campaign=x', 'a%20b=c%20d', 'utm_source=news+letter', 'hms-L2-modality=live', 'flag', '', 'hms-=1', 'hms-constructor=1', 'hms-__proto__=x', 'q=%E2%9C%93'].join('&');
const HASH = '#section%202';

/** Sets the page's URL to `search` and `hash` on the test page's own path. */
function setUrl(search: string, hash = ''): void {
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${hash}`);
}

/** Chooses `value` in the list's `key` select and waits for the change to be written. */
async function choose(el: HmsCourseList, key: string, value: string): Promise<void> {
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`#filter-${key}`)!;
  select.value = value;
  const change = nextEvent(el, 'hms-filter-change');
  select.dispatchEvent(new Event('change'));
  await change;
}

/** Waits for the next popstate after `move()` and for the list to show it. */
async function travel(el: HmsCourseList, move: () => void): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  move();
  await popped;
  await el.updateComplete;
}

describe('sync-url: a list touches only its own parameters', () => {
  afterEach(() => setUrl(''));

  it('a list without id changes only hms-<name> keys; the rest of the query and the hash are byte-identical', async () => {
    setUrl(`${FOREIGN}&hms-modality=live&hms-page=2`, HASH);
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url page-size="5"></hms-course-list>`);
    expect(el.modality).to.equal('live');
    await choose(el, 'modality', 'online');
    expect(query()).to.equal(`${FOREIGN}&hms-modality=online`);
    expect(location.hash).to.equal(HASH);
    part<HTMLButtonElement>(el, 'next')!.click();
    await nextEvent(el, 'hms-filter-change');
    expect(query()).to.equal(`${FOREIGN}&hms-modality=online&hms-page=2`);
    await choose(el, 'modality', '');
    expect(query()).to.equal(FOREIGN);
    expect(location.hash).to.equal(HASH);
  });

  it('a list with id changes only hms-<id>-<name> keys, next to a list without id on the same page', async () => {
    setUrl(`${FOREIGN}&hms-L-topic=nothing&hms-page=2`, HASH);
    const loads = loadsOf(2);
    const { el: plain } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url page-size="5"></hms-course-list>`);
    const { el: named } = await settledFixture<HmsCourseList>(html`<hms-course-list id="L" src=${SRC} sync-url page-size="5"></hms-course-list>`);
    await loads;
    expect(plain.page).to.equal(2);
    expect(named.topic).to.equal('nothing');
    await choose(named, 'modality', 'live');
    // The topic with no course was the named list's own key; the plain list's page is not.
    expect(named.topic).to.equal('nothing');
    expect(query()).to.equal(`${FOREIGN}&hms-page=2&hms-L-modality=live&hms-L-topic=nothing`);
    await choose(plain, 'accredited', 'true');
    expect(query()).to.equal(`${FOREIGN}&hms-L-modality=live&hms-L-topic=nothing&hms-accredited=true`);
    expect(location.hash).to.equal(HASH);
  });

  it('20,000 unrelated hms- parameters are read past and left alone by a page click', async () => {
    const foreign = Array.from({ length: 20_000 }, (_, i) => `hms-x${i}=${i}`).join('&');
    setUrl(`${foreign}&hms-modality=online`);
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url page-size="5"></hms-course-list>`);
    expect(el.modality).to.equal('online');
    part<HTMLButtonElement>(el, 'next')!.click();
    await nextEvent(el, 'hms-filter-change');
    // Compared as a boolean: a failure would print 200 KB of query.
    const expected = `${foreign}&hms-modality=online&hms-page=2`;
    expect(query() === expected, `query ends …${query().slice(-60)}`).to.equal(true);
  });
});

describe('the saved list\'s share link (hms-saved) beside a list with sync-url', () => {
  afterEach(() => setUrl(''));

  it('each widget touches only its own parameters: leaving the shared list keeps the list\'s and every foreign byte', async () => {
    setUrl(`${FOREIGN}&hms-saved=c-0019,c-0002&hms-modality=live`, HASH);
    const loads = loadsOf(2);
    const { el: list } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url page-size="5"></hms-course-list>`);
    const { el: saved } = await settledFixture<HTMLElement>(html`<hms-saved-courses src=${SRC}></hms-saved-courses>`);
    await loads;
    expect(list.modality).to.equal('live');
    expect(parts(saved, 'item')).to.have.length(2);
    await choose(list, 'modality', 'online');
    expect(query()).to.equal(`${FOREIGN}&hms-saved=c-0019,c-0002&hms-modality=online`);
    part<HTMLButtonElement>(saved, 'show-mine')!.click();
    expect(query()).to.equal(`${FOREIGN}&hms-modality=online`);
    expect(location.hash).to.equal(HASH);
  });
});

describe('sync-url: search text from a link is capped', () => {
  afterEach(() => setUrl(''));

  it(`200,000 repeated terms become one term`, async () => {
    setUrl(`hms-q=${'e+'.repeat(200_000)}`);
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url></hms-course-list>`);
    expect(el.q?.length).to.be.at.most(SEARCH_MAX_LENGTH);
    expect(el.q).to.equal('e');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#search')!.value).to.equal('e');
  });

  it(`distinct terms: at most ${SEARCH_MAX_TERMS} terms and ${SEARCH_MAX_LENGTH} characters, duplicates (any case) dropped`, async () => {
    const terms = Array.from({ length: 50_000 }, (_, i) => `t${i % 7 === 0 ? 'X' : 'x'}${i}`);
    setUrl(`hms-q=T${encodeURIComponent(terms[0].slice(1))}+${terms.join('+')}`);
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url></hms-course-list>`);
    const kept = el.q!.split(' ');
    expect(el.q!.length).to.be.at.most(SEARCH_MAX_LENGTH);
    expect(kept.length).to.be.at.most(SEARCH_MAX_TERMS);
    expect(new Set(kept.map((term) => term.toLowerCase())).size).to.equal(kept.length);
    expect(kept[0]).to.equal(`T${terms[0].slice(1)}`);
    expect(kept.slice(1)).to.deep.equal(terms.slice(1, kept.length));
    expect(parts(el, 'empty')).to.have.length(1);
  });

  it('the search box takes no more than a link can set', async () => {
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC}></hms-course-list>`);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#search')!.maxLength).to.equal(SEARCH_MAX_LENGTH);
  });
});

describe('sync-url: the page shown always exists', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = await sampleCatalog();
  });
  afterEach(() => setUrl(''));

  it('Back to ?hms-page=999 shows the last page, with its cards and its current page', async () => {
    const last = Math.ceil(catalog.courses.length / 5);
    setUrl('hms-page=999');
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url page-size="5" controls="none"></hms-course-list>`);
    expect(el.page).to.equal(last);
    part<HTMLButtonElement>(el, 'previous')!.click();
    await nextEvent(el, 'hms-filter-change');
    expect(query()).to.equal(`hms-page=${last - 1}`);
    await travel(el, () => history.back());
    expect(query()).to.equal('hms-page=999');
    expect(el.page).to.equal(last);
    expect(cardCount(el)).to.equal(catalog.courses.length - (last - 1) * 5);
    expect(el.shadowRoot!.querySelector('[aria-current="page"]')?.textContent?.trim()).to.equal(String(last));
    await travel(el, () => history.forward());
    expect(el.page).to.equal(last - 1);
  });

  it('a page that stops existing when the results shrink is clamped too', async () => {
    setUrl('hms-page=4');
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url page-size="5"></hms-course-list>`);
    expect(el.page).to.equal(4);
    el.status = 'waitlist';
    await el.updateComplete;
    const waitlisted = catalog.courses.filter((course) => course.status === 'waitlist').length;
    expect(el.page).to.equal(Math.max(1, Math.ceil(waitlisted / 5)));
    expect(cardCount(el) > 0 || parts(el, 'empty').length === 1).to.equal(true);
  });
});

describe('sync-url: a link sets only what the visitor could have set', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = await sampleCatalog();
  });
  afterEach(() => setUrl(''));

  it('?hms-status=bogus leaves a curated status="open" controls="none" list as curated, without console noise', async () => {
    setUrl('hms-status=bogus&hms-modality=live&hms-q=zzz&hms-sort=title');
    const { result, warnings } = await capturingWarnings(() =>
      settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url status="open" controls="none" page-size="100"></hms-course-list>`),
    );
    const { el } = result;
    expect(el.status).to.equal('open');
    expect(el.modality).to.equal(undefined);
    expect(el.q).to.equal(undefined);
    expect(el.sort).to.equal('start-date');
    expect(cardCount(el)).to.equal(catalog.courses.filter((course) => course.status === 'open').length);
    expect(warnings).to.deep.equal([]);
  });

  it('a filter with its control follows a valid link; an invalid value keeps the preset', async () => {
    const topic = catalog.courses[0].topics[0];
    setUrl(`hms-modality=bogus&hms-division=nope&hms-accredited=maybe&hms-sort=bogus&hms-topic=${encodeURIComponent(topic)}`);
    const { result, warnings } = await capturingWarnings(() =>
      settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url modality="live" accredited="true" sort="title"></hms-course-list>`),
    );
    const { el } = result;
    expect([el.modality, el.division, el.accredited, el.sort, el.topic]).to.deep.equal(['live', undefined, true, 'title', topic]);
    expect(warnings).to.deep.equal([]);
  });

  it('a page from a link is ignored by a list with limit (it has no pager)', async () => {
    setUrl('hms-page=2');
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url limit="3" controls="none"></hms-course-list>`);
    expect(el.page).to.equal(1);
    expect(cardCount(el)).to.equal(3);
  });

  it('a control the embed hides is not set by Back either', async () => {
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} sync-url modality="live" controls="search, sort"></hms-course-list>`);
    history.pushState(null, '', `${location.pathname}?hms-modality=online`);
    history.pushState(null, '', `${location.pathname}?other=1`);
    await travel(el, () => history.back());
    expect(el.modality).to.equal('live');
  });
});
