import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import { part, parts, whenShown } from '../helpers.js';
import { backgroundBehind, contrast, parseColor } from './probe.js';

const SRC = '/demo/catalog.json';

/** A system colour as the browser resolves it now. */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

// Forced colors (Windows high contrast) emulated through the DevTools protocol
// (test/server/forced-colors-command.mjs): the browser then replaces the page's colours with the
// system palette, as Windows does.
describe('forced colors (WCAG 1.4.11 in Windows high contrast)', () => {
  let list: HmsCourseList;
  before(async () => {
    await executeServerCommand('hms-forced-colors', { active: true });
  });
  after(async () => {
    await executeServerCommand('hms-forced-colors', { active: false });
  });
  beforeEach(async () => {
    list = await fixture<HmsCourseList>(html`<hms-course-list src=${SRC} page-size="4"></hms-course-list>`);
    await whenShown(list);
    await list.updateComplete;
  });

  it('is emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('the current page stands apart from the other page buttons', () => {
    const pages = parts(list, 'page');
    const current = pages.find((page) => page.getAttribute('aria-current') === 'page')!;
    const other = pages.find((page) => page !== current)!;
    const fill = (el: Element) => backgroundBehind(el);
    expect(contrast(fill(current), fill(other)), 'current page fill against another page button').to.be.at.least(3);
  });

  it('badges keep a visible box', async () => {
    const card = list.shadowRoot!.querySelector('hms-course-card')!;
    await card.updateComplete;
    const badges = parts(card, 'badge');
    expect(badges.length).to.be.greaterThan(1);
    for (const badge of badges) {
      const style = getComputedStyle(badge);
      expect(style.borderTopStyle, badge.textContent!).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(contrast(parseColor(style.borderTopColor), backgroundBehind(badge))).to.be.at.least(3);
    }
  });

  it('a disabled button reads as disabled through its colour, not opacity', () => {
    const previous = part<HTMLButtonElement>(list, 'previous')!;
    const next = part<HTMLButtonElement>(list, 'next')!;
    expect(previous.disabled).to.equal(true);
    const style = getComputedStyle(previous);
    expect(style.opacity).to.equal('1');
    expect(style.color).to.equal(systemColor('GrayText'));
    expect(getComputedStyle(next).color).not.to.equal(style.color);
  });

  it('the focus ring shows in the system highlight colour', () => {
    const next = part<HTMLButtonElement>(list, 'next')!;
    next.focus();
    const style = getComputedStyle(next);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineColor).to.equal(systemColor('Highlight'));
  });
});
