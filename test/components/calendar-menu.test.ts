// The "Add to calendar" menu shared by the course card and the calendar: a disclosure that works by
// keyboard, and the .ics handed over in the way each platform's browser can take it.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/course-card/course-card.js';
import type { HmsCourseCard } from '../../src/components/course-card/course-card.component.js';
import { icsFileName, icsLink, isAppleMobile } from '../../src/components/course-card/calendar-menu.js';
import { courseToIcs } from '../../src/catalog/ics.js';
import type { Course } from '../../src/catalog/types.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import { part, parts, sampleCatalog } from '../helpers.js';

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('the Add to calendar menu', () => {
  let course: Course;
  before(async () => {
    course = validateCatalog(await sampleCatalog()).catalog.courses.find((c) => c.modality === 'live' && c.sessions.length > 0)!;
  });

  it('opens with Enter, reaches each choice with Tab, and closes with Escape back on its button', async () => {
    const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${course}></hms-course-card>`);
    const menu = part<HTMLDetailsElement>(el, 'calendar-menu')!;
    part(el, 'calendar')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(menu.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(parts(el, 'calendar-option')[0]);
    await sendKeys({ press: 'Escape' });
    expect(menu.open).to.equal(false);
    expect(deepActive()).to.equal(part(el, 'calendar'));
  });

  it('on iPhone and iPad the .ics is a data:text/calendar page (Safari offers "Add All"); elsewhere a blob download', () => {
    const ics = courseToIcs(course, { uidDomain: 'catalog.zeta.example' })!;
    const apple = icsLink(ics, 'c.ics', true);
    expect(apple.download).to.equal(undefined);
    expect(apple.href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    expect(decodeURIComponent(apple.href.slice(apple.href.indexOf(',') + 1))).to.equal(ics);
    const other = icsLink(ics, 'c.ics', false);
    expect(other.download).to.equal('c.ics');
    expect(other.href.startsWith('blob:')).to.equal(true);
    URL.revokeObjectURL(other.href);
  });

  it('knows iOS and iPadOS (which says it is a Mac, with a touch screen) from a Mac and Android', () => {
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
    const ipad = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
    const android = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
    expect(isAppleMobile({ userAgent: iphone, maxTouchPoints: 5 })).to.equal(true);
    expect(isAppleMobile({ userAgent: ipad, maxTouchPoints: 5 })).to.equal(true);
    expect(isAppleMobile({ userAgent: ipad, maxTouchPoints: 0 }), 'a Mac').to.equal(false);
    expect(isAppleMobile({ userAgent: android, maxTouchPoints: 5 })).to.equal(false);
  });

  it('names files from ids with nothing a file system could trip on', () => {
    expect(icsFileName('c-0019')).to.equal('c-0019.ics');
    expect(icsFileName('../a b/c')).to.equal('-a-b-c.ics');
  });
});
