import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import { nextEvent, part, whenShown } from '../helpers.js';

const SRC = '/demo/catalog.json';

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('keyboard and motion', () => {
  it('a keyboard user searches, filters and pages the course list, with a visible focus ring', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <hms-course-list src=${SRC} controls="search, modality" page-size="4"></hms-course-list>
    </div>`);
    const list = wrapper.querySelector<HmsCourseList>('hms-course-list')!;
    // The catalog may be in before fixture() returns: then its hms-load has already fired.
    await whenShown(list);
    await list.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    await sendKeys({ press: 'Tab' });
    const search = part<HTMLInputElement>(list, 'search')!;
    expect(deepActive()).to.equal(search);
    const outline = getComputedStyle(search);
    expect(outline.outlineStyle).to.equal('solid');
    expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);

    const searched = nextEvent(list, 'hms-filter-change');
    await sendKeys({ type: 'cardiology' });
    await searched;
    expect(list.q).to.equal('cardiology');

    await sendKeys({ press: 'Backspace' });
    for (let i = 0; i < 'cardiology'.length; i += 1) await sendKeys({ press: 'Backspace' });
    await nextEvent(list, 'hms-filter-change');

    await sendKeys({ press: 'Tab' });
    const modality = list.shadowRoot!.querySelector<HTMLSelectElement>('#filter-modality')!;
    expect(deepActive()).to.equal(modality);

    // Tab on through the cards' links and buttons to the pager's Next button, then press Enter.
    const next = part<HTMLButtonElement>(list, 'next')!;
    for (let i = 0; i < 40 && deepActive() !== next; i += 1) await sendKeys({ press: 'Tab' });
    expect(deepActive(), 'Next is reachable by Tab').to.equal(next);
    const paged = nextEvent(list, 'hms-filter-change');
    await sendKeys({ press: 'Enter' });
    await paged;
    expect(list.page).to.equal(2);
  });

  it('under prefers-reduced-motion the loading skeleton does not animate', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<HTMLElement>(html`<hms-mission src="/api/scenario/motion-check?plan=hang"></hms-mission>`);
      // The skeleton pulses as one layer (its root), not box by box: the root is what would animate.
      const skeleton = el.shadowRoot!.querySelector('[part~="skeleton"]')!;
      expect(getComputedStyle(skeleton).animationName).to.equal('none');
      el.remove();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await fixture<HTMLElement>(html`<hms-mission src="/api/scenario/motion-check-2?plan=hang"></hms-mission>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="skeleton"]')!).animationName).not.to.equal('none');
    el.remove();
  });
});
