// Issue 17: `loading="lazy"`. A widget far below the fold shows its skeleton and draws its content
// only when it comes within a screen of the viewport (or the page prints); its catalog loads with
// the page's, so an eager widget on the same source is not held back, and nothing leaks when a
// waiting widget leaves.
import { expect, fixture, html } from '@open-wc/testing';
import { catalogStore } from '../../src/catalog/loader.js';
import { forgetLastGood } from '../../src/catalog/last-good.js';
import { waitingNearViewport } from '../../src/internal/near-viewport.js';
import '../../src/define.js';
import { nextEvent, scenario, whenShown, whenTrue } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; loading?: string };
const hasSkeleton = (el: Element) => Boolean(el.shadowRoot?.querySelector('[part~="skeleton"]'));

/** An eager widget at the top and a lazy one 5,000 px further down, on one held source. */
async function stage(loading = 'lazy') {
  const held = scenario('held');
  const root = await fixture<HTMLElement>(html`<div style="position: relative; block-size: 6000px">
    <hms-mission id="top" src=${held.url} variant="quote"></hms-mission>
    <hms-news-list id="far" src=${held.url} limit="2" loading=${loading} style="position: absolute; inset-block-start: 5000px; inset-inline: 0"></hms-news-list>
  </div>`);
  const top = root.querySelector<Widget>('#top')!;
  const far = root.querySelector<Widget>('#far')!;
  return { held, root, top, far };
}

/** The stage once the catalog is in: the top widget loaded, the far one waiting for the viewport. */
async function waitingStage() {
  const staged = await stage();
  const topLoaded = nextEvent(staged.top, 'hms-load');
  await fetch(`/api/release/${staged.held.key}`);
  await topLoaded;
  await whenTrue(() => waitingNearViewport() === 1);
  return staged;
}

describe('loading="lazy": content near the viewport only', () => {
  beforeEach(async () => {
    catalogStore.clear();
    await forgetLastGood();
    scrollTo(0, 0);
  });
  afterEach(() => scrollTo(0, 0));

  it('reflects the attribute and defaults to eager behaviour', async () => {
    const { held, far } = await stage();
    try {
      expect(far.loading).to.equal('lazy');
      far.loading = 'eager';
      await far.updateComplete;
      expect(far.getAttribute('loading')).to.equal('eager');
    } finally {
      await fetch(`/api/release/${held.key}`);
    }
  });

  it('a lazy widget far below keeps its skeleton once the catalog is in, and draws its content when scrolled near', async () => {
    const { held, top, far } = await stage();
    let farLoaded = false;
    far.addEventListener('hms-load', () => (farLoaded = true));
    try {
      const topLoaded = nextEvent(top, 'hms-load');
      await fetch(`/api/release/${held.key}`);
      await topLoaded;
      // The far widget's run has its catalog and waits for the viewport: nothing else is pending.
      await whenTrue(() => waitingNearViewport() === 1 || farLoaded);
      expect(farLoaded, 'the lazy widget did not render its content off screen').to.equal(false);
      expect(hasSkeleton(far), 'it shows its skeleton meanwhile').to.equal(true);
      expect((await held.hits()).count, 'one request serves both widgets').to.equal(1);

      const loaded = nextEvent(far, 'hms-load');
      far.scrollIntoView();
      await loaded;
      await whenShown(far);
      expect(far.shadowRoot!.querySelectorAll('[part~="post"]').length).to.be.greaterThan(0);
      expect(waitingNearViewport()).to.equal(0);
    } finally {
      await fetch(`/api/release/${held.key}`);
    }
  });

  it('without loading="lazy" the same widget far below draws its content at once', async () => {
    const { held, far } = await stage('eager');
    try {
      const loaded = nextEvent(far, 'hms-load');
      await fetch(`/api/release/${held.key}`);
      await loaded;
      await whenShown(far);
      expect(scrollY).to.equal(0);
      expect(waitingNearViewport()).to.equal(0);
    } finally {
      await fetch(`/api/release/${held.key}`);
    }
  });

  it('printing draws every waiting widget', async () => {
    const { held, far } = await waitingStage();
    try {
      const loaded = nextEvent(far, 'hms-load');
      dispatchEvent(new Event('beforeprint'));
      await loaded;
      dispatchEvent(new Event('afterprint'));
      await whenShown(far);
      expect(scrollY, 'printing did not scroll the page').to.equal(0);
    } finally {
      await fetch(`/api/release/${held.key}`);
    }
  });

  it('a waiting widget that leaves the page stops waiting', async () => {
    const { held, far } = await waitingStage();
    try {
      far.remove();
      await whenTrue(() => waitingNearViewport() === 0);
      expect(waitingNearViewport()).to.equal(0);
    } finally {
      await fetch(`/api/release/${held.key}`);
    }
  });
});
