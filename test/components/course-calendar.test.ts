import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/course-calendar/course-calendar.js';
import type { HmsCourseCalendar } from '../../src/components/course-calendar/course-calendar.component.js';
import { loadFeeds } from '../../src/catalog/feeds.js';
import { en } from '../../src/i18n/messages.js';
import { zoneName } from '../../src/i18n/format.js';
import type { CourseSession } from '../../src/catalog/types.js';
import ar from '../../src/i18n/locales/ar.js';
import { generateCatalog } from '../../scripts/catalog-generator.js';
import { nextEvent, part, parts, text, whenFound, whenShown } from '../helpers.js';

type Row = [start: string, end: string, timeZone: string];

/** A valid course with the given sessions (start, end, IANA zone). */
function course(id: string, title: string, sessions: Row[], modality = 'live') {
  return {
    id,
    title,
    summary: `${title}: a summary`,
    url: `https://courses.zeta.example/${id}`,
    division: 'continuing-education',
    modality,
    accredited: true,
    credits: [],
    topics: [modality === 'live' ? 'Cardiology' : 'Oncology'],
    audience: [],
    status: 'open',
    directors: [],
    sessions: sessions.map(([start, end, timeZone]) => ({ start, end, timeZone, online: false, location: { name: 'Zeta Hall', city: 'Boston', country: 'US' } })),
  };
}

/**
 * The sessions of these tests, each at an instant whose day differs from zone to zone. The days
 * expected below are facts about the zones (offsets and the dates their clocks change in 2027:
 * the US on 14 March and 7 November, the EU on 28 March and 31 October, at 01:00 UTC in the EU).
 */
const COURSES = [
  // 23:30-01:00 UTC: crosses midnight in UTC; the 11th in Tokyo (08:30), the 10th in Los Angeles (15:30 PST).
  course('midnight', 'Zeta Midnight Rounds', [['2027-03-10T23:30:00Z', '2027-03-11T01:00:00Z', 'UTC']]),
  // 23:30 EDT on the 14th, the first evening of US daylight time: 03:30 UTC on the 15th; 20:30 PDT on the 14th in Los Angeles.
  course('us-dst', 'Zeta Boston Evening', [['2027-03-14T23:30:00-04:00', '2027-03-15T00:30:00-04:00', 'America/New_York']]),
  // 01:30 EST on the 14th, half an hour before New York's clocks go forward: 06:30 UTC; 22:30 PST on the 13th in Los Angeles.
  course('us-dst-night', 'Zeta Boston Night', [['2027-03-14T01:30:00-05:00', '2027-03-14T02:00:00-05:00', 'America/New_York']]),
  // 23:30 UTC on the 27th: 23:30 GMT in London, 00:30 CET on the 28th in Paris, 19:30 EDT in New York.
  course('eu-eve', 'Zeta Paris Eve', [['2027-03-27T23:30:00Z', '2027-03-28T00:15:00Z', 'Europe/Paris']]),
  // 00:30 UTC on the 28th, before Europe's change at 01:00 UTC: 00:30 GMT in London, 01:30 CET in Paris, 20:30 EDT on the 27th in New York.
  course('eu-change', 'Zeta London Night', [['2027-03-28T00:30:00Z', '2027-03-28T00:45:00Z', 'Europe/London']]),
  // 22:30 UTC on 30 October: 23:30 BST in London, 00:30 CEST on the 31st in Paris.
  course('oct-bst', 'Zeta October Summer', [['2027-10-30T22:30:00Z', '2027-10-30T23:00:00Z', 'Europe/London']]),
  // 23:30 UTC on 31 October, after Europe's change: 23:30 GMT in London, 00:30 CET on 1 November in Paris.
  course('oct-gmt', 'Zeta October Winter', [['2027-10-31T23:30:00Z', '2027-11-01T00:15:00Z', 'Europe/Paris']]),
  // Five sessions on 22 March (UTC): a cell shows two and "+3 more".
  ...[8, 9, 10, 11, 12].map((hour) =>
    course(`busy-${hour}`, `Zeta Busy ${hour}`, [[`2027-03-22T${String(hour).padStart(2, '0')}:00:00Z`, `2027-03-22T${String(hour).padStart(2, '0')}:45:00Z`, 'UTC']], hour % 2 ? 'online' : 'live'),
  ),
];
const CATALOG = { version: 1, organization: { name: 'Zeta Academy', url: 'https://catalog.zeta.example/about', facts: [] }, divisions: [], courses: COURSES, programs: [], posts: [] };

async function calendar(attributes: Record<string, string>, width = 1000): Promise<HmsCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px"></div>`);
  const el = document.createElement('hms-course-calendar');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.catalog = CATALOG;
  wrapper.append(el);
  await whenShown(el);
  await el.updateComplete;
  return el;
}

/** The days (`2027-03-10`) whose cells show a session of `title`, in the grid. */
function daysOf(el: HmsCourseCalendar, title: string): string[] {
  return parts(el, 'cell')
    .filter((cell) => [...cell.querySelectorAll('.session-title')].some((span) => span.textContent === title))
    .map((cell) => cell.dataset.day!);
}

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const announced = (el: HmsCourseCalendar, expected: string) => whenFound(el.shadowRoot!, () => part(el, 'announcement')?.textContent === expected);

describe('<hms-course-calendar>', () => {
  describe('each session on its day, in the visitor\'s zone', () => {
    const cases: [zone: string, expected: Record<string, string>][] = [
      ['UTC', { 'Zeta Midnight Rounds': '2027-03-10', 'Zeta Boston Evening': '2027-03-15', 'Zeta Boston Night': '2027-03-14' }],
      ['Asia/Tokyo', { 'Zeta Midnight Rounds': '2027-03-11', 'Zeta Boston Evening': '2027-03-15', 'Zeta Boston Night': '2027-03-14' }],
      ['America/Los_Angeles', { 'Zeta Midnight Rounds': '2027-03-10', 'Zeta Boston Evening': '2027-03-14', 'Zeta Boston Night': '2027-03-13' }],
    ];
    for (const [zone, expected] of cases) {
      it(`in ${zone}: a session crossing midnight and the US clock change land on the zone's day`, async () => {
        const el = await calendar({ month: '2027-03', 'time-zone': zone, view: 'month' });
        for (const [title, day] of Object.entries(expected)) expect(daysOf(el, title), `${title} in ${zone}`).to.deep.equal([day]);
      });
    }

    it('a session crossing midnight shows both ends, the later with its date', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'UTC', view: 'agenda' });
      const item = parts(el, 'item').find((li) => li.textContent!.includes('Zeta Midnight Rounds'))!;
      const shown = text(item.querySelector('[part~="time"]'));
      const format = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
      expect(shown).to.include(format.format(Date.parse('2027-03-10T23:30:00Z')));
      expect(shown).to.include(format.format(Date.parse('2027-03-11T01:00:00Z')));
      expect(shown).to.include('Mar 11');
    });

    it('the night Europe changes to summer time (28 March) in London, Paris and New York', async () => {
      const expected: Record<string, Record<string, string>> = {
        'Europe/London': { 'Zeta Paris Eve': '2027-03-27', 'Zeta London Night': '2027-03-28' },
        'Europe/Paris': { 'Zeta Paris Eve': '2027-03-28', 'Zeta London Night': '2027-03-28' },
        'America/New_York': { 'Zeta Paris Eve': '2027-03-27', 'Zeta London Night': '2027-03-27' },
      };
      for (const [zone, days] of Object.entries(expected)) {
        const el = await calendar({ month: '2027-03', 'time-zone': zone, view: 'month' });
        for (const [title, day] of Object.entries(days)) expect(daysOf(el, title), `${title} in ${zone}`).to.deep.equal([day]);
      }
    });

    it('the night Europe goes back to winter time (31 October): a session leaves October in Paris, not in London', async () => {
      const london = await calendar({ month: '2027-10', 'time-zone': 'Europe/London', view: 'month' });
      expect(daysOf(london, 'Zeta October Summer')).to.deep.equal(['2027-10-30']);
      expect(daysOf(london, 'Zeta October Winter')).to.deep.equal(['2027-10-31']);
      const paris = await calendar({ month: '2027-10', 'time-zone': 'Europe/Paris', view: 'month' });
      expect(daysOf(paris, 'Zeta October Summer')).to.deep.equal(['2027-10-31']);
      expect(daysOf(paris, 'Zeta October Winter')).to.deep.equal([]);
      paris.month = '2027-11';
      await paris.updateComplete;
      expect(daysOf(paris, 'Zeta October Winter')).to.deep.equal(['2027-11-01']);
    });

    it('every day of a month with a clock change is in the grid once, in order, in every zone', async () => {
      for (const zone of ['Europe/London', 'America/New_York', 'Australia/Sydney']) {
        for (const [month, days] of [['2027-03', 31], ['2027-10', 31], ['2027-11', 30]] as const) {
          const el = await calendar({ month, 'time-zone': zone, view: 'month' });
          const inMonth = parts(el, 'cell').filter((cell) => !cell.matches('[part~="outside"]'));
          expect(inMonth.map((cell) => cell.dataset.day), `${month} in ${zone}`).to.deep.equal(
            Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`),
          );
          expect(parts(el, 'cell').length % 7).to.equal(0);
        }
      }
    });
  });

  describe("each course's own zone, on demand", () => {
    it('"Each course\'s time" puts a session on its day in its course\'s zone, and the agenda gives that time beside the visitor\'s', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'Asia/Tokyo', view: 'month' });
      expect(daysOf(el, 'Zeta Boston Evening')).to.deep.equal(['2027-03-15']);
      const [visitor, own] = parts<HTMLButtonElement>(el, 'zones')[0].querySelectorAll('button');
      expect(visitor.getAttribute('aria-pressed')).to.equal('true');
      own.click();
      await el.updateComplete;
      expect(el.zone).to.equal('course');
      expect(own.getAttribute('aria-pressed')).to.equal('true');
      expect(daysOf(el, 'Zeta Boston Evening')).to.deep.equal(['2027-03-14']);
      const chip = [...parts(el, 'cell').find((cell) => cell.dataset.day === '2027-03-14')!.querySelectorAll('[part~="session"]')].find((li) =>
        li.textContent!.includes('Zeta Boston Evening'),
      )!;
      expect(chip.textContent).to.include(new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: 'America/New_York' }).format(Date.parse('2027-03-15T03:30:00Z')));

      el.zone = 'visitor';
      el.view = 'agenda';
      await el.updateComplete;
      const item = parts(el, 'item').find((li) => li.textContent!.includes('Zeta Boston Evening'))!;
      const courseTime = text(item.querySelector('[part~="course-time"]'));
      expect(courseTime).to.match(/^Course time: .*11:30\sPM/);
      // The zone named by the widgets' one rule (issue 19): its name in the language, with the UTC offset.
      const session = { start: '2027-03-15T03:30:00Z', end: '2027-03-15T04:30:00Z', timeZone: 'America/New_York' } as CourseSession;
      expect(courseTime.endsWith(zoneName(session, 'en')), courseTime).to.equal(true);
    });
  });

  describe('keyboard: the date grid', () => {
    it('arrows by day and week, Home and End, Page Up and Down by month (Shift: year), with a visible focus and the month announced', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'UTC', now: '2027-03-10T12:00:00Z', view: 'month', locale: 'en-US' });
      const focused = () => (deepActive() as HTMLElement | null)?.dataset.day;
      const march = [...el.sessions.values()].flat().length;
      const cell = el.shadowRoot!.querySelector<HTMLElement>('td[tabindex="0"]')!;
      expect(cell.dataset.day, 'today has the roving tab stop').to.equal('2027-03-10');
      expect(parts(el, 'cell').filter((c) => c.tabIndex === 0)).to.have.length(1);
      cell.focus();
      const outline = getComputedStyle(cell);
      expect(outline.outlineStyle).to.equal('solid');

      const steps: [string, string][] = [
        ['ArrowRight', '2027-03-11'],
        ['ArrowDown', '2027-03-18'],
        ['ArrowLeft', '2027-03-17'],
        ['ArrowUp', '2027-03-10'],
        // 7 March 2027 is a Sunday, the first day of an en-US week; 13 March its Saturday.
        ['Home', '2027-03-07'],
        ['End', '2027-03-13'],
      ];
      for (const [key, day] of steps) {
        await sendKeys({ press: key });
        expect(focused(), key).to.equal(day);
      }
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      await whenFound(el.shadowRoot!, () => focused() === '2027-04-13');
      expect(el.month).to.equal('2027-04');
      expect(text(part(el, 'title'))).to.equal('April 2027');
      await announced(el, en.monthStatus('April 2027', en.sessionCount(0, '0')));

      await sendKeys({ press: 'PageUp' });
      await whenFound(el.shadowRoot!, () => focused() === '2027-03-13');
      await announced(el, en.monthStatus('March 2027', en.sessionCount(march, String(march))));

      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'PageDown' });
      await sendKeys({ up: 'Shift' });
      await whenFound(el.shadowRoot!, () => focused() === '2028-03-13');

      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'PageUp' });
      await sendKeys({ up: 'Shift' });
      await whenFound(el.shadowRoot!, () => focused() === '2027-03-13');
      for (const key of ['ArrowUp', 'ArrowUp']) await sendKeys({ press: key });
      // Up from 6 March leaves the month: February, on the 27th.
      await whenFound(el.shadowRoot!, () => focused() === '2027-02-27');
      expect(el.month).to.equal('2027-02');
    });

    it('Enter opens the day\'s sessions and moves focus there; Close gives it back to the day', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'UTC', now: '2027-03-22T08:00:00Z', view: 'month' });
      el.shadowRoot!.querySelector<HTMLElement>('td[tabindex="0"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const day = part(el, 'day')!;
      expect(deepActive()).to.equal(day);
      expect(text(part(el, 'day-title'))).to.equal(en.sessionsOn('Monday, March 22, 2027'));
      expect(parts(el, 'item')).to.have.length(5);
      part<HTMLButtonElement>(el, 'close')!.click();
      await el.updateComplete;
      expect((deepActive() as HTMLElement).dataset.day).to.equal('2027-03-22');
    });

    it('right to left, ArrowRight goes back a day and ArrowLeft forward', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'UTC', now: '2027-03-10T12:00:00Z', view: 'month', locale: 'ar' });
      expect(el.getAttribute('dir')).to.equal('rtl');
      el.shadowRoot!.querySelector<HTMLElement>('td[tabindex="0"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect((deepActive() as HTMLElement).dataset.day).to.equal('2027-03-09');
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect((deepActive() as HTMLElement).dataset.day).to.equal('2027-03-11');
    });
  });

  describe('a day with more sessions than its cell shows', () => {
    it('shows two and "+3 more", which opens the day\'s five sessions', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'UTC', view: 'month' });
      const cell = parts(el, 'cell').find((c) => c.dataset.day === '2027-03-22')!;
      expect(cell.querySelectorAll('[part~="session"]')).to.have.length(2);
      const more = cell.querySelector<HTMLElement>('[part~="more"]')!;
      expect(text(more)).to.equal(en.moreSessions(3, '3'));
      expect(text(cell.querySelector('.visually-hidden'))).to.equal(`Monday, March 22, 2027, ${en.sessionCount(5, '5')}`);
      more.click();
      await el.updateComplete;
      expect(parts(el, 'item').map((li) => text(li.querySelector('[part~="item-title"]')))).to.deep.equal([8, 9, 10, 11, 12].map((h) => `Zeta Busy ${h}`));
    });
  });

  describe('views', () => {
    it('the agenda is the default on a narrow widget, the grid on a wide one; `view` overrides both', async () => {
      const narrow = await calendar({ month: '2027-03', 'time-zone': 'UTC' }, 360);
      await whenFound(narrow.shadowRoot!, () => part(narrow, 'agenda'));
      expect(part(narrow, 'grid')).to.equal(null);
      const wide = await calendar({ month: '2027-03', 'time-zone': 'UTC' }, 1000);
      expect(part(wide, 'grid')).to.not.equal(null);
      const forced = await calendar({ month: '2027-03', 'time-zone': 'UTC', view: 'month' }, 360);
      expect(part(forced, 'grid')).to.not.equal(null);
    });

    it('the agenda lists the month\'s days with sessions, in order, or says there are none', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'UTC', view: 'agenda' });
      const dates = parts(el, 'agenda-date').map((d) => text(d));
      expect(dates[0]).to.equal('Wednesday, March 10');
      expect(dates).to.have.length(new Set(dates).size);
      el.month = '2027-06';
      await el.updateComplete;
      expect(text(part(el, 'empty'))).to.equal(en.noSessionsMonth);
    });

    it('without `month`, it opens on the month of the next session after now', async () => {
      const el = await calendar({ 'time-zone': 'UTC', now: '2027-09-01T00:00:00Z', view: 'month' });
      expect(el.shownMonth).to.equal('2027-10');
      expect(text(part(el, 'title'))).to.equal('October 2027');
    });

    it('presets filter like the course list, and a visitor\'s filter narrows the month', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'UTC', view: 'month', modality: 'online' });
      const all = [...el.sessions.values()].flat();
      expect(all.map((placed) => placed.course.modality)).to.deep.equal(['online', 'online']);
      el.modality = undefined;
      await el.updateComplete;
      const select = part<HTMLSelectElement>(el, 'filter-topic')!;
      select.value = 'Oncology';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.topic).to.equal('Oncology');
      expect([...el.sessions.values()].flat().every((placed) => placed.course.topics.includes('Oncology'))).to.equal(true);
    });

    it('`results` are the matching courses, by first session', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'UTC', view: 'month' });
      expect(el.results.map((c) => c.id)).to.deep.equal(['midnight', 'us-dst-night', 'us-dst', 'busy-8', 'busy-9', 'busy-10', 'busy-11', 'busy-12', 'eu-eve', 'eu-change', 'oct-bst', 'oct-gmt']);
      el.modality = 'online';
      await el.updateComplete;
      expect(el.results.map((c) => c.id)).to.deep.equal(['busy-9', 'busy-11']);
    });
  });

  describe('the first content shows the month with its sessions', () => {
    /** What the shadow root shows after each change until hms-load: the skeleton, or the content with or without days with sessions. */
    async function statesUntilLoaded(el: HmsCourseCalendar): Promise<string[]> {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 1000px"></div>`);
      const states: string[] = [];
      const observer = new MutationObserver(() => {
        const state = part(el, 'skeleton') ? 'skeleton' : `content, ${parts(el, 'has-sessions').length > 0 ? 'with' : 'without'} sessions`;
        if (states.at(-1) !== state) states.push(state);
      });
      const loaded = nextEvent(el, 'hms-load');
      wrapper.append(el);
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true, characterData: true });
      await loaded;
      observer.disconnect();
      return states;
    }

    it('a small catalog in hand: in the first render', async () => {
      const el = document.createElement('hms-course-calendar');
      for (const [name, value] of Object.entries({ month: '2027-03', 'time-zone': 'UTC', view: 'month' })) el.setAttribute(name, value);
      // A copy: the catalog validated for other tests would come with its timeline made.
      el.catalog = structuredClone(CATALOG);
      expect(await statesUntilLoaded(el)).to.deep.equal(['content, with sessions']);
    });

    it('a large catalog keeps its skeleton while it prepares the month, then hms-load fires', async () => {
      const el = document.createElement('hms-course-calendar');
      for (const [name, value] of Object.entries({ 'time-zone': 'UTC', now: '2027-01-01T00:00:00Z', view: 'month' })) el.setAttribute(name, value);
      el.catalog = generateCatalog({ courses: 1500, seed: 5 });
      expect(await statesUntilLoaded(el)).to.deep.equal(['skeleton', 'content, with sessions']);
      expect(el.shownMonth).to.equal('2027-01');
      expect([...el.sessions.values()].flat().length).to.be.greaterThan(0);
    });

    it('with a search preset, shows the sessions of the courses found', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 1000px"></div>`);
      const el = document.createElement('hms-course-calendar');
      for (const [name, value] of Object.entries({ 'time-zone': 'UTC', now: '2027-01-01T00:00:00Z', view: 'month', q: 'cardio' })) el.setAttribute(name, value);
      el.catalog = generateCatalog({ courses: 1500, seed: 5 });
      wrapper.append(el);
      await whenShown(el);
      await el.updateComplete;
      const found = new Set(el.results);
      const placed = [...el.sessions.values()].flat();
      expect(found.size).to.be.within(1, 1499);
      expect(placed.length).to.be.greaterThan(0);
      expect(placed.every((session) => found.has(session.course))).to.equal(true);
    });
  });

  describe('courses and calendars from a session', () => {
    it('a title fires hms-course-select (cancelable), and each session has its Add to calendar menu', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'UTC', view: 'agenda' });
      const item = parts(el, 'item').find((li) => li.textContent!.includes('Zeta Boston Evening'))!;
      const selected = nextEvent<{ course: { id: string } }>(el, 'hms-course-select');
      el.addEventListener('hms-course-select', (event) => event.preventDefault(), { once: true });
      item.querySelector<HTMLAnchorElement>('[part~="item-title"] a')!.click();
      expect((await selected).detail.course.id).to.equal('us-dst');

      const google = new URL(item.querySelector<HTMLAnchorElement>('[part~="calendar-option"][href*="google"]')!.href);
      expect(google.searchParams.get('dates')).to.equal('20270315T033000Z/20270315T043000Z');
      expect(google.searchParams.get('ctz')).to.equal('America/New_York');

      const download = nextEvent<{ ics: string }>(el, 'hms-calendar-download');
      el.addEventListener('hms-calendar-download', (event) => event.preventDefault(), { once: true });
      item.querySelector<HTMLButtonElement>('[part~="calendar-ics"]')!.click();
      const { ics } = (await download).detail;
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
      expect(ics).to.include('UID:us-dst-1@catalog.zeta.example');
      expect(ics).to.include('DTSTART:20270315T033000Z');
    });

    it('"Add these N sessions" gives the month\'s sessions as one .ics', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'UTC', view: 'month' });
      const placed = [...el.sessions.values()].flat();
      const total = placed.length;
      const button = part<HTMLButtonElement>(el, 'add-all')!;
      expect(text(button)).to.equal(en.addSessions(total, String(total)));
      const download = nextEvent<{ ics: string; courses: unknown[] }>(el, 'hms-calendar-download');
      el.addEventListener('hms-calendar-download', (event) => event.preventDefault(), { once: true });
      button.click();
      const { ics, courses } = (await download).detail;
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(total);
      expect(courses).to.have.length(new Set(placed.map((session) => session.course)).size);
    });
  });

  describe('Subscribe, with feeds-url', () => {
    const FEEDS = '/test/fixtures/feeds/';
    const subscribe = (el: HmsCourseCalendar) => parts<HTMLAnchorElement>(el, 'subscribe-link').map((a) => a.href);

    it('shows webcal: and Google links to the feed that holds exactly the filter shown', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'UTC', 'feeds-url': FEEDS });
      await whenFound(el.shadowRoot!, () => part(el, 'subscribe'));
      const all = new URL(`${FEEDS}all.ics`, location.href);
      const webcal = `webcal://${all.host}${all.pathname}`;
      expect(subscribe(el)).to.deep.equal([webcal, `https://calendar.google.com/calendar/render?${new URLSearchParams({ cid: webcal })}`]);
      el.modality = 'live';
      await el.updateComplete;
      expect(subscribe(el)[0]).to.match(/\/test\/fixtures\/feeds\/modality-live\.ics$/);
    });

    it('shows none when no feed matches: another modality, two filters at once, a feed not next to its index', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'UTC', 'feeds-url': `${FEEDS}feeds.json`, modality: 'live' });
      await whenFound(el.shadowRoot!, () => part(el, 'subscribe'));
      el.topic = 'Cardiology';
      await el.updateComplete;
      expect(part(el, 'subscribe'), 'modality and topic').to.equal(null);
      el.topic = undefined;
      el.modality = 'online';
      await el.updateComplete;
      expect(part(el, 'subscribe'), 'online: its entry points outside the folder').to.equal(null);
      el.modality = 'blended';
      await el.updateComplete;
      expect(part(el, 'subscribe'), 'no such feed').to.equal(null);
    });

    it('shows none without feeds-url, or when the index cannot be read', async () => {
      const none = await calendar({ month: '2027-03', 'time-zone': 'UTC' });
      expect(part(none, 'subscribe')).to.equal(null);
      const missing = await calendar({ month: '2027-03', 'time-zone': 'UTC', 'feeds-url': '/test/fixtures/no-feeds-here/' });
      // The widget's own request, answered (a 404): the same promise, shared per page.
      expect(await loadFeeds(new URL('/test/fixtures/no-feeds-here/feeds.json', location.href).href)).to.deep.equal([]);
      missing.requestUpdate();
      await missing.updateComplete;
      expect(part(missing, 'subscribe')).to.equal(null);
    });
  });

  describe('course titles in the visitor\'s language (issue 19)', () => {
    it('the grid and the agenda show a translated title, isolated and marked with its language; an untranslated one keeps the catalog\'s', async () => {
      const translated = { ...course('tr', 'Zeta Translated Rounds', [['2027-03-16T14:00:00Z', '2027-03-16T15:00:00Z', 'UTC']]), translations: { es: { title: 'Rondas Zeta traducidas' } } };
      const plain = course('plain', 'Zeta Plain Rounds', [['2027-03-16T16:00:00Z', '2027-03-16T17:00:00Z', 'UTC']]);
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 1000px"></div>`);
      const el = document.createElement('hms-course-calendar');
      for (const [name, value] of Object.entries({ month: '2027-03', 'time-zone': 'UTC', view: 'month', locale: 'es' })) el.setAttribute(name, value);
      el.catalog = { ...CATALOG, courses: [translated, plain] };
      wrapper.append(el);
      await whenShown(el);
      await el.updateComplete;
      const titles = [...el.shadowRoot!.querySelectorAll('.session-title bdi')];
      expect(titles.map((bdi) => [bdi.textContent, bdi.getAttribute('lang')])).to.deep.equal([
        ['Rondas Zeta traducidas', null],
        ['Zeta Plain Rounds', 'en'],
      ]);
      el.view = 'agenda';
      await el.updateComplete;
      const items = parts(el, 'item-title').map((title) => title.querySelector('bdi')!);
      expect(items.map((bdi) => [bdi.textContent, bdi.getAttribute('lang')])).to.deep.equal([
        ['Rondas Zeta traducidas', null],
        ['Zeta Plain Rounds', 'en'],
      ]);
      // The menu names the course as shown.
      const es = (await import('../../src/i18n/locales/es.js')).default;
      expect(text(parts(el, 'calendar')[0].querySelector('.visually-hidden'))).to.equal(es.addToCalendarFor('Rondas Zeta traducidas'));
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark', 'high-contrast']) {
      it(`passes axe in the grid with a day open, and in the agenda (theme ${theme})`, async () => {
        const el = await calendar({ month: '2027-03', 'time-zone': 'UTC', view: 'month', theme });
        await expect(el).to.be.accessible();
        parts(el, 'cell').find((c) => c.dataset.day === '2027-03-22')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.view = 'agenda';
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe in Arabic, right to left, with Arabic month names and counts', async () => {
      const el = await calendar({ month: '2027-03', 'time-zone': 'Asia/Riyadh', view: 'month', locale: 'ar' });
      expect(text(part(el, 'title'))).to.equal(new Intl.DateTimeFormat('ar', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2027, 2, 1)));
      expect(part(el, 'previous')!.getAttribute('aria-label')).to.equal(ar.previousMonth);
      await expect(el).to.be.accessible();
      el.view = 'agenda';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
