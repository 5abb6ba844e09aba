// Issue 27, items 3-6: URL state with `sync-url`. A list owns exactly `hms-[<id>-]<name>` for the
// names of its view (each filter, `sort`, `page`); every other byte of the query string and the hash
// stays as written, a link cannot freeze the page, Back never leads to a page that does not exist,
// and a link cannot change what a curated embed shows. Real history API: the test page's own URL
// is changed with history.replaceState and put back after each test.
import { expect, html } from '@open-wc/testing';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import '../../src/define.js';
import { loadsOf, nextEvent, part, settledFixture } from '../helpers.js';

const SRC = '/demo/catalog.json';
const query = () => location.search.slice(1);

/** The host's and other lists' parameters, in forms URLSearchParams would rewrite (`%20`, `+`, a bare name, `&&`). */
const FOREIGN = ['hms-campaign=x', 'a%20b=c%20d', 'utm_source=news+letter', 'hms-L2-modality=live', 'flag', '', 'hms-=1', 'q=%E2%9C%93'].join('&');
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
