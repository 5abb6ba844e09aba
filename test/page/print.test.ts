import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import type { HmsProgramCard } from '../../src/components/program-card/program-card.component.js';
import { part, parts, scenario, settledFixture } from '../helpers.js';

const SRC = '/demo/catalog.json';
const BLACK = 'rgb(0, 0, 0)';
const WHITE = 'rgb(255, 255, 255)';

/** Whether `el` is rendered at all. */
const shown = (el: Element | null | undefined) => Boolean(el?.checkVisibility());

describe('print: a printed course list or program card is readable', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  afterEach(() => emulateMedia({ media: 'screen' }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('a course list prints its courses, each with its address, and none of its controls', async () => {
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} page-size="3" theme="dark"></hms-course-list>`);
    const controls = ['filters', 'pager', 'sort', 'add-all', 'time-toggle'].map((name) => part(el, name));
    expect(controls.every(shown), 'on screen, the controls show').to.equal(true);

    await emulateMedia({ media: 'print' });
    for (const [i, name] of ['filters', 'pager', 'sort', 'add-all', 'time-toggle'].entries()) expect(shown(controls[i]), `${name} is not printed`).to.equal(false);
    expect(shown(part(el, 'count'))).to.equal(true);
    const cards = parts(el, 'item').map((item) => item.querySelector('hms-course-card')!);
    expect(cards).to.have.length(3);
    for (const card of cards) {
      const link = part<HTMLAnchorElement>(card, 'title-link')!;
      // Chromium resolves attr() in the computed value: the text printed after the title.
      expect(getComputedStyle(link, '::after').content, 'the address after the title').to.equal(`" (${link.getAttribute('href')})"`);
      expect(getComputedStyle(link).color, 'black text, also from a dark widget').to.equal(BLACK);
      expect(getComputedStyle(part(card, 'card')!).breakInside).to.equal('avoid');
      expect(shown(part(card, 'calendar-menu')), 'no "Add to calendar" menu').to.equal(false);
      expect(parts(card, 'body').every((body) => getComputedStyle(body).backgroundColor === 'rgba(0, 0, 0, 0)')).to.equal(true);
    }
    expect(getComputedStyle(el).backgroundColor, 'a dark widget prints on white').to.equal(WHITE);
  });

  it('a program card prints its title with its address, black on white, without its Apply button colours', async () => {
    const { el } = await settledFixture<HmsProgramCard>(html`<hms-program-card src=${SRC} program-id="gcsrt" theme="high-contrast"></hms-program-card>`);
    await emulateMedia({ media: 'print' });
    const link = part<HTMLAnchorElement>(el, 'title-link')!;
    expect(getComputedStyle(link, '::after').content).to.equal(`" (${link.getAttribute('href')})"`);
    expect(getComputedStyle(el).color).to.equal(BLACK);
    expect(getComputedStyle(el).backgroundColor).to.equal(WHITE);
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      if (!shown(node)) continue;
      expect(getComputedStyle(node).backgroundColor, `${node.localName}.${node.className} has no background`).to.equal('rgba(0, 0, 0, 0)');
      const color = getComputedStyle(node).color;
      expect(color, `${node.localName}.${node.className} is printed in black`).to.equal(BLACK);
    }
  });

  it('a list still loading prints no skeleton', async () => {
    const el = document.createElement('hms-course-list');
    el.setAttribute('src', scenario('hang').url);
    document.body.append(el);
    try {
      await (el as HmsCourseList).updateComplete;
      const skeleton = part(el, 'skeleton');
      expect(shown(skeleton), 'on screen, the skeleton shows').to.equal(true);
      await emulateMedia({ media: 'print' });
      expect(shown(skeleton)).to.equal(false);
    } finally {
      el.remove();
    }
  });
});
