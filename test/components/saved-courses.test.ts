// Issue 22, "My plan, without an account": `saveable` widgets' Save (star) buttons, the saved list
// kept in localStorage under one key, <hms-saved-courses> (the list, "No longer offered", one .ics of
// its sessions, the share link) and what happens when storage is broken, foreign or refused.
// Elements made again on the same page read the same localStorage, as after a reload.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HmsCourseCalendar } from '../../src/components/course-calendar/course-calendar.component.js';
import type { HmsCourseCard } from '../../src/components/course-card/course-card.component.js';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import type { HmsSavedCourses } from '../../src/components/saved-courses/saved-courses.component.js';
import { parseSaved, SAVED_KEY, SAVED_LIMITS, SHARE_PARAMETER } from '../../src/controllers/saved-courses.js';
import type { HmsSaveChangeDetail } from '../../src/events/hms-save-change.js';
import { en } from '../../src/i18n/messages.js';
import ar from '../../src/i18n/locales/ar.js';
import { strictRead } from '../catalog/ics-reader.js';
import { pageFailures } from '../hostile/safety.js';
import { nextEvent, part, parts, settledFixture, text, whenFound } from '../helpers.js';

/** The catalog's identity: the host of its organization's address, the key of its saved list. */
const HOST = 'saved.zeta.example';

type Row = [start: string, end: string];

/** A valid course with the given sessions (UTC). */
function course(id: string, title: string, sessions: Row[], extra: Record<string, unknown> = {}) {
  return {
    id,
    title,
    summary: `${title}: a summary`,
    url: `https://courses.zeta.example/${id}`,
    division: 'continuing-education',
    modality: sessions.length ? 'live' : 'online',
    accredited: true,
    credits: [],
    topics: ['Cardiology'],
    audience: [],
    status: 'open',
    directors: [],
    sessions: sessions.map(([start, end]) => ({ start, end, timeZone: 'UTC', online: false, location: { name: 'Zeta Hall', city: 'Boston', country: 'US' } })),
    ...extra,
  };
}

const LATE = course('s-late', 'Zeta Late Course', [['2027-05-10T14:00:00Z', '2027-05-10T16:00:00Z']]);
const EARLY = course(
  's-early',
  'Zeta Early Course',
  [
    ['2027-03-02T14:00:00Z', '2027-03-02T22:00:00Z'],
    ['2027-03-03T14:00:00Z', '2027-03-03T22:00:00Z'],
  ],
  { translations: { es: { title: 'Curso Temprano Zeta' } } },
);
const ONLINE = course('s-online', 'Zeta Online Course', []);
const catalogOf = (courses: object[]) => ({ version: 1, organization: { name: 'Zeta Academy', url: `https://${HOST}/about`, facts: [] }, divisions: [], courses, programs: [], posts: [] });
const CATALOG = catalogOf([LATE, EARLY, ONLINE]);

/** A stored document, as the module writes it. */
const stored = (ids: string[], host = HOST) =>
  JSON.stringify({ version: 1, catalogs: { [host]: ids.map((id) => ({ id, title: `Title of ${id}`, start: '2027-01-15T10:00:00.000Z' })) } });
/** The ids saved for the test catalog, as stored now. */
const savedIds = () => (parseSaved(localStorage.getItem(SAVED_KEY)).get(HOST) ?? []).map((entry) => entry.id);

/** The Save button of each course of a list, by course id. */
function listStars(list: HmsCourseList): Map<string, HTMLButtonElement> {
  const cards = [...list.shadowRoot!.querySelectorAll<HmsCourseCard>('hms-course-card')];
  return new Map(cards.map((card) => [card.course!.id, part<HTMLButtonElement>(card, 'save')!]));
}

async function settleCards(list: HmsCourseList): Promise<void> {
  await list.updateComplete;
  await Promise.all([...list.shadowRoot!.querySelectorAll<HmsCourseCard>('hms-course-card')].map((card) => card.updateComplete));
}

/** The titles <hms-saved-courses> lists, in order. */
const listed = (el: HmsSavedCourses) => parts(el, 'title').map((title) => text(title));

/** The text assistive technology reads for `el`: its content without what is aria-hidden. */
function spoken(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return text(copy);
}

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Sets the page's URL to `search` on the test page's own path. */
function setUrl(search: string, hash = ''): void {
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${hash}`);
}

/** Every call of a Storage method while `work` runs, with the key it was given. */
async function storageCalls(work: () => Promise<void>): Promise<string[]> {
  const calls: string[] = [];
  const proto = Storage.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = new Map(['getItem', 'setItem', 'removeItem', 'clear', 'key'].map((name) => [name, proto[name]]));
  for (const [name, original] of originals) {
    proto[name] = function (this: Storage, ...args: unknown[]) {
      calls.push(`${name}(${String(args[0])})`);
      return original.apply(this, args);
    };
  }
  try {
    await work();
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
  return calls;
}

describe('saved courses', () => {
  beforeEach(() => localStorage.removeItem(SAVED_KEY));
  afterEach(() => {
    localStorage.removeItem(SAVED_KEY);
    setUrl('');
  });

  describe('the Save (star) button of a saveable widget', () => {
    it('saves a course: pressed, "Saved", hms-save-change, and a new element (as after a reload) shows it saved', async () => {
      const { el: list } = await settledFixture<HmsCourseList>(html`<hms-course-list saveable .catalog=${CATALOG}></hms-course-list>`);
      await settleCards(list);
      const star = listStars(list).get('s-late')!;
      expect(star.getAttribute('aria-pressed')).to.equal('false');
      expect(text(star.querySelector('[aria-hidden="true"]:not(.save-star)'))).to.equal(en.save);
      const change = nextEvent<HmsSaveChangeDetail>(list, 'hms-save-change');
      star.click();
      const { detail } = await change;
      expect(detail).to.include({ id: 's-late', saved: true, stored: true });
      expect(detail.course?.id).to.equal('s-late');
      expect(detail.savedIds).to.deep.equal(['s-late']);
      await settleCards(list);
      expect(listStars(list).get('s-late')!.getAttribute('aria-pressed')).to.equal('true');
      expect(savedIds()).to.deep.equal(['s-late']);
      // What is kept: the id, and the title and first date the course had.
      expect(parseSaved(localStorage.getItem(SAVED_KEY)).get(HOST)).to.deep.equal([{ id: 's-late', title: 'Zeta Late Course', lang: 'en', start: '2027-05-10T14:00:00.000Z' }]);

      list.remove();
      const { el: again } = await settledFixture<HmsCourseList>(html`<hms-course-list saveable .catalog=${CATALOG}></hms-course-list>`);
      await settleCards(again);
      const stars = listStars(again);
      expect(stars.get('s-late')!.getAttribute('aria-pressed'), 'still saved').to.equal('true');
      expect(stars.get('s-early')!.getAttribute('aria-pressed')).to.equal('false');
      const saved = await fixture<HmsSavedCourses>(html`<hms-saved-courses .catalog=${CATALOG}></hms-saved-courses>`);
      await saved.updateComplete;
      expect(listed(saved)).to.deep.equal(['Zeta Late Course']);

      const unsave = nextEvent<HmsSaveChangeDetail>(again, 'hms-save-change');
      stars.get('s-late')!.click();
      expect((await unsave).detail).to.include({ id: 's-late', saved: false });
      expect(localStorage.getItem(SAVED_KEY), 'nothing saved: the key is gone').to.equal(null);
    });

    it('every widget on the page follows at once: the list\'s cards, a calendar\'s sessions and the saved list', async () => {
      const { el: list } = await settledFixture<HmsCourseList>(html`<hms-course-list saveable .catalog=${CATALOG}></hms-course-list>`);
      const calendar = await fixture<HmsCourseCalendar>(
        html`<hms-course-calendar saveable view="agenda" month="2027-03" time-zone="UTC" .catalog=${CATALOG}></hms-course-calendar>`,
      );
      const saved = await fixture<HmsSavedCourses>(html`<hms-saved-courses .catalog=${CATALOG}></hms-saved-courses>`);
      await Promise.all([settleCards(list), calendar.updateComplete, saved.updateComplete]);
      // Both of the early course's sessions are in March: two stars for one course.
      const sessionStars = parts<HTMLButtonElement>(calendar, 'save');
      expect(sessionStars).to.have.length(2);
      expect(part(saved, 'empty')).to.exist;

      sessionStars[1].click();
      await Promise.all([settleCards(list), calendar.updateComplete, saved.updateComplete]);
      expect(parts(calendar, 'save').map((star) => star.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true']);
      expect(listStars(list).get('s-early')!.getAttribute('aria-pressed')).to.equal('true');
      expect(listed(saved)).to.deep.equal(['Zeta Early Course']);

      part<HTMLButtonElement>(saved, 'remove')!.click();
      await Promise.all([settleCards(list), calendar.updateComplete, saved.updateComplete]);
      expect(parts(calendar, 'save').map((star) => star.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false']);
      expect(listStars(list).get('s-early')!.getAttribute('aria-pressed')).to.equal('false');
      expect(part(saved, 'empty')).to.exist;
    });

    it('another tab\'s change (the storage event) reaches the widgets', async () => {
      const { el: list } = await settledFixture<HmsCourseList>(html`<hms-course-list saveable .catalog=${CATALOG}></hms-course-list>`);
      await settleCards(list);
      // What the browser does when another tab of the site saves: the value changes, then `storage` fires here.
      localStorage.setItem(SAVED_KEY, stored(['s-online']));
      window.dispatchEvent(new StorageEvent('storage', { key: SAVED_KEY, newValue: stored(['s-online']) }));
      await settleCards(list);
      expect(listStars(list).get('s-online')!.getAttribute('aria-pressed')).to.equal('true');
      expect(listStars(list).get('s-late')!.getAttribute('aria-pressed')).to.equal('false');
    });

    it('works by keyboard (Enter and Space) with a visible focus, and its name starts with the word shown, the title in its language', async () => {
      const card = await fixture<HmsCourseCard>(html`<hms-course-card saveable locale="es" .course=${EARLY} .uidDomain=${HOST}></hms-course-card>`);
      await card.updateComplete;
      const star = () => part<HTMLButtonElement>(card, 'save')!;
      star().focus();
      expect(getComputedStyle(star()).outlineStyle, 'a focus ring').to.equal('solid');
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(star().getAttribute('aria-pressed')).to.equal('true');
      expect(savedIds()).to.deep.equal(['s-early']);
      const es = (await import('../../src/i18n/locales/es.js')).default;
      expect(spoken(star())).to.equal(es.savedCourse('Curso Temprano Zeta'));
      expect(spoken(star()).startsWith(es.saved), 'label in name (2.5.3)').to.equal(true);
      await sendKeys({ press: 'Space' });
      await card.updateComplete;
      expect(star().getAttribute('aria-pressed')).to.equal('false');
      expect(spoken(star())).to.equal(es.saveCourse('Curso Temprano Zeta'));
      expect(deepActive(), 'focus stays on the button').to.equal(star());

      // A title in another language than the widget's is marked with it.
      const english = await fixture<HmsCourseCard>(html`<hms-course-card saveable locale="fr" .course=${LATE}></hms-course-card>`);
      await english.updateComplete;
      expect(part(english, 'save')!.querySelector('[lang="en"]')?.textContent).to.equal('Zeta Late Course');
      await expect(card).to.be.accessible();
    });
  });

  describe('<hms-saved-courses>', () => {
    it('lists the saved courses by first date (undated last), each with Remove; empty, it says how to save', async () => {
      localStorage.setItem(SAVED_KEY, stored(['s-online', 's-late', 's-early']));
      const { el } = await settledFixture<HmsSavedCourses>(html`<hms-saved-courses .catalog=${CATALOG}></hms-saved-courses>`);
      expect(listed(el)).to.deep.equal(['Zeta Early Course', 'Zeta Late Course', 'Zeta Online Course']);
      expect(text(part(el, 'count'))).to.equal(en.savedCount(3, '3'));
      expect(parts(el, 'remove').map((button) => spoken(button))).to.deep.equal(['Zeta Early Course', 'Zeta Late Course', 'Zeta Online Course'].map((title) => en.removeCourse(title)));
      expect(text(parts(el, 'meta')[0])).to.include(en.modality.live);

      // Remove: the list shrinks, the count is announced, focus goes to the next Remove.
      parts<HTMLButtonElement>(el, 'remove')[1].focus();
      parts<HTMLButtonElement>(el, 'remove')[1].click();
      await el.updateComplete;
      expect(listed(el)).to.deep.equal(['Zeta Early Course', 'Zeta Online Course']);
      expect(savedIds()).to.deep.equal(['s-online', 's-early']);
      expect(deepActive()).to.equal(parts(el, 'remove')[1]);
      await whenFound(el.shadowRoot!, () => part(el, 'announcement')?.textContent === en.savedCount(2, '2'));

      for (const button of parts<HTMLButtonElement>(el, 'remove')) button.click();
      await el.updateComplete;
      expect([...part(el, 'empty')!.querySelectorAll('p')].map(text)).to.deep.equal([en.savedEmpty, en.savedEmptyHow]);
      expect(part(el, 'share'), 'nothing to share').to.equal(null);
    });

    it('a saved course the catalog no longer has stays, as "No longer offered", with the title and date it had', async () => {
      const list = await fixture<HmsCourseList>(html`<hms-course-list saveable .catalog=${CATALOG}></hms-course-list>`);
      await settleCards(list);
      listStars(list).get('s-late')!.click();
      listStars(list).get('s-online')!.click();
      // The next version of the catalog has dropped the late course.
      const { el } = await settledFixture<HmsSavedCourses>(html`<hms-saved-courses .catalog=${catalogOf([EARLY, ONLINE])}></hms-saved-courses>`);
      expect(listed(el)).to.deep.equal(['Zeta Late Course', 'Zeta Online Course']);
      const gone = parts(el, 'item').find((item) => item.matches('[part~="unavailable"]'))!;
      expect(text(gone.querySelector('[part~="title"]'))).to.equal('Zeta Late Course');
      expect(text(gone.querySelector('[part~="unavailable-note"]'))).to.equal(en.noLongerOffered);
      expect(text(gone.querySelector('[part~="dates"]'))).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date('2027-05-10T14:00:00Z')));
      expect(gone.querySelector('a'), 'no link to a course that is gone').to.equal(null);
      expect(savedIds(), 'not dropped from the stored list').to.deep.equal(['s-late', 's-online']);
      await expect(el).to.be.accessible();
    });

    it('"Add these N sessions" gives one .ics of the saved courses\' sessions (strict RFC 5545 reader)', async () => {
      localStorage.setItem(SAVED_KEY, stored(['s-late', 's-online', 's-early']));
      const { el } = await settledFixture<HmsSavedCourses>(html`<hms-saved-courses .catalog=${CATALOG}></hms-saved-courses>`);
      const button = part<HTMLButtonElement>(el, 'add-all')!;
      expect(text(button)).to.equal(en.addSessions(3, '3'));
      const download = nextEvent<{ ics: string; courses: { id: string }[] }>(el, 'hms-calendar-download');
      el.addEventListener('hms-calendar-download', (event) => event.preventDefault(), { once: true });
      button.click();
      const { detail } = await download;
      expect(detail.courses.map((c) => c.id)).to.deep.equal(['s-early', 's-late']);
      const { events } = strictRead(detail.ics);
      const value = (props: { name: string; value: string }[], name: string) => props.find((p) => p.name === name)?.value;
      expect(events.map((props) => value(props, 'UID'))).to.deep.equal([`s-early-1@${HOST}`, `s-early-2@${HOST}`, `s-late-1@${HOST}`]);
      expect(events.map((props) => value(props, 'DTSTART'))).to.deep.equal(['20270302T140000Z', '20270303T140000Z', '20270510T140000Z']);
    });

    it('"Copy a link" copies this page\'s address with the ids, every other parameter and the hash as they were', async () => {
      const FOREIGN = 'utm_source=news+letter&a%20b=c%20d&hms-saved-x=1&flag';
      setUrl(`${FOREIGN}&hms-saved=old`, '#plan');
      localStorage.setItem(SAVED_KEY, stored(['s-late', 's-early']));
      const { el } = await settledFixture<HmsSavedCourses>(html`<hms-saved-courses .catalog=${CATALOG}></hms-saved-courses>`);
      // The page was opened from an old share link: show one's own list first.
      part<HTMLButtonElement>(el, 'show-mine')!.click();
      await el.updateComplete;
      expect(location.search).to.equal(`?${FOREIGN}`);
      expect(location.hash).to.equal('#plan');
      const written: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void written.push(value) } });
      try {
        part<HTMLButtonElement>(el, 'share')!.click();
        await whenFound(el.shadowRoot!, () => part(el, 'share-status'));
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')).to.deep.equal(original);
      }
      expect(written).to.deep.equal([`${location.origin}${location.pathname}?${FOREIGN}&${SHARE_PARAMETER}=s-early,s-late#plan`]);
      expect(text(part(el, 'share-status'))).to.equal(en.linkCopied);
    });

    it('without the Clipboard API the link shows in a field, focused and selected, to copy by hand', async () => {
      localStorage.setItem(SAVED_KEY, stored(['s-late']));
      const { el } = await settledFixture<HmsSavedCourses>(html`<hms-saved-courses .catalog=${CATALOG}></hms-saved-courses>`);
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      try {
        part<HTMLButtonElement>(el, 'share')!.click();
        const field = await whenFound(el.shadowRoot!, () => part<HTMLInputElement>(el, 'share-url'));
        await el.updateComplete;
        expect(field.value).to.equal(`${location.origin}${location.pathname}?${SHARE_PARAMETER}=s-late`);
        expect(deepActive()).to.equal(field);
        expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
        expect(field.labels?.[0]?.textContent).to.equal(en.linkLabel);
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });

    it('the share link on a fresh browser (no saved list) shows the same list; "Save these courses" keeps it and leaves the address', async () => {
      // The link as "Copy a link" wrote it, with an id the catalog does not have.
      setUrl(`utm_source=mail&${SHARE_PARAMETER}=s-late,s-gone,s-early`, '#top');
      const { el } = await settledFixture<HmsSavedCourses>(html`<hms-saved-courses .catalog=${CATALOG}></hms-saved-courses>`);
      expect(localStorage.getItem(SAVED_KEY), 'nothing stored before the visitor asks').to.equal(null);
      expect(text(part(el, 'shared-note'))).to.equal(en.sharedList(3, '3'));
      expect(listed(el)).to.deep.equal(['Zeta Early Course', 'Zeta Late Course', en.unknownCourse('s-gone')]);
      expect(part(el, 'remove'), 'a shared list is not the visitor\'s to edit').to.equal(null);
      await expect(el).to.be.accessible();

      const change = nextEvent<HmsSaveChangeDetail>(el, 'hms-save-change');
      part<HTMLButtonElement>(el, 'keep')!.click();
      const { detail } = await change;
      expect(detail).to.include({ saved: true, stored: true });
      expect(detail.ids).to.deep.equal(['s-early', 's-late']);
      await el.updateComplete;
      expect(savedIds()).to.deep.equal(['s-early', 's-late']);
      expect(location.search).to.equal('?utm_source=mail');
      expect(location.hash).to.equal('#top');
      expect(part(el, 'shared')).to.equal(null);
      expect(listed(el)).to.deep.equal(['Zeta Early Course', 'Zeta Late Course']);
      expect(deepActive()).to.equal(part(el, 'count'));
    });
  });

  describe('a hostile share link', () => {
    it('20,000 ids, a repeated parameter, a malformed escape: at most the saved-list limit, never thrown', async () => {
      const many = Array.from({ length: 20_000 }, (_, i) => `x${i}`).join(',');
      setUrl(`${SHARE_PARAMETER}=s-late,%E0%A4%A,,${many}&${SHARE_PARAMETER}=s-early`);
      const { result: el, failures } = await pageFailures(async () => (await settledFixture<HmsSavedCourses>(html`<hms-saved-courses .catalog=${CATALOG}></hms-saved-courses>`)).el);
      expect(failures).to.deep.equal([]);
      expect(text(part(el, 'shared-note'))).to.equal(en.sharedList(SAVED_LIMITS.courses, String(SAVED_LIMITS.courses)));
      // The first parameter wins, and a malformed escape reads as URLSearchParams.get reads it: an unknown id.
      const malformed = new URLSearchParams('x=%E0%A4%A').get('x')!;
      expect(listed(el).slice(0, 2)).to.deep.equal(['Zeta Late Course', en.unknownCourse(malformed)]);
    });
  });

  describe('storage that is broken, foreign or refused: ignored, never thrown', () => {
    const BAD: [string, string][] = [
      ['corrupt JSON', '{"version":1,"catalogs":{'],
      ['another version', JSON.stringify({ version: 2, catalogs: { [HOST]: [{ id: 's-late', title: 'x' }] } })],
      ['another shape (an array)', JSON.stringify([{ id: 's-late' }])],
      ['another shape (catalogs a list)', JSON.stringify({ version: 1, catalogs: [HOST] })],
      ['a foreign app\'s value', 'dark-mode=1'],
      ['a huge entry', JSON.stringify({ version: 1, catalogs: { [HOST]: [{ id: 's-late', title: 'x'.repeat(SAVED_LIMITS.chars) }] } })],
    ];
    for (const [what, value] of BAD) {
      it(`${what}: the widgets show nothing saved, and the next save replaces it`, async () => {
        localStorage.setItem(SAVED_KEY, value);
        const { result, failures } = await pageFailures(async () => {
          const { el: list } = await settledFixture<HmsCourseList>(html`<hms-course-list saveable .catalog=${CATALOG}></hms-course-list>`);
          const saved = await fixture<HmsSavedCourses>(html`<hms-saved-courses .catalog=${CATALOG}></hms-saved-courses>`);
          await Promise.all([settleCards(list), saved.updateComplete]);
          return { list, saved };
        });
        expect(failures).to.deep.equal([]);
        expect(part(result.saved, 'empty')).to.exist;
        expect([...listStars(result.list).values()].every((star) => star.getAttribute('aria-pressed') === 'false')).to.equal(true);
        listStars(result.list).get('s-late')!.click();
        expect(JSON.parse(localStorage.getItem(SAVED_KEY)!)).to.deep.equal({
          version: 1,
          catalogs: { [HOST]: [{ id: 's-late', title: 'Zeta Late Course', lang: 'en', start: '2027-05-10T14:00:00.000Z' }] },
        });
      });
    }

    it('wrong entries are skipped and the rest kept, within the limits; nothing reaches Object.prototype', () => {
      const entries = [
        { id: 'ok-1', title: 'One' },
        { id: 7, title: 'number id' },
        { id: 'no-title' },
        null,
        { id: 'x'.repeat(201), title: 'long id' },
        { id: 'ok-1', title: 'again' },
        { id: 'ok-2', title: 'Two', start: 'not a date', lang: '<b>' },
      ];
      // "__proto__" as JSON.parse reads it: an own key, as a stored value could hold it.
      const text = `{"version":1,"catalogs":{"${HOST}":${JSON.stringify(entries).slice(0, -1)},{"id":"ok-3","title":"Three","__proto__":{"polluted":1}}],"not a host!":[{"id":"a","title":"a"}]}}`;
      const lists = parseSaved(text);
      expect([...lists.keys()]).to.deep.equal([HOST]);
      expect(lists.get(HOST)).to.deep.equal([{ id: 'ok-1', title: 'One' }, { id: 'ok-2', title: 'Two' }, { id: 'ok-3', title: 'Three' }]);
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').to.equal(undefined);
      const many = Array.from({ length: SAVED_LIMITS.courses + 5 }, (_, i) => ({ id: `c-${i}`, title: String(i) }));
      expect(parseSaved(JSON.stringify({ version: 1, catalogs: { [HOST]: many } })).get(HOST)).to.have.length(SAVED_LIMITS.courses);
    });

    it('a localStorage that throws (storage blocked): nothing is thrown, and the list holds for the page, stored: false', async () => {
      // The module keeps what it last read (a page whose storage goes away mid-visit keeps its list):
      // a saving widget reads the empty storage first, as a page that starts blocked would have none.
      const first = await fixture<HmsCourseCard>(html`<hms-course-card saveable .course=${LATE}></hms-course-card>`);
      await first.updateComplete;
      first.remove();
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
        },
      });
      try {
        const { result, failures } = await pageFailures(async () => {
          const { el: list } = await settledFixture<HmsCourseList>(html`<hms-course-list saveable .catalog=${CATALOG}></hms-course-list>`);
          const saved = await fixture<HmsSavedCourses>(html`<hms-saved-courses .catalog=${CATALOG}></hms-saved-courses>`);
          await settleCards(list);
          const change = nextEvent<HmsSaveChangeDetail>(list, 'hms-save-change');
          listStars(list).get('s-early')!.click();
          const { detail } = await change;
          await Promise.all([settleCards(list), saved.updateComplete]);
          return { list, saved, detail };
        });
        expect(failures).to.deep.equal([]);
        expect(result.detail).to.include({ saved: true, stored: false });
        expect(listStars(result.list).get('s-early')!.getAttribute('aria-pressed')).to.equal('true');
        expect(listed(result.saved), 'the page still shows it').to.deep.equal(['Zeta Early Course']);
        // Put back for the cleanup below: the in-page list goes.
        listStars(result.list).get('s-early')!.click();
      } finally {
        if (own) Object.defineProperty(window, 'localStorage', own);
        else delete (window as unknown as Record<string, unknown>).localStorage;
      }
      expect(localStorage.getItem(SAVED_KEY)).to.equal(null);
    });

    it('a full quota (setItem throws QuotaExceededError): stored: false, the star still follows', async () => {
      const { el: list } = await settledFixture<HmsCourseList>(html`<hms-course-list saveable .catalog=${CATALOG}></hms-course-list>`);
      await settleCards(list);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        const change = nextEvent<HmsSaveChangeDetail>(list, 'hms-save-change');
        listStars(list).get('s-late')!.click();
        expect((await change).detail).to.include({ saved: true, stored: false });
        await settleCards(list);
        expect(listStars(list).get('s-late')!.getAttribute('aria-pressed')).to.equal('true');
      } finally {
        Storage.prototype.setItem = setItem;
      }
      expect(localStorage.getItem(SAVED_KEY)).to.equal(null);
      listStars(list).get('s-late')!.click();
    });

    it('with saveable absent nothing is read or stored: no Storage call with the key, no key', async () => {
      const calls = await storageCalls(async () => {
        const { el: list } = await settledFixture<HmsCourseList>(html`<hms-course-list .catalog=${CATALOG}></hms-course-list>`);
        const card = await fixture<HmsCourseCard>(html`<hms-course-card .course=${LATE}></hms-course-card>`);
        const calendar = await fixture<HmsCourseCalendar>(html`<hms-course-calendar view="agenda" month="2027-03" time-zone="UTC" .catalog=${CATALOG}></hms-course-calendar>`);
        await Promise.all([settleCards(list), card.updateComplete, calendar.updateComplete]);
        expect(part(card, 'save')).to.equal(null);
        expect(parts(calendar, 'save')).to.deep.equal([]);
        expect(listStars(list).get('s-late')).to.equal(null);
        // A change that would reach a saving widget reaches none of these.
        window.dispatchEvent(new StorageEvent('storage', { key: SAVED_KEY }));
        await Promise.all([list.updateComplete, card.updateComplete, calendar.updateComplete]);
      });
      expect(calls.filter((call) => call.includes(SAVED_KEY))).to.deep.equal([]);
      expect(localStorage.getItem(SAVED_KEY)).to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark', 'high-contrast']) {
      it(`passes axe with saved courses, one no longer offered, the share field, and empty (theme ${theme})`, async () => {
        localStorage.setItem(SAVED_KEY, stored(['s-early', 's-gone', 's-online']));
        const { el } = await settledFixture<HmsSavedCourses>(html`<hms-saved-courses theme=${theme} .catalog=${CATALOG}></hms-saved-courses>`);
        expect(parts(el, 'item')).to.have.length(3);
        await expect(el).to.be.accessible();
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
        try {
          part<HTMLButtonElement>(el, 'share')!.click();
          await whenFound(el.shadowRoot!, () => part(el, 'share-url'));
          await expect(el).to.be.accessible();
        } finally {
          delete (navigator as unknown as Record<string, unknown>).clipboard;
        }
        localStorage.removeItem(SAVED_KEY);
        const empty = await fixture<HmsSavedCourses>(html`<hms-saved-courses theme=${theme} .catalog=${CATALOG}></hms-saved-courses>`);
        await empty.updateComplete;
        expect(part(empty, 'empty')).to.exist;
        await expect(empty).to.be.accessible();
        const list = await fixture<HmsCourseList>(html`<hms-course-list saveable theme=${theme} .catalog=${CATALOG}></hms-course-list>`);
        await settleCards(list);
        listStars(list).get('s-late')!.click();
        await settleCards(list);
        await expect(list).to.be.accessible();
      });
    }

    it('passes axe in Arabic, right to left, with Arabic counts and a shared list', async () => {
      setUrl(`${SHARE_PARAMETER}=s-early,s-gone`);
      const { el } = await settledFixture<HmsSavedCourses>(html`<hms-saved-courses locale="ar" .catalog=${CATALOG}></hms-saved-courses>`);
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(text(part(el, 'shared-note'))).to.equal(ar.sharedList(2, new Intl.NumberFormat('ar').format(2)));
      expect(text(part(el, 'count'))).to.equal(ar.savedCount(2, new Intl.NumberFormat('ar').format(2)));
      await expect(el).to.be.accessible();
      part<HTMLButtonElement>(el, 'keep')!.click();
      await el.updateComplete;
      expect(text(part(el, 'count'))).to.equal(ar.savedCount(1, new Intl.NumberFormat('ar').format(1)));
      await expect(el).to.be.accessible();
    });
  });
});
