// Issue 17: a skeleton pulses as one layer (its root's opacity), never box by box: an animation on
// each blocked-out box cost a style recalculation of every box in every frame on the main thread
// (the demo's home page at 4x CPU: a third of its style work while skeletons showed). A card drawn
// inside a list's skeleton does not pulse again inside the list's pulse.
import { expect, fixture, html } from '@open-wc/testing';
import { catalogStore } from '../../src/catalog/loader.js';
import '../../src/define.js';
import { scenario, whenTrue } from '../helpers.js';

const animated = (root: ShadowRoot) => [...root.querySelectorAll('*')].filter((el) => getComputedStyle(el).animationName !== 'none');

describe('skeleton pulse: one animation per skeleton', () => {
  beforeEach(() => catalogStore.clear());

  it('a list skeleton animates its root only, and its cards not at all', async () => {
    const held = scenario('held');
    try {
      const el = await fixture<HTMLElement>(html`<hms-course-list src=${held.url} page-size="6"></hms-course-list>`);
      await whenTrue(() => Boolean(el.shadowRoot?.querySelector('[part~="skeleton"]')) && el.shadowRoot!.querySelectorAll('hms-course-card').length >= 3);
      const skeleton = el.shadowRoot!.querySelector('[part~="skeleton"]')!;
      expect(animated(el.shadowRoot!), 'in the list: the skeleton root alone').to.deep.equal([skeleton]);
      expect(getComputedStyle(skeleton).animationName).to.equal('hms-pulse');
      const cards = [...el.shadowRoot!.querySelectorAll('hms-course-card')];
      await Promise.all(cards.map((card) => (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      for (const card of cards) {
        expect(card.shadowRoot!.querySelector('[part~="skeleton"]'), 'the card draws its placeholder').to.not.equal(null);
        expect(animated(card.shadowRoot!), 'a card in a list skeleton').to.deep.equal([]);
      }
    } finally {
      await fetch(`/api/release/${held.key}`);
    }
  });

  it('a card loading on its own pulses as one layer', async () => {
    const held = scenario('held');
    try {
      const el = await fixture<HTMLElement>(html`<hms-course-card src=${held.url} course-id="c-0001"></hms-course-card>`);
      await whenTrue(() => Boolean(el.shadowRoot?.querySelector('[part~="skeleton"]')));
      const skeleton = el.shadowRoot!.querySelector('[part~="skeleton"]')!;
      expect(animated(el.shadowRoot!)).to.deep.equal([skeleton]);
    } finally {
      await fetch(`/api/release/${held.key}`);
    }
  });
});
