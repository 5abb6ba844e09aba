import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/course-card/course-card.js';
import type { HmsCourseCard } from '../../src/components/course-card/course-card.component.js';
import type { Course } from '../../src/catalog/types.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import { en } from '../../src/i18n/messages.js';
import { zoneName } from '../../src/i18n/format.js';
import { nextEvent, part, parts, sampleCatalog, settledFixture, text } from '../helpers.js';

const bostonCourse: Course = {
  id: 'boston-1',
  title: 'Intensive Review of Internal Medicine',
  summary: 'A comprehensive update.',
  url: 'https://cme.example.org/courses/irim',
  division: 'continuing-education',
  modality: 'live',
  accredited: true,
  credits: [{ type: 'AMA PRA Category 1 Credit™', amount: 24 }],
  topics: ['Internal Medicine'],
  audience: ['Physicians'],
  language: 'en',
  price: { free: false, amount: 1295, currency: 'USD' },
  status: 'open',
  sessions: [
    {
      start: '2027-03-02T09:00:00-05:00',
      end: '2027-03-02T17:00:00-05:00',
      timeZone: 'America/New_York',
      online: false,
      location: { name: 'Conference Center', city: 'Boston', country: 'US' },
    },
  ],
  directors: ['Sarah Goldberg, MD', 'David Kim, MD'],
};

describe('<hms-course-card>', () => {
  it('shows every field of a course', async () => {
    const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${bostonCourse} locale="en-US"></hms-course-card>`);
    const link = part<HTMLAnchorElement>(el, 'title-link')!;
    expect(text(link)).to.equal(bostonCourse.title);
    expect(link.href).to.equal(bostonCourse.url);
    expect(part(el, 'title')!.getAttribute('role')).to.equal('heading');
    // One meta line: the division, where, and the content's language when not the visitor's.
    expect(text(part(el, 'meta'))).to.equal(`${en.division['continuing-education']} · Boston, United States`);
    expect(parts(el, 'badge').map(text)).to.deep.equal([en.modality.live, en.status.open, en.accredited]);
    expect(text(part(el, 'credits'))).to.equal('24 AMA PRA Category 1 Credits™');
    expect(text(part(el, 'price'))).to.equal('$1,295');
    expect(text(part(el, 'location'))).to.equal('Boston, United States');
    expect(parts(el, 'topic').map(text)).to.deep.equal(bostonCourse.topics);
    expect(text(part(el, 'directors'))).to.equal('Directed by Sarah Goldberg, MD and David Kim, MD');
    await expect(el).to.be.accessible();
  });

  describe('card anatomy: media, date block, call to action', () => {
    const withImage: Course = { ...bostonCourse, image: { url: '/demo/images/topic-internal-medicine.svg', alt: 'A lecture hall', translations: { es: { alt: 'Un aula magna' } } } };

    it('a course with an image shows it in a box of a reserved ratio: width and height, async decoding, lazy, no referrer, alt in the visitor\'s language', async () => {
      const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${withImage} locale="es" style="inline-size: 400px"></hms-course-card>`);
      const img = part<HTMLImageElement>(el, 'image')!;
      expect(img.getAttribute('width')).to.equal('640');
      expect(img.getAttribute('height')).to.equal('360');
      expect(img.decoding).to.equal('async');
      expect(img.loading).to.equal('lazy');
      expect(img.referrerPolicy).to.equal('no-referrer');
      expect(img.alt).to.equal('Un aula magna');
      expect(part(el, 'image-fallback')).to.equal(null);
      // The box has its height before the image arrives: nothing moves when it does.
      const media = part(el, 'media')!;
      const { width, height } = media.getBoundingClientRect();
      expect(height).to.be.closeTo((width * 9) / 16, 1);
      await expect(el).to.be.accessible();
    });

    it('image-loading="eager" loads it at once; a decorative image (alt "") stays decorative', async () => {
      const decorative: Course = { ...withImage, image: { url: '/demo/images/topic-internal-medicine.svg', alt: '' } };
      const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${decorative} image-loading="eager"></hms-course-card>`);
      const img = part<HTMLImageElement>(el, 'image')!;
      expect(img.loading).to.equal('eager');
      expect(img.getAttribute('alt')).to.equal('');
    });

    it('without an image, a fallback of the same size says the format and division, hidden from assistive technology', async () => {
      const bare = await fixture<HmsCourseCard>(html`<hms-course-card .course=${bostonCourse}></hms-course-card>`);
      const pictured = await fixture<HmsCourseCard>(html`<hms-course-card .course=${withImage}></hms-course-card>`);
      const fallback = part(bare, 'image-fallback')!;
      expect(part(bare, 'image')).to.equal(null);
      expect(fallback.getAttribute('aria-hidden')).to.equal('true');
      expect(text(fallback)).to.include(en.modality.live).and.include(en.division['continuing-education']);
      expect(part(bare, 'media')!.getBoundingClientRect().height).to.be.closeTo(part(pictured, 'media')!.getBoundingClientRect().height, 1);
    });

    it('an image link a catalog could not make safe is not shown: the fallback is', async () => {
      const bad: Course = { ...bostonCourse, image: { url: 'javascript:alert(1)', alt: '' } };
      const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${bad}></hms-course-card>`);
      expect(part(el, 'image')).to.equal(null);
      expect(part(el, 'image-fallback')).to.not.equal(null);
    });

    it('a dated course has a date block, its first day in the course\'s zone and the visitor\'s language; an undated one has none', async () => {
      // 23:30 in Boston on 1 March is 2 March in UTC and in Riyadh: the block says 1 March, as the dates do.
      const late: Course = { ...bostonCourse, sessions: [{ ...bostonCourse.sessions[0], start: '2027-03-01T23:30:00-05:00', end: '2027-03-02T01:00:00-05:00' }] };
      const us = await fixture<HmsCourseCard>(html`<hms-course-card .course=${late} locale="en-US"></hms-course-card>`);
      const block = part(us, 'date-block')!;
      expect(block.getAttribute('aria-hidden')).to.equal('true');
      const monthDay = (el: HmsCourseCard) => [...part(el, 'date-block')!.children].map((span) => text(span));
      expect(monthDay(us)).to.deep.equal(['Mar', '1']);
      const fr = await fixture<HmsCourseCard>(html`<hms-course-card .course=${late} locale="fr"></hms-course-card>`);
      expect(monthDay(fr)).to.deep.equal(['mars', '1']);
      const ar = await fixture<HmsCourseCard>(html`<hms-course-card .course=${late} locale="ar-EG"></hms-course-card>`);
      expect(monthDay(ar)).to.deep.equal(['مارس', '١']);
      const online = await fixture<HmsCourseCard>(html`<hms-course-card .course=${{ ...bostonCourse, modality: 'online', sessions: [] }}></hms-course-card>`);
      expect(part(online, 'date-block')).to.equal(null);
    });

    it('"View course" leads to the course, named with its title, and fires hms-course-select like the title', async () => {
      const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${bostonCourse}></hms-course-card>`);
      const cta = part<HTMLAnchorElement>(el, 'cta')!;
      expect(cta.href).to.equal(bostonCourse.url);
      expect(text(cta.querySelector('[aria-hidden="true"]'))).to.equal(en.viewCourse);
      expect(text(cta.querySelector('.visually-hidden'))).to.equal(en.viewCourseFor(bostonCourse.title));
      const selected = nextEvent(el, 'hms-course-select');
      el.addEventListener('hms-course-select', (event) => event.preventDefault(), { once: true });
      cta.click();
      expect((await selected).detail).to.deep.equal({ course: bostonCourse });
      const noUrl = await fixture<HmsCourseCard>(html`<hms-course-card .course=${{ ...bostonCourse, url: undefined }}></hms-course-card>`);
      expect(part(noUrl, 'cta')).to.equal(null);
    });
  });

  it('dates read in the course\'s own time zone, named, in the visitor\'s locale', async () => {
    const us = await fixture<HmsCourseCard>(html`<hms-course-card .course=${bostonCourse} locale="en-US"></hms-course-card>`);
    expect(text(part(us, 'dates'))).to.match(/Mar 2, 2027.*9:00\sAM.*5:00\sPM/);
    // The zone by its name in the visitor's language and its offset (one rule in every language), not "EST".
    expect(text(part(us, 'time-zone'))).to.equal(zoneName(bostonCourse.sessions[0], 'en-US'));
    expect(text(part(us, 'time-zone'))).to.match(/\(GMT-5\)$/);
    const br = await fixture<HmsCourseCard>(html`<hms-course-card .course=${bostonCourse} locale="pt-BR"></hms-course-card>`);
    expect(text(part(br, 'dates'))).to.match(/2 de mar\.? de 2027/).and.match(/09:00/).and.match(/17:00/);
    const riyadh = await fixture<HmsCourseCard>(html`<hms-course-card .course=${bostonCourse} locale="ar-SA"></hms-course-card>`);
    // Arabic digits, and still 9 o'clock Boston time (٩:٠٠), not Riyadh's 17:00
    expect(text(part(riyadh, 'dates'))).to.match(/٩:٠٠/);
  });

  it('prices in the visitor\'s locale, and "Free"', async () => {
    const euro: Course = { ...bostonCourse, price: { free: false, amount: 390, currency: 'EUR' } };
    const fr = await fixture<HmsCourseCard>(html`<hms-course-card .course=${euro} locale="fr"></hms-course-card>`);
    expect(text(part(fr, 'price')).replace(/\s/g, ' ')).to.equal('390 €');
    const free = await fixture<HmsCourseCard>(html`<hms-course-card .course=${{ ...bostonCourse, price: { free: true } }}></hms-course-card>`);
    expect(text(part(free, 'price'))).to.equal(en.free);
  });

  it('an online course says "Online" and has no calendar button', async () => {
    const online: Course = { ...bostonCourse, modality: 'online', status: 'on-demand', sessions: [] };
    const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${online}></hms-course-card>`);
    expect(text(part(el, 'location'))).to.equal(en.online);
    expect(part(el, 'calendar')).to.equal(null);
    expect(parts(el, 'badge').map(text)).to.include(en.status['on-demand']);
  });

  it('hms-course-select fires on the title link; cancelling it keeps the visitor on the page', async () => {
    const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${bostonCourse}></hms-course-card>`);
    let selected: CustomEvent | undefined;
    const onSelect = (event: Event) => {
      selected = event as CustomEvent;
      event.preventDefault();
    };
    document.addEventListener('hms-course-select', onSelect);
    const before = location.href;
    try {
      part<HTMLAnchorElement>(el, 'title-link')!.click();
    } finally {
      document.removeEventListener('hms-course-select', onSelect);
    }
    expect(selected!.detail.course).to.equal(bostonCourse);
    expect(selected!.cancelable && selected!.composed && selected!.bubbles).to.equal(true);
    expect(location.href).to.equal(before);
  });

  it('a select that is not cancelled lets the link navigate', async () => {
    const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${{ ...bostonCourse, url: `${location.href.split('#')[0]}#course-boston-1` }}></hms-course-card>`);
    part<HTMLAnchorElement>(el, 'title-link')!.click();
    expect(location.hash).to.equal('#course-boston-1');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('Add to calendar opens a menu of Google, Outlook.com, Microsoft 365 and the .ics, which goes to hms-calendar-download, then downloads', async () => {
    const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${bostonCourse}></hms-course-card>`);
    const button = part<HTMLElement>(el, 'calendar')!;
    // Its name (what is not aria-hidden) says which course; test/a11y/names.test.ts checks the title's lang.
    expect(text(button.querySelector('.visually-hidden'))).to.equal(en.addToCalendarFor(bostonCourse.title));
    const menu = part<HTMLDetailsElement>(el, 'calendar-menu')!;
    expect(menu.open).to.equal(false);
    button.click();
    expect(menu.open).to.equal(true);
    const options = parts(el, 'calendar-option').map((option) => text(option));
    expect(options).to.deep.equal([en.googleCalendar, en.outlookCalendar, en.office365Calendar, en.icsFile]);
    const links = parts<HTMLAnchorElement>(el, 'calendar-option').filter((option) => option.localName === 'a');
    expect(links.map((link) => new URL(link.href).hostname)).to.deep.equal(['calendar.google.com', 'outlook.live.com', 'outlook.office.com']);
    for (const link of links) expect(link.rel).to.equal('noopener noreferrer');
    const download = nextEvent<{ ics: string }>(el, 'hms-calendar-download');
    el.addEventListener('hms-calendar-download', (event) => event.preventDefault(), { once: true });
    part<HTMLButtonElement>(el, 'calendar-ics')!.click();
    const { detail } = await download;
    expect(detail.ics).to.equal(el.toIcs()!.replace(/DTSTAMP:\d{8}T\d{6}Z/g, detail.ics.match(/DTSTAMP:\d{8}T\d{6}Z/)![0]));
    expect(detail.ics).to.include('BEGIN:VEVENT');
  });

  it('loads its course by course-id from a catalog source', async () => {
    const { catalog } = validateCatalog(await sampleCatalog());
    const target = catalog.courses[5];
    const { el } = await settledFixture<HmsCourseCard>(html`<hms-course-card course-id=${target.id} src="/demo/catalog.json"></hms-course-card>`);
    expect(text(part(el, 'title'))).to.equal(target.title);
    await expect(el).to.be.accessible();
  });

  it("a course's .ics has the same UIDs in a list and on its own card: the catalog's, not the page's", async () => {
    const { catalog } = validateCatalog(await sampleCatalog());
    const target = catalog.courses.find((c) => c.sessions.length > 0)!;
    const uids = (ics: string) => ics.match(/^UID:.*$/gm);
    const { el: alone } = await settledFixture<HmsCourseCard>(html`<hms-course-card course-id=${target.id} src="/demo/catalog.json"></hms-course-card>`);
    await import('../../src/components/course-list/course-list.js');
    const { el: list } = await settledFixture<HTMLElement>(html`<hms-course-list src="/demo/catalog.json" q=${target.title}></hms-course-list>`);
    const inList = [...list.shadowRoot!.querySelectorAll<HmsCourseCard>('hms-course-card')].find((card) => card.course?.id === target.id)!;
    expect(inList, 'the list shows the course').to.not.equal(undefined);
    expect(uids(inList.toIcs()!)).to.deep.equal(uids(alone.toIcs()!));
    expect(uids(alone.toIcs()!)![0]).to.include(`@${new URL(catalog.organization!.url!).hostname}`);
  });

  it('an unknown course-id says so', async () => {
    const { el } = await settledFixture<HmsCourseCard>(html`<hms-course-card course-id="nope" src="/demo/catalog.json"></hms-course-card>`);
    expect(text(part(el, 'empty'))).to.equal(en.courseNotFound('nope'));
  });

  it('text in another language than the page carries its lang', async () => {
    const spanish: Course = { ...bostonCourse, language: 'es', title: 'Actualización en insuficiencia cardíaca' };
    const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${spanish} locale="en"></hms-course-card>`);
    expect(part(el, 'title')!.querySelector('bdi')!.getAttribute('lang')).to.equal('es');
    expect(text(part(el, 'meta'))).to.include('Spanish');
  });
});
