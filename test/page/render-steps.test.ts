// Issue 17: a long list's cards beyond the first screen come in later tasks. The list's first
// render fills the first screen (as many cards as the viewport may hold), each later task adds more, and `updateComplete` and `hms-load`
// wait until every card is in; a page the visitor asks for afterwards comes whole.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { catalogStore } from '../../src/catalog/loader.js';
import { forgetLastGood } from '../../src/catalog/last-good.js';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import type { HmsProgramList } from '../../src/components/program-list/program-list.component.js';
import { firstScreenItems } from '../../src/controllers/render-steps.js';
import '../../src/define.js';
import { loadsOf, scenario } from '../helpers.js';

const cards = (el: Element, part: 'item' | 'skeleton') =>
  part === 'item'
    ? el.shadowRoot!.querySelectorAll('li[part~="item"] > hms-course-card').length
    : el.shadowRoot!.querySelectorAll('[part~="skeleton"] li > hms-course-card').length;

/**
 * What each render of a list shows, seen from a mutation observer (a microtask of the render's own
 * task): the count of `items()` after each render that changed it, and the last item of the first one.
 */
function watchRenders(el: Element, items: () => number) {
  const seen: number[] = [];
  let firstLast: Element | undefined;
  const observer = new MutationObserver(() => {
    const now = items();
    if (now > 0 && now !== seen.at(-1)) seen.push(now);
    if (seen.length === 1) firstLast ??= [...el.shadowRoot!.querySelectorAll('li[part~="item"]')].at(-1);
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  return { seen, firstLast: () => firstLast, stop: () => observer.disconnect() };
}

describe('render steps: a long list\'s cards beyond the first screen come in later tasks', () => {
  beforeEach(async () => {
    catalogStore.clear();
    await forgetLastGood();
  });

  it('fills the first screen in its first render, the rest in later steps, every card at hms-load; paging shows a page at once', async () => {
    const held = scenario('held');
    try {
      const el = await fixture<HmsCourseList>(html`<hms-course-list src=${held.url} page-size="30" controls="none" layout="compact"></hms-course-list>`);
      // The skeleton steps too, and updateComplete waits for all of it: the skeleton takes its full space.
      await el.updateComplete;
      expect(cards(el, 'skeleton'), 'every placeholder card once updateComplete resolves').to.equal(30);
      // The last card of the first render: the first screen is full when it ends below the viewport's
      // bottom (measured once every card is in: later cards come after it and do not move it).
      const { seen, firstLast, stop } = watchRenders(el, () => cards(el, 'item'));
      const loaded = loadsOf(1, el);
      await fetch(`/api/release/${held.key}`);
      await loaded;
      expect(cards(el, 'item'), 'no card missing at hms-load').to.equal(30);
      stop();
      const firstBottom = firstLast()!.getBoundingClientRect().bottom;
      expect(firstBottom, `the first render's ${seen[0]} cards reach the bottom of the ${innerHeight}px viewport`).to.be.at.least(innerHeight);
      expect(seen[0], `cards after each render: ${seen.join(', ')}`).to.be.below(30);
      expect(seen.length, `cards after each render: ${seen.join(', ')}`).to.be.at.least(2);
      expect(seen.at(-1)).to.equal(30);
      expect([...seen].sort((a, b) => a - b), 'each step adds cards').to.deep.equal(seen);
      // The 18 courses of page 2 (48 in the sample catalog) come in one render.
      const pageTwo: number[] = [];
      const pager = new MutationObserver(() => pageTwo.push(el.shadowRoot!.querySelectorAll('li[part~="item"]').length));
      pager.observe(el.shadowRoot!, { childList: true, subtree: true });
      el.goToPage(2);
      await el.updateComplete;
      pager.disconnect();
      expect(pageTwo[0], `items after each render of page 2: ${pageTwo.join(', ')}`).to.equal(18);
      expect(cards(el, 'item')).to.equal(18);
    } finally {
      await fetch(`/api/release/${held.key}`);
    }
  });

  it('on a phone, a list of stacked rows draws the rows its first screen holds, not the rows of a wide window', async () => {
    await setViewport({ width: 390, height: 844 });
    const held = scenario('held');
    try {
      const el = await fixture<HmsCourseList>(html`<hms-course-list src=${held.url} page-size="12" controls="none" layout="list"></hms-course-list>`);
      await el.updateComplete;
      // The rows of the first render, seen from a mutation observer in the render's own task.
      let first: Element[] | undefined;
      const observer = new MutationObserver(() => {
        if (!first && cards(el, 'item') > 0) first = [...el.shadowRoot!.querySelectorAll('li[part~="item"]')];
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      const loaded = loadsOf(1, el);
      await fetch(`/api/release/${held.key}`);
      await loaded;
      observer.disconnect();
      const bottoms = first!.map((row) => row.getBoundingClientRect().bottom);
      const shown = `the first render's rows end at ${bottoms.map((b) => b.toFixed(0)).join(', ')} px in a ${innerHeight} px viewport`;
      // Enough: its last row reaches the bottom of the screen. No more: the row before it ends on screen.
      expect(bottoms.at(-1), shown).to.be.at.least(innerHeight);
      expect(bottoms.at(-2) ?? 0, shown).to.be.below(innerHeight);
    } finally {
      await fetch(`/api/release/${held.key}`);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('a program list on a phone draws the programs of its first screen first, the rest in a later task, every one at hms-load', async () => {
    await setViewport({ width: 390, height: 844 });
    const held = scenario('held');
    try {
      const el = await fixture<HmsProgramList>(html`<hms-program-list src=${held.url}></hms-program-list>`);
      await el.updateComplete;
      const programs = () => el.shadowRoot!.querySelectorAll('li[part~="item"] > hms-program-card').length;
      const { seen, firstLast, stop } = watchRenders(el, programs);
      const loaded = loadsOf(1, el);
      await fetch(`/api/release/${held.key}`);
      await loaded;
      stop();
      const total = programs();
      expect(total, 'the sample catalog has more programs than a phone screen holds').to.be.at.least(3);
      expect(seen[0], `programs after each render: ${seen.join(', ')}`).to.be.below(total);
      expect(seen.at(-1), 'every program at hms-load').to.equal(total);
      expect(firstLast()!.getBoundingClientRect().bottom, "the first render's programs reach the bottom of the screen").to.be.at.least(innerHeight);
    } finally {
      await fetch(`/api/release/${held.key}`);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('a program list on a phone draws the placeholders of its first screen first, the rest of its skeleton in a later task', async () => {
    await setViewport({ width: 390, height: 844 });
    const held = scenario('held');
    const el = document.createElement('hms-program-list');
    try {
      el.src = held.url;
      const placeholders = () => el.shadowRoot!.querySelectorAll('[part~="skeleton"] li > hms-program-card').length;
      document.body.append(el);
      // The shadow root exists once the element is connected; its renders come after, each seen here.
      const { seen, stop } = watchRenders(el, placeholders);
      await el.updateComplete;
      stop();
      const all = placeholders();
      expect(all, 'every placeholder once updateComplete resolves').to.be.at.least(3);
      expect(seen[0], `placeholders after each render: ${seen.join(', ')}`).to.be.below(all);
      expect(seen.at(-1)).to.equal(all);
      const first = [...el.shadowRoot!.querySelectorAll('[part~="skeleton"] li')][seen[0] - 1];
      expect(first.getBoundingClientRect().bottom, "the first render's placeholders reach the bottom of the screen").to.be.at.least(innerHeight);
    } finally {
      el.remove();
      await fetch(`/api/release/${held.key}`);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("the first screen's count: the screen below a list's top, one item below the screen, more for a list that starts above it", async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      for (const layout of ['grid', 'list', 'compact'] as const) {
        const window = firstScreenItems(layout, 4, 17);
        const at = (top: number) => firstScreenItems(layout, 4, 17, top);
        expect(at(0), `${layout}: a list at the screen's top`).to.equal(window);
        expect(at(innerHeight - 10), `${layout}: 10 px of it on screen`).to.equal(1);
        expect(at(innerHeight + 2000), `${layout}: below the screen`).to.equal(1);
        expect(at(innerHeight / 2), `${layout}: from the middle down`).to.be.within(1, window);
        expect(at(-2 * innerHeight), `${layout}: two screens above`).to.be.above(window);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('a list with a short page renders it in one go', async () => {
    const held = scenario('held');
    try {
      const el = await fixture<HmsCourseList>(html`<hms-course-list src=${held.url} page-size="3" controls="none"></hms-course-list>`);
      await el.updateComplete;
      const seen: number[] = [];
      const observer = new MutationObserver(() => seen.push(cards(el, 'item')));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      const loaded = loadsOf(1, el);
      await fetch(`/api/release/${held.key}`);
      await loaded;
      observer.disconnect();
      expect(seen.filter((count) => count > 0)[0]).to.equal(3);
    } finally {
      await fetch(`/api/release/${held.key}`);
    }
  });
});
