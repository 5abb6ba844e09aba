import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import { QUIET_DELAY } from '../../src/controllers/announcer.js';
import { en } from '../../src/i18n/messages.js';
import { part, parts, scenario, settledFixture, text, whenTrue } from '../helpers.js';

const SRC = '/demo/catalog.json';

/** Everything the widget's live region says from now on, in order (its emptying is not speech). */
function listen(el: Element): string[] {
  const region = part(el, 'announcement')!;
  const said: string[] = [];
  new MutationObserver(() => {
    if (text(region)) said.push(text(region));
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

/** A course list loaded and on screen. */
async function loadedList(template = html`<hms-course-list src=${SRC} page-size="4"></hms-course-list>`): Promise<HmsCourseList> {
  // The skeleton is drawn with the list's own template (a `list` part too): wait for the load itself.
  const { el } = await settledFixture<HmsCourseList>(template);
  return el;
}

describe('one polite live region per widget (WCAG 4.1.3)', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  /** A fake clock for the widget's timers only: rendering (microtasks) and the network stay real. */
  const fakeClock = () => (clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true }));
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  it('a widget has exactly one live region, and the course count is not a second one', async () => {
    const el = await loadedList();
    const live = [...el.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [aria-live]')];
    expect(live).to.deep.equal([part(el, 'announcement')]);
    expect(live[0].getAttribute('role')).to.equal('status');
  });

  it('typing announces the count once, when typing has paused for about 800 ms, whatever the search timing', async () => {
    const el = await loadedList();
    fakeClock();
    const said = listen(el);
    const input = part<HTMLInputElement>(el, 'search')!;
    // A visitor types "cardio" at one key every 300 ms: slower than the search's own wait, so the
    // results update between keys; the old list announced after each of those updates.
    for (const [i] of [...'cardio'].entries()) {
      input.value = 'cardio'.slice(0, i + 1);
      input.dispatchEvent(new Event('input'));
      await clock!.tickAsync(300);
    }
    expect(said, 'nothing while typing').to.deep.equal([]);
    await clock!.tickAsync(QUIET_DELAY);
    await el.updateComplete;
    expect(el.q).to.equal('cardio');
    expect(said).to.deep.equal([text(part(el, 'count'))]);
    await clock!.tickAsync(10_000);
    expect(said, 'and only once').to.have.length(1);
  });

  it('a filter change announces the new count once', async () => {
    const el = await loadedList();
    fakeClock();
    const said = listen(el);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-modality')!;
    select.value = 'live';
    select.dispatchEvent(new Event('change'));
    await clock!.tickAsync(5_000);
    expect(said).to.deep.equal([text(part(el, 'count'))]);
  });

  it('paging announces "Page 2 of N" once', async () => {
    const el = await loadedList();
    fakeClock();
    const said = listen(el);
    const pages = parts(el, 'page').length > 0 ? Number(text(parts(el, 'page').at(-1))) : 1;
    part<HTMLButtonElement>(el, 'next')!.click();
    await clock!.tickAsync(5_000);
    expect(said).to.deep.equal([en.pageStatus('2', String(pages))]);
  });

  it('a sort change announces the new order once', async () => {
    const el = await loadedList();
    fakeClock();
    const said = listen(el);
    const sort = part<HTMLSelectElement>(el, 'sort')!;
    sort.value = 'title';
    sort.dispatchEvent(new Event('change'));
    await clock!.tickAsync(5_000);
    expect(said).to.deep.equal([en.sortedBy(en.sort.title)]);
  });

  it('loading: the region is empty when created, says "Loading…" once loading has started, and empties once loaded', async () => {
    fakeClock();
    const loaded = new Promise((resolve) => document.addEventListener('hms-load', resolve, { once: true }));
    const el = await fixture<HTMLElement>(html`<hms-mission src=${scenario('ok@300').url}></hms-mission>`);
    const said = listen(el);
    expect(text(part(el, 'announcement'))).to.equal('');
    await clock!.tickAsync(150);
    expect(said).to.deep.equal([en.loading]);
    await loaded;
    await clock!.tickAsync(5_000);
    expect(said).to.deep.equal([en.loading]);
    expect(text(part(el, 'announcement'))).to.equal('');
  });

  it('an error is announced once', async () => {
    fakeClock();
    const failed = new Promise((resolve) => document.addEventListener('hms-error', resolve, { once: true }));
    const el = await fixture<HTMLElement>(html`<hms-divisions src=${scenario('404').url}></hms-divisions>`);
    const said = listen(el);
    await failed;
    await clock!.tickAsync(5_000);
    expect(said.filter((s) => s !== en.loading)).to.deep.equal([en.errorNotFound]);
    expect(said.filter((s) => s === en.errorNotFound)).to.have.length(1);
  });
});

describe('landmarks name the section they serve', () => {
  it('two course lists on one page have search, results and page landmarks with different names', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <section><h2>Next live courses</h2><hms-course-list src=${SRC} page-size="2" controls="search"></hms-course-list></section>
      <section><h2>Find a course</h2><hms-course-list src=${SRC} page-size="2" controls="search"></hms-course-list></section>
      <hms-course-list src=${SRC} page-size="2" controls="search" label="Cardiology courses"></hms-course-list>
    </div>`);
    const lists = [...wrapper.querySelectorAll<HmsCourseList>('hms-course-list')];
    await whenTrue(() => lists.every((list) => part(list, 'pager') && !part(list, 'skeleton')));
    const names = (name: string) => lists.map((list) => part(list, name)!.getAttribute('aria-label'));
    expect(names('filters')).to.deep.equal(['Next live courses', 'Find a course', 'Cardiology courses'].map((s) => en.landmarkFor(en.filtersLabel, s)));
    expect(names('results')).to.deep.equal(['Next live courses', 'Find a course', 'Cardiology courses'].map((s) => en.landmarkFor(en.coursesLabel, s)));
    expect(names('pager')).to.deep.equal(['Next live courses', 'Find a course', 'Cardiology courses'].map((s) => en.landmarkFor(en.pagesLabel, s)));
    expect(part(lists[0], 'results')!.getAttribute('role')).to.equal('region');
    await expect(wrapper).to.be.accessible();
  });
});
