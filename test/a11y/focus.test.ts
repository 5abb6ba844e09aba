import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import { nextEvent, part, parts, scenario, whenFound, whenShown } from '../helpers.js';
import { deepActive, deepElements, describe as where, flatParent, isShown, settled } from './probe.js';
import { GROUPS } from './widgets.js';

const SRC = '/demo/catalog.json';

async function loadedList(template: ReturnType<typeof html>): Promise<HmsCourseList> {
  const el = await fixture<HmsCourseList>(template);
  await whenShown(el);
  await el.updateComplete;
  return el;
}

/** Activates a focused button the way a keyboard does. */
async function press(button: HTMLElement): Promise<void> {
  button.focus();
  expect(deepActive()).to.equal(button);
  await sendKeys({ press: 'Enter' });
}

describe('focus stays in the widget after every action (WCAG 2.4.3)', () => {
  it('Clear filters (which removes itself) moves focus to the search box', async () => {
    const el = await loadedList(html`<hms-course-list src=${SRC} page-size="4"></hms-course-list>`);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-modality')!;
    select.value = 'live';
    select.dispatchEvent(new Event('change'));
    await nextEvent(el, 'hms-filter-change');
    const cleared = nextEvent(el, 'hms-filter-change');
    await press(part(el, 'clear')!);
    await cleared;
    await el.updateComplete;
    expect(part(el, 'clear')).to.equal(null);
    expect(deepActive()).to.equal(part(el, 'search'));
  });

  it('Clear filters without a search box moves focus to the named results region', async () => {
    const el = await loadedList(html`<hms-course-list src=${SRC} controls="modality" page-size="4"></hms-course-list>`);
    el.q = 'zzzz-no-such-course';
    await el.updateComplete;
    const cleared = nextEvent(el, 'hms-filter-change');
    await press(part(el, 'clear')!);
    await cleared;
    await el.updateComplete;
    const results = part(el, 'results')!;
    expect(deepActive()).to.equal(results);
    expect(results.getAttribute('role')).to.equal('region');
    expect(results.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
  });

  it('paging moves focus to the named results region', async () => {
    const el = await loadedList(html`<hms-course-list src=${SRC} page-size="4" controls="none"></hms-course-list>`);
    const paged = nextEvent(el, 'hms-filter-change');
    await press(part(el, 'next')!);
    await paged;
    await el.updateComplete;
    expect(el.page).to.equal(2);
    expect(deepActive()).to.equal(part(el, 'results'));
  });

  it('Previous, disabled on reaching page 1, does not drop focus to the page', async () => {
    const el = await loadedList(html`<hms-course-list src=${SRC} page-size="4" controls="none"></hms-course-list>`);
    el.page = 2;
    await el.updateComplete;
    const paged = nextEvent(el, 'hms-filter-change');
    await press(part(el, 'previous')!);
    await paged;
    await el.updateComplete;
    expect(part<HTMLButtonElement>(el, 'previous')!.disabled).to.equal(true);
    expect(deepActive()).to.equal(part(el, 'results'));
  });

  it('a page-size change that removes the focused page button moves focus to the results', async () => {
    const el = await loadedList(html`<hms-course-list src=${SRC} page-size="4" controls="none"></hms-course-list>`);
    const last = parts<HTMLButtonElement>(el, 'page').at(-1)!;
    last.focus();
    el.pageSize = 1000;
    await el.updateComplete;
    expect(part(el, 'pager')).to.equal(null);
    expect(deepActive()).to.equal(part(el, 'results'));
  });

  it('a search that empties the list keeps focus in the search box', async () => {
    const el = await loadedList(html`<hms-course-list src=${SRC} page-size="4"></hms-course-list>`);
    part(el, 'search')!.focus();
    const searched = nextEvent(el, 'hms-filter-change');
    await sendKeys({ type: 'zzzzqq' });
    await searched;
    await el.updateComplete;
    expect(part(el, 'empty')).to.exist;
    expect(deepActive()).to.equal(part(el, 'search'));
  });

  it('a filter that takes away the focused card moves focus to the results', async () => {
    const el = await loadedList(html`<hms-course-list src=${SRC} page-size="4"></hms-course-list>`);
    const card = el.shadowRoot!.querySelector('hms-course-card')!;
    await card.updateComplete;
    part(card, 'title-link')!.focus();
    expect(deepActive()).to.equal(part(card, 'title-link'));
    el.q = 'zzzz-no-such-course';
    await el.updateComplete;
    expect(card.isConnected).to.equal(false);
    expect(deepActive()).to.equal(part(el, 'results'));
  });

  for (const [tag, template, expected] of [
    ['hms-course-list', (src: string) => html`<hms-course-list src=${src} page-size="4"></hms-course-list>`, 'results'],
    ['hms-mission', (src: string) => html`<hms-mission src=${src}></hms-mission>`, 'mission'],
    ['hms-divisions', (src: string) => html`<hms-divisions src=${src}></hms-divisions>`, 'divisions'],
    ['hms-news-list', (src: string) => html`<hms-news-list src=${src}></hms-news-list>`, 'list'],
  ] as const) {
    it(`${tag}: a Retry that succeeds moves focus to the new content`, async () => {
      const source = scenario('404,ok');
      const failed = nextEvent(document, 'hms-error');
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(template(source.url));
      await failed;
      await el.updateComplete;
      const loaded = nextEvent(el, 'hms-load');
      await press(part(el, 'retry')!);
      await loaded;
      await whenFound(el.shadowRoot!, () => deepActive() !== document.body && deepActive());
      expect(deepActive()).to.equal(part(el, expected));
    });
  }

  it('a Retry that fails again keeps focus on Retry', async () => {
    const source = scenario('404,404');
    const failed = nextEvent(document, 'hms-error');
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<hms-mission src=${source.url}></hms-mission>`);
    await failed;
    await el.updateComplete;
    const retry = part(el, 'retry')!;
    const again = nextEvent(el, 'hms-error');
    await press(retry);
    await again;
    await el.updateComplete;
    expect(deepActive()).to.equal(retry);
  });
});

describe('focus rings are whole: not clipped by the widget (WCAG 2.4.7, 2.4.11)', () => {
  for (const [name, group] of Object.entries(GROUPS)) {
    for (const theme of [undefined, 'high-contrast']) {
      it(`${name}${theme ? `, ${theme}` : ''}: the ring of every link and control lies inside every box that clips`, async () => {
        const el = await fixture<HTMLElement>(html`<div style="width: 900px">${group(theme)}</div>`);
        await settled(el);
        const problems: string[] = [];
        for (const control of deepElements(el)) {
          if (!control.matches('a[href], button:not(:disabled), input, select') || !isShown(control)) continue;
          (control as HTMLElement).focus();
          const style = getComputedStyle(control);
          const reach = parseFloat(style.outlineWidth) + Math.max(0, parseFloat(style.outlineOffset));
          const box = control.getBoundingClientRect();
          for (let node = flatParent(control); node && node !== el; node = flatParent(node)) {
            const clip = getComputedStyle(node);
            if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
            const room = node.getBoundingClientRect();
            const whole =
              box.left - reach >= room.left - 0.5 && box.right + reach <= room.right + 0.5 && box.top - reach >= room.top - 0.5 && box.bottom + reach <= room.bottom + 0.5;
            if (!whole) problems.push(`ring cut by ${node.localName}.${node.className}: ${where(control)}`);
          }
          (control as HTMLElement).blur();
        }
        expect(problems, problems.slice(0, 20).join('\n')).to.deep.equal([]);
      });
    }
  }
});
