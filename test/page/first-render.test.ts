import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { generateCatalog } from '../../scripts/catalog-generator.js';
import { WIDGETS } from '../../src/widgets.js';
import { nextEvent, sampleCatalog, whenShown } from '../helpers.js';
import { queryCourses } from '../../src/catalog/course-query.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import type { Course } from '../../src/catalog/types.js';

/**
 * A widget given its catalog as an object (or through <hms-catalog .catalog>) has its data in hand:
 * it renders its content in its first update, with no skeleton drawn and thrown away first (issue
 * 17: the first render in a new page; issue 25: the render ratio). A catalog too large to validate
 * at once is still validated in slices, with its skeleton meanwhile (issue 27: no long task).
 */

/** Adds `el` to the page and records whether its shadow root ever held a skeleton, until it shows its content. */
async function skeletonEverShown(el: HTMLElement, parent: Element = document.body): Promise<boolean> {
  let seen = false;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && (node.matches('[part~="skeleton"]') || node.querySelector('[part~="skeleton"]'))) seen = true;
      }
    }
  });
  parent.append(el);
  // LitElement makes its shadow root when it connects, before its first update (a microtask later).
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  await whenShown(el);
  observer.takeRecords();
  observer.disconnect();
  return seen;
}

const CATALOG_WIDGETS = ['hms-course-list', 'hms-program-list', 'hms-news-list', 'hms-mission', 'hms-divisions'] as const;

describe('first render with the catalog in hand', () => {
  afterEach(() => document.querySelectorAll('[data-first-render]').forEach((el) => el.remove()));

  for (const tag of CATALOG_WIDGETS) {
    it(`<${tag}> given .catalog renders its content in its first update, never a skeleton`, async () => {
      expect(WIDGETS[tag], tag).to.exist;
      const el = document.createElement(tag) as HTMLElement & { catalog?: object };
      el.dataset.firstRender = '';
      el.catalog = await sampleCatalog();
      const loaded = nextEvent(el, 'hms-load');
      expect(await skeletonEverShown(el)).to.equal(false);
      await loaded;
    });
  }

  it('a widget that drew its catalog in hand takes no render turn after it: nothing measures it, and hms-load follows', async () => {
    // A turn's on-screen check measured the host, forcing the style and layout of the list half
    // built inside the task of its first render; the content was drawn already.
    const measure = Element.prototype.getBoundingClientRect;
    const widgets = CATALOG_WIDGETS.map((tag) => {
      const el = document.createElement(tag) as HTMLElement & { catalog?: object };
      el.dataset.firstRender = '';
      return el;
    });
    const catalog = await sampleCatalog();
    let measured = 0;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if ((widgets as Element[]).includes(this)) measured += 1;
      return measure.call(this);
    };
    try {
      for (const el of widgets) {
        el.catalog = catalog;
        const loaded = nextEvent(el, 'hms-load');
        document.body.append(el);
        await loaded;
      }
    } finally {
      Element.prototype.getBoundingClientRect = measure;
    }
    expect(measured, 'measures of the widgets from connection to hms-load').to.equal(0);
  });

  it('a list under <hms-catalog .catalog> renders its content in its first update', async () => {
    const provider = document.createElement('hms-catalog') as HTMLElement & { catalog?: object };
    provider.dataset.firstRender = '';
    provider.catalog = await sampleCatalog();
    document.body.append(provider);
    const list = document.createElement('hms-course-list');
    expect(await skeletonEverShown(list, provider)).to.equal(false);
  });

  it('the same object shown again (a second widget) also renders at once', async () => {
    const catalog = await sampleCatalog();
    const first = document.createElement('hms-course-list') as HTMLElement & { catalog?: object };
    first.dataset.firstRender = '';
    first.catalog = catalog;
    await skeletonEverShown(first);
    const second = document.createElement('hms-course-list') as HTMLElement & { catalog?: object };
    second.dataset.firstRender = '';
    second.catalog = catalog;
    expect(await skeletonEverShown(second)).to.equal(false);
  });

  it('a catalog too large to validate at once shows its skeleton while it is validated in slices, then its content', async () => {
    const big = generateCatalog({ courses: 2500, seed: 3 });
    const el = document.createElement('hms-course-list') as HTMLElement & { catalog?: object };
    el.dataset.firstRender = '';
    el.catalog = big;
    const loaded = nextEvent(el, 'hms-load');
    expect(await skeletonEverShown(el)).to.equal(true);
    const event = await loaded;
    expect((event.detail as { counts: { courses: number } }).counts.courses).to.equal(2500);
  });

  it('a list of a large catalog draws its first screen from its first courses, then the whole catalog into the same cards', async () => {
    // 1,000 courses took 25 ms to validate in a new page: the first screen's cards come from the
    // first courses in start order, validated first; the count, the filters and the pager follow.
    const catalog = generateCatalog({ courses: 1000, seed: 1 });
    const expected = queryCourses(validateCatalog(structuredClone(catalog)).catalog.courses, {}, 'start-date', 'en')
      .slice(0, 12)
      .map((course) => course.id);
    const el = document.createElement('hms-course-list') as HTMLElement & { catalog?: object; updateComplete: Promise<boolean> };
    el.dataset.firstRender = '';
    el.catalog = catalog;
    let loadedYet = false;
    const loaded = nextEvent(el, 'hms-load').then((event) => ((loadedYet = true), event));
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const cards = () => [...root.querySelectorAll('[part~="list"] hms-course-card')] as (HTMLElement & { course: Course })[];
    const first = cards();
    expect(loadedYet, 'hms-load before the whole catalog is validated').to.equal(false);
    expect(first.map((card) => card.course.id)).to.deep.equal(expected);
    expect(root.querySelector('[part~="results"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(root.querySelector('[part~="count"]'), 'the count, before the whole catalog is in').to.equal(null);
    expect(root.querySelector('[part~="filters"]'), 'the filters, before the whole catalog is in').to.equal(null);
    expect(root.querySelectorAll('[part~="skeleton"]').length).to.be.greaterThan(0);
    const event = await loaded;
    expect((event.detail as { counts: { courses: number } }).counts.courses).to.equal(1000);
    await whenShown(el);
    expect(root.querySelector('[part~="count"]')!.textContent).to.contain('1,000');
    expect(root.querySelector('[part~="results"]')!.getAttribute('aria-busy')).to.equal(null);
    expect(root.querySelectorAll('[part~="filters"] select').length).to.be.greaterThan(0);
    // The same card elements, now with the whole catalog's courses.
    const after = cards();
    expect(after.map((card) => card.course.id)).to.deep.equal(expected);
    after.forEach((card, i) => expect(card, `card ${i}`).to.equal(first[i]));
  });

  it('a filtered, searched or re-sorted list of a large catalog validates it all before its first cards', async () => {
    for (const attributes of [{ modality: 'online' }, { q: 'cardiology' }, { sort: 'title' }]) {
      const el = document.createElement('hms-course-list') as HTMLElement & { catalog?: object; updateComplete: Promise<boolean> };
      el.dataset.firstRender = '';
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.catalog = generateCatalog({ courses: 1000, seed: 2 });
      document.body.append(el);
      await el.updateComplete;
      const results = el.shadowRoot!.querySelector('[part~="results"]');
      expect(results, JSON.stringify(attributes)).to.exist;
      expect(results!.getAttribute('aria-busy'), JSON.stringify(attributes)).to.equal(null);
      el.remove();
    }
  });

  it('a catalog object that is not a catalog still shows the error box, not content or an exception', async () => {
    const el = document.createElement('hms-course-list') as HTMLElement & { catalog?: object };
    el.dataset.firstRender = '';
    el.catalog = { version: 99, nothing: true };
    const failed = nextEvent(el, 'hms-error');
    document.body.append(el);
    await failed;
    await whenShown(el);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
  });
});
