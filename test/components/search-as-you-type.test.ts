import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/course-list/course-list.js';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import type { HmsCourseCard } from '../../src/components/course-card/course-card.component.js';
import { facetCounts, queryCourses } from '../../src/catalog/course-query.js';
import { catalogStore } from '../../src/catalog/loader.js';
import type { Course } from '../../src/catalog/types.js';
import { en } from '../../src/i18n/messages.js';
import { part, settledFixture, text, whenTrue } from '../helpers.js';

const SRC = '/demo/catalog.json';
const PAGE_SIZE = 4;
const shownIds = (el: HmsCourseList) => [...el.shadowRoot!.querySelectorAll<HmsCourseCard>('hms-course-card')].map((card) => card.course!.id);
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The ids of the first page for a search text, from the catalog the list shows. */
const expectedIds = (courses: readonly Course[], typed: string) =>
  queryCourses(courses, typed.trim() === '' ? {} : { q: typed }, 'start-date', 'en')
    .slice(0, PAGE_SIZE)
    .map((course) => course.id);

/** A course finder with the search box focused, over the demo catalog. */
async function focusedFinder(): Promise<{ el: HmsCourseList; input: HTMLInputElement; courses: readonly Course[] }> {
  const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} page-size=${PAGE_SIZE}></hms-course-list>`);
  const { catalog } = await catalogStore.load(new URL(SRC, location.href).href);
  const input = part<HTMLInputElement>(el, 'search')!;
  input.focus();
  return { el, input, courses: catalog.courses };
}

describe('search answers as you type', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('the frame after each real keystroke shows that text\'s results, before the side effects of a pause', async () => {
    const { el, input, courses } = await focusedFinder();
    // Each keystroke is checked in the first frame after its input event: a requestAnimationFrame
    // callback asked for from the input listener, which runs before that frame is painted.
    const seen: { typed: string; shown: string[]; expected: string[] }[] = [];
    input.addEventListener('input', () =>
      requestAnimationFrame(() => seen.push({ typed: input.value, shown: shownIds(el), expected: expectedIds(courses, input.value) })),
    );
    // A first letter, letters that replace cards, and deletions.
    const keys = ['c', 'a', 'r', 'd', 'Backspace', 'Backspace'];
    for (const key of keys) {
      await sendKeys({ press: key });
      await nextFrame();
      await nextFrame();
    }
    expect(seen.map((s) => s.typed)).to.deep.equal(['c', 'ca', 'car', 'card', 'car', 'ca']);
    // The keystrokes did change the cards (else this test could not tell a late search from an early one).
    expect(new Set(seen.map((s) => s.expected.join())).size).to.be.greaterThan(2);
    for (const { typed, shown, expected } of seen) expect(shown, `results for "${typed}"`).to.deep.equal(expected);
    expect(input.matches(':focus'), 'the search box keeps the focus').to.equal(true);
  });

  it("a keystroke's results are painted before the filter bar's counts, which follow once that frame is painted and are whole at updateComplete", async () => {
    const { el, input, courses } = await focusedFinder();
    const modalityCounts = () => [...part<HTMLSelectElement>(el, 'filter-modality')!.options].map((option) => option.textContent!.trim()).join(' | ');
    const before = modalityCounts();
    // A letter whose search changes the counts (else the test could not tell late counts from early ones).
    const all = JSON.stringify([...facetCounts(courses, {}, 'modality')]);
    const key = [...'abcdefghijklmnopqrstuvwxyz'].find((letter) => JSON.stringify([...facetCounts(courses, { q: letter }, 'modality')]) !== all)!;
    // What the frame after the keystroke shows: the new results, with the counts of before.
    let frame: { shown: string[]; counts: string } | undefined;
    input.addEventListener('input', () => requestAnimationFrame(() => (frame = { shown: shownIds(el), counts: modalityCounts() })), { once: true });
    await sendKeys({ press: key });
    await whenTrue(() => frame !== undefined);
    expect(frame!.shown, `the results of "${key}" in the first frame`).to.deep.equal(expectedIds(courses, key));
    expect(frame!.counts, 'the counts wait for the results to be painted').to.equal(before);
    await el.updateComplete;
    const counts = facetCounts(courses, { q: key }, 'modality');
    // Each option ends with its count under the new search ("Live (12)"); "All formats" first.
    const shownCounts = [...part<HTMLSelectElement>(el, 'filter-modality')!.options].slice(1).map((option) => [option.value, Number(option.textContent!.match(/\d+(?=\D*$)/)![0])]);
    expect(Object.fromEntries(shownCounts), `the counts of "${key}" once the list is complete`).to.deep.equal(Object.fromEntries(counts));
    expect(modalityCounts()).not.to.equal(before);
  });

  it('the URL, hms-filter-change and the count announcement come once per pause, not once per key', async () => {
    const { el, courses } = await focusedFinder();
    const list = el as HmsCourseList & { syncUrl: boolean };
    list.syncUrl = true;
    const count = part(el, 'count')!;
    // The widget's one live region (src/controllers/announcer.ts) says the count; the count itself follows every key.
    const region = part(el, 'announcement')!;
    expect(region.getAttribute('role')).to.equal('status');
    const announced: string[] = [];
    let last = text(region);
    const observer = new MutationObserver(() => {
      if (text(region) !== last) announced.push((last = text(region)));
    });
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    const changes: number[] = [];
    el.addEventListener('hms-filter-change', (event) => changes.push(event.detail.total));
    try {
      const word = 'cardiology';
      await sendKeys({ type: word });
      // The results are there at once; the side effects wait for typing to pause.
      const found = queryCourses(courses, { q: word }, 'start-date', 'en').length;
      await new Promise<void>((resolve) =>
        el.addEventListener('hms-filter-change', function done(event) {
          if (event.detail.filters.q !== word) return;
          el.removeEventListener('hms-filter-change', done);
          resolve();
        }),
      );
      expect(el.q).to.equal(word);
      expect(new URL(location.href).searchParams.get('hms-q')).to.equal(word);
      expect(text(count)).to.equal(en.resultCount(found, String(found)));
      // The announcement waits for typing to pause longer than the search does.
      await whenTrue(() => text(region) === en.resultCount(found, String(found)));
      // One announcement per pause (a busy machine may split the word into more than one pause, never one per key).
      expect(changes.length).to.be.within(1, word.length - 1);
      expect(announced.length).to.be.within(1, changes.length);
      expect(announced.at(-1)).to.equal(en.resultCount(found, String(found)));
    } finally {
      observer.disconnect();
    }
  });
});
