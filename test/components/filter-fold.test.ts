import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HmsCourseCalendar } from '../../src/components/course-calendar/course-calendar.component.js';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import { en } from '../../src/i18n/messages.js';
import es from '../../src/i18n/locales/es.js';
import { part, parts, settledFixture, text, whenTrue } from '../helpers.js';

const SRC = '/demo/catalog.json';
/** An iPhone 12-15's screen in CSS pixels, the issue's phone. */
const PHONE = { width: 390, height: 844 };

/** Whether `el` is rendered (not display: none, nor inside a folded panel). */
const shown = (el: Element | null | undefined) => Boolean(el?.checkVisibility());

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<hms-course-list> filters on a narrow widget: folded behind "Filters (N)"', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it("at 390 px the first result's title is within one screen height (844 px) of the finder's top", async () => {
    await setViewport(PHONE);
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} page-size="9"></hms-course-list>`);
    const top = el.getBoundingClientRect().top;
    const card = part(el, 'item')!.querySelector('hms-course-card')!;
    const title = part(card, 'title')!;
    const bottom = title.getBoundingClientRect().bottom - top;
    expect(bottom, `the first title ends ${bottom.toFixed(0)} px below the finder's top`).to.be.at.most(PHONE.height);
    // The search box stays in view, outside the fold; the selects are folded.
    expect(shown(part(el, 'search'))).to.equal(true);
    expect(shown(part(el, 'filters-toggle'))).to.equal(true);
    expect(parts(el, 'filter').some(shown)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the button shows and hides the selects, by mouse and by keyboard, and keeps focus', async () => {
    await setViewport(PHONE);
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} page-size="3"></hms-course-list>`);
    const toggle = part<HTMLButtonElement>(el, 'filters-toggle')!;
    const panel = part(el, 'filter-panel')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(parts(el, 'filter').every(shown), 'every select shows').to.equal(true);
    await expect(el).to.be.accessible();

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(parts(el, 'filter').some(shown)).to.equal(false);
    expect(deepActive(), 'focus stays on the button').to.equal(toggle);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActive()).to.equal(toggle);
    // Tab goes from the button into the panel it opened.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(part(el, 'filter'));
  });

  it("the button's name and badge count the filters set (not the search text)", async () => {
    await setViewport(PHONE);
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} q="care"></hms-course-list>`);
    const toggle = () => part<HTMLButtonElement>(el, 'filters-toggle')!;
    expect(toggle().getAttribute('aria-label')).to.equal(en.filtersToggle(0, '0'));
    expect(part(el, 'filters-count')).to.equal(null);

    el.modality = 'online';
    el.accredited = true;
    await el.updateComplete;
    expect(toggle().getAttribute('aria-label')).to.equal(en.filtersToggle(2, '2'));
    expect(toggle().getAttribute('aria-label')).to.equal('Filters, 2 active');
    expect(text(part(el, 'filters-count'))).to.equal('2');
    expect(text(toggle())).to.equal('Filters 2');

    el.locale = 'es';
    await whenTrue(() => toggle().getAttribute('aria-label') === es.filtersToggle(2, '2'));
    expect(es.filtersToggle(2, '2')).to.equal('Filtros, 2 activos');
  });

  it('a wide widget keeps the filters in one bar, no button; "Sort by" sits in the summary bar beside the count', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} page-size="9"></hms-course-list>`);
    expect(shown(part(el, 'filters-toggle'))).to.equal(false);
    expect(parts(el, 'filter').length).to.equal(5);
    expect(parts(el, 'filter').every(shown)).to.equal(true);
    const sort = part(el, 'sort')!;
    const bar = part(el, 'count')!.parentElement!;
    expect(bar.contains(sort), 'the sort select is in the summary bar').to.equal(true);
    const count = part(el, 'count')!.getBoundingClientRect();
    const select = sort.getBoundingClientRect();
    expect(Math.abs(count.top + count.height / 2 - (select.top + select.height / 2)), 'on the count\'s row').to.be.below(count.height);
    expect(select.width, 'not a full-width select').to.be.below(el.getBoundingClientRect().width / 2);
  });

  it('the same list in a 390 px column of a wide page folds too (the widget\'s width decides, not the viewport)', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { el } = await settledFixture<HmsCourseList>(html`<div style="width: 390px"><hms-course-list src=${SRC} page-size="3"></hms-course-list></div>`);
    const list = el.querySelector('hms-course-list')!;
    expect(shown(part(list, 'filters-toggle'))).to.equal(true);
    expect(parts(list, 'filter').some(shown)).to.equal(false);
  });
});

describe('<hms-course-list> pager', () => {
  it('the "…" between page buttons sits on their text baseline', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list src=${SRC} page-size="3" controls="none"></hms-course-list>`);
    const gap = el.shadowRoot!.querySelector('[part~="pager"] .gap')!;
    expect(gap, 'a pager with a gap').to.exist;
    const baseline = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect().bottom;
    };
    const button = parts(el, 'page')[0];
    expect(Math.abs(baseline(gap) - baseline(button))).to.be.at.most(1);
    await setViewport({ width: 800, height: 600 });
  });
});

describe('<hms-course-calendar> filters on a narrow widget', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('fold behind the same "Filters" button below 40em, and show in a bar above', async () => {
    await setViewport(PHONE);
    const { el } = await settledFixture<HmsCourseCalendar>(html`<hms-course-calendar src=${SRC} modality="live" now="2027-01-15T12:00:00Z"></hms-course-calendar>`);
    const toggle = part<HTMLButtonElement>(el, 'filters-toggle')!;
    expect(shown(toggle)).to.equal(true);
    expect(toggle.getAttribute('aria-label')).to.equal(en.filtersToggle(1, '1'));
    expect(parts(el, 'filter').some(shown)).to.equal(false);
    toggle.click();
    await el.updateComplete;
    expect(parts(el, 'filter').every(shown)).to.equal(true);
    await expect(el).to.be.accessible();

    await setViewport({ width: 1280, height: 900 });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(shown(toggle)).to.equal(false);
    expect(parts(el, 'filter').every(shown)).to.equal(true);
  });
});
