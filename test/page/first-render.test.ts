import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { generateCatalog } from '../../scripts/catalog-generator.js';
import { WIDGETS } from '../../src/widgets.js';
import { nextEvent, sampleCatalog, whenShown } from '../helpers.js';

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
