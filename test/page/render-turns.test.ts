// Issue 17: a page of widgets whose catalog arrives at once renders one widget per task, those on
// screen first, so no single task holds the page (the bench's "page of ten widgets" row times it).
import { expect, fixture, html } from '@open-wc/testing';
import { catalogStore } from '../../src/catalog/loader.js';
import { forgetLastGood } from '../../src/catalog/last-good.js';
import { waitingForTurn } from '../../src/controllers/render-turns.js';
import '../../src/define.js';
import { loadsOf, scenario, whenTrue } from '../helpers.js';

const shown = (el: Element) => Boolean(el.shadowRoot?.firstElementChild) && !el.shadowRoot!.querySelector('[part~="skeleton"]');

describe('render turns: one widget per task, on-screen widgets first', () => {
  beforeEach(async () => {
    catalogStore.clear();
    await forgetLastGood();
  });

  it('widgets on screen render before one further down the page, each when the one before it is done', async () => {
    const held = scenario('held');
    try {
      // The first widget in the document sits far below the fold; the other four are on screen.
      const stage = await fixture<HTMLElement>(html`<div style="position: relative">
        <hms-mission id="below" src=${held.url} variant="quote" style="position: absolute; inset-block-start: 5000px; inset-inline: 0"></hms-mission>
        <hms-mission id="a" src=${held.url} variant="quote"></hms-mission>
        <hms-news-list id="b" src=${held.url} limit="1"></hms-news-list>
        <hms-mission id="c" src=${held.url} variant="compact"></hms-mission>
        <hms-divisions id="d" src=${held.url}></hms-divisions>
      </div>`);
      const widgets = [...stage.children] as HTMLElement[];
      await Promise.all(widgets.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      // Each render is seen from a mutation observer: which widgets show content at that moment.
      const order: string[] = [];
      const together: string[][] = [];
      const observer = new MutationObserver(() => {
        const now = widgets.filter(shown).map((el) => el.id);
        const fresh = now.filter((id) => !order.includes(id));
        if (fresh.length > 1) together.push(fresh);
        order.push(...fresh);
      });
      for (const el of widgets) observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      const loaded = loadsOf(widgets.length, stage);
      await fetch(`/api/release/${held.key}`);
      await loaded;
      observer.disconnect();
      expect(order.at(-1), `render order ${order.join(', ')}`).to.equal('below');
      expect(order.slice(0, 4)).to.deep.equal(['a', 'b', 'c', 'd']);
      expect(together, 'no two widgets rendered in the same task').to.deep.equal([]);
    } finally {
      await fetch(`/api/release/${held.key}`);
    }
  });

  it('a widget removed while it waits for its turn leaves the queue', async () => {
    const held = scenario('held');
    try {
      const stage = await fixture<HTMLElement>(html`<div>
        <hms-mission src=${held.url}></hms-mission>
        <hms-mission src=${held.url}></hms-mission>
        <hms-mission src=${held.url}></hms-mission>
      </div>`);
      const widgets = [...stage.children] as HTMLElement[];
      // The moment one widget renders, the two others wait for their turn: they leave then.
      let queuedAtRemoval = -1;
      let rest: HTMLElement[] = [];
      const observer = new MutationObserver(() => {
        const first = widgets.find(shown);
        if (queuedAtRemoval >= 0 || !first) return;
        queuedAtRemoval = waitingForTurn();
        rest = widgets.filter((el) => el !== first);
        for (const el of rest) el.remove();
      });
      for (const el of widgets) observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await fetch(`/api/release/${held.key}`);
      await whenTrue(() => queuedAtRemoval >= 0);
      observer.disconnect();
      expect(queuedAtRemoval, 'the two others were waiting for their turn').to.equal(2);
      await whenTrue(() => waitingForTurn() === 0);
      expect(rest.filter(shown), 'a widget that left never renders its turn').to.deep.equal([]);
    } finally {
      await fetch(`/api/release/${held.key}`);
    }
  });

  it('turns never measure a widget: where each one is comes from an observer', async () => {
    const held = scenario('held');
    const measure = Element.prototype.getBoundingClientRect;
    try {
      const stage = await fixture<HTMLElement>(html`<div>
        <hms-mission src=${held.url} variant="quote"></hms-mission>
        <hms-news-list src=${held.url} limit="1"></hms-news-list>
        <hms-mission src=${held.url} variant="compact"></hms-mission>
        <hms-divisions src=${held.url}></hms-divisions>
        <hms-mission src=${held.url}></hms-mission>
      </div>`);
      const widgets = [...stage.children] as HTMLElement[];
      await Promise.all(widgets.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      // A measure forces the page's style and layout: count those of the widgets while they take their turns.
      let measured = 0;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        if (widgets.includes(this as HTMLElement)) measured += 1;
        return measure.call(this);
      };
      const loaded = loadsOf(widgets.length, stage);
      await fetch(`/api/release/${held.key}`);
      await loaded;
      expect(widgets.filter(shown).length).to.equal(widgets.length);
      // The first widget ready, with nobody waiting, may be measured once to render in its own task.
      expect(measured, 'measures of the widgets during their turns').to.be.at.most(1);
    } finally {
      Element.prototype.getBoundingClientRect = measure;
      await fetch(`/api/release/${held.key}`);
    }
  });
});
