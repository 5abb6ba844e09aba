import { expect } from '@open-wc/testing';
import { catalogUidDomain, coursesToIcs, courseToIcs, escapeText, foldLine } from '../../src/catalog/ics.js';
import { parseCatalogText } from '../../src/catalog/parse.js';
import { LIST_LIMITS, validateCatalog } from '../../src/catalog/validate.js';
import type { Course } from '../../src/catalog/types.js';
import { CONTROL, corpus, ICS_INJECTION_TITLE } from '../fixtures/hostile/corpus.mjs';
import { sampleCatalog } from '../helpers.js';
import { octets, strictRead, type Calendar, type Property } from './ics-reader.js';

/**
 * What a careless reader sees (Java's readLine, .NET's ReadLine, Python's splitlines): lines end at
 * CR, LF, NEL, U+2028, U+2029 (and the vertical tab, form feed and U+001C–U+001E splitlines adds);
 * continuation lines (a leading space or tab) are part of the line before. Returns each line's
 * property name, BEGIN:x and END:x kept whole.
 */
function permissiveNames(text: string): string[] {
  const names: string[] = [];
  // eslint-disable-next-line no-control-regex
  for (const line of text.split(/\r\n|[\r\n\u000B\u000C\u001C-\u001E\u0085\u2028\u2029]/)) {
    if (line === '' || line.startsWith(' ') || line.startsWith('\t')) continue;
    const name = /^[^;:]*/.exec(line)![0].toUpperCase();
    names.push(name === 'BEGIN' || name === 'END' ? line.toUpperCase() : name);
  }
  return names;
}

const CALENDAR_PROPERTIES = ['VERSION', 'PRODID', 'CALSCALE', 'METHOD'];
const EVENT_PROPERTIES = ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'STATUS'];

/**
 * Reads `ics` with both readers and checks they find the calendar `course` should give: one VEVENT
 * per session, only the properties courseToIcs writes, each at most once per event, one UID per
 * session. Returns the strict reading.
 */
function checkBothReaders(ics: string, course: Course): Calendar {
  const strict = strictRead(ics);
  const sessions = course.sessions.length;
  expect(strict.events, 'strict reader: events').to.have.length(sessions);
  expect(strict.calendar.map((p) => p.name)).to.deep.equal(CALENDAR_PROPERTIES);
  for (const event of strict.events) {
    const names = event.map((p) => p.name);
    expect(names.filter((name) => !EVENT_PROPERTIES.includes(name)), 'strict reader: unexpected properties').to.deep.equal([]);
    expect(new Set(names).size, 'strict reader: a property twice in one event').to.equal(names.length);
    for (const required of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) expect(names).to.include(required);
  }
  const loose = permissiveNames(ics);
  expect(loose.filter((name) => name === 'BEGIN:VEVENT'), 'permissive reader: events').to.have.length(sessions);
  expect(loose.filter((name) => name === 'END:VEVENT'), 'permissive reader: event ends').to.have.length(sessions);
  expect(loose.filter((name) => name === 'UID'), 'permissive reader: UIDs').to.have.length(sessions);
  const known = new Set([...CALENDAR_PROPERTIES, ...EVENT_PROPERTIES, 'BEGIN:VCALENDAR', 'END:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT']);
  expect(loose.filter((name) => !known.has(name)), 'permissive reader: unexpected properties').to.deep.equal([]);
  return strict;
}

const get = (props: Property[], name: string) => props.find((p) => p.name === name)?.value;
const utc = (value: string) => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)!;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
};

describe('Add to calendar: iCalendar files (RFC 5545)', () => {
  let course: Course;
  let sampleRaw: unknown;
  before(async () => {
    sampleRaw = await sampleCatalog();
    const { catalog } = validateCatalog(sampleRaw);
    course = catalog.courses.find((c) => c.modality === 'live' && c.sessions.length > 1)!;
  });

  it('parses back with one event per session, each field from the catalog', () => {
    const now = new Date('2026-11-25T10:00:00Z');
    const { calendar, events } = strictRead(courseToIcs(course, { now, uidDomain: 'partner.example' })!);
    expect(get(calendar, 'VERSION')).to.equal('2.0');
    expect(get(calendar, 'PRODID')).to.be.a('string').and.not.equal('');
    expect(get(calendar, 'CALSCALE')).to.equal('GREGORIAN');
    expect(get(calendar, 'METHOD')).to.equal('PUBLISH');
    expect(events).to.have.length(course.sessions.length);
    const uids = new Set<string>();
    events.forEach((event, i) => {
      const session = course.sessions[i];
      uids.add(get(event, 'UID')!);
      expect(utc(get(event, 'DTSTART')!)).to.equal(Date.parse(session.start));
      expect(utc(get(event, 'DTEND')!)).to.equal(Date.parse(session.end!));
      expect(utc(get(event, 'DTSTAMP')!)).to.equal(now.getTime());
      expect(get(event, 'SUMMARY')).to.include(course.title);
      expect(get(event, 'DESCRIPTION')).to.include(course.summary);
      expect(get(event, 'URL')).to.equal(course.url);
      if (session.location) expect(get(event, 'LOCATION')).to.include(session.location.city!);
    });
    expect(uids.size).to.equal(events.length);
  });

  it('the same course gives the same UIDs on every download', () => {
    const uids = (text: string) => strictRead(text).events.map((e) => get(e, 'UID'));
    expect(uids(courseToIcs(course, { now: new Date(0) })!)).to.deep.equal(uids(courseToIcs(course, { now: new Date() })!));
  });

  it('one file for several courses: every session of each, UIDs all distinct, both readers agree', () => {
    const { catalog } = validateCatalog(sampleRaw);
    const dated = catalog.courses.filter((c) => c.sessions.length > 0).slice(0, 6);
    const ics = coursesToIcs(dated, { uidDomain: catalogUidDomain(catalog) })!;
    const sessions = dated.reduce((sum, c) => sum + c.sessions.length, 0);
    const { events } = checkBothReaders(ics, { ...dated[0], sessions: dated.flatMap((c) => c.sessions) });
    expect(events).to.have.length(sessions);
    expect(new Set(events.map((e) => get(e, 'UID'))).size).to.equal(sessions);
    expect(coursesToIcs(catalog.courses.filter((c) => c.sessions.length === 0))).to.equal(undefined);
  });

  it("UIDs carry the catalog's identity (its organization's host), never the page's", () => {
    const { catalog } = validateCatalog(sampleRaw);
    const host = new URL(catalog.organization!.url!).hostname;
    expect(catalogUidDomain(catalog)).to.equal(host);
    expect(host).to.not.equal(location.hostname);
    for (const event of strictRead(courseToIcs(course, { uidDomain: catalogUidDomain(catalog) })!).events) {
      expect(get(event, 'UID')).to.match(new RegExp(`^${course.id}-\\d+@${host.replaceAll('.', '\\.')}$`));
    }
    expect(catalogUidDomain({})).to.equal('hms-widgets');
    expect(catalogUidDomain({ organization: { url: 'javascript:alert(1)' } })).to.equal('hms-widgets');
    expect(catalogUidDomain({ organization: { url: '/relative' } })).to.equal('hms-widgets');
  });

  it('escapes commas, semicolons, backslashes and newlines, and they read back unchanged', () => {
    const tricky: Course = { ...course, title: 'Heart; lungs, and \\ more', summary: 'Line one\nLine two, with; all', sessions: [course.sessions[0]] };
    const { events } = strictRead(courseToIcs(tricky)!);
    expect(get(events[0], 'SUMMARY')).to.equal(tricky.title);
    expect(get(events[0], 'DESCRIPTION')!.startsWith(tricky.summary)).to.equal(true);
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const lines = [
      `SUMMARY:${'临床试验设计 '.repeat(20)}`,
      `SUMMARY:${'x'.repeat(300)}`,
      `SUMMARY:${'é'.repeat(100)}`,
      `SUMMARY:${'a👩🏽‍⚕️'.repeat(30)}`,
      // A lone surrogate is written as U+FFFD: three octets.
      `SUMMARY:${'\uD800'.repeat(40)}`,
      `SUMMARY:${'ab\u0800'.repeat(40)}`,
    ];
    for (const line of lines) {
      const folded = foldLine(line);
      const parts = folded.split('\r\n');
      parts.forEach((part, i) => {
        expect(octets(part), part).to.be.at.most(75);
        if (i > 0) expect(part.startsWith(' ')).to.equal(true);
        // A surrogate pair stays whole: never a high surrogate at the end and its low one on the next line.
        if (i > 0) expect(/[\uD800-\uDBFF]$/.test(parts[i - 1]) && /^ [\uDC00-\uDFFF]/.test(part), part).to.equal(false);
      });
      // Full lines: each part but the last would have overflowed with the next character.
      parts.slice(0, -1).forEach((part, i) => {
        const next = [...parts[i + 1].slice(1)][0];
        expect(octets(part) + octets(next), part).to.be.greaterThan(75);
      });
      expect(folded.replace(/\r\n /g, '')).to.equal(line);
    }
    expect(foldLine('SUMMARY:short')).to.equal('SUMMARY:short');
  });

  it('escapes every spelling of a line break as \\n and removes other controls, keeping tab', () => {
    expect(escapeText('a\r\nb\rc\nd\u0085e\u2028f\u2029g')).to.equal('a\\nb\\nc\\nd\\ne\\nf\\ng');
    expect(escapeText('a\u0000\u0007\u000B\u000C\u001B\u001C\u001F\u007F\u0080\u009Fb\tc')).to.equal('ab\tc');
  });

  it('a course without sessions has no calendar file', () => {
    expect(courseToIcs({ ...course, sessions: [] })).to.equal(undefined);
  });
});

describe('Add to calendar: a bounded file (issue 27)', () => {
  it('a course object with 100,000 sessions (never validated) gives at most the catalog limit of events, numbered of that many', () => {
    const session = { start: '2027-03-02T09:00:00-05:00', timeZone: 'America/New_York', online: true };
    const course = { id: 'big', title: 'Weekly rounds', summary: '', division: 'continuing-education', modality: 'rss', accredited: false, credits: [], topics: [], audience: [], status: 'open', sessions: Array.from({ length: 100_000 }, () => session), directors: [] } as Course;
    const { events } = strictRead(courseToIcs(course, { now: new Date('2026-11-25T10:00:00Z') })!);
    expect(events).to.have.length(LIST_LIMITS.sessions);
    expect(get(events.at(-1)!, 'SUMMARY')).to.equal(`Weekly rounds (${LIST_LIMITS.sessions}/${LIST_LIMITS.sessions})`);
  });
});

describe('Add to calendar: no catalog text can add events or properties (issue 27)', () => {
  let course: Course;
  before(async () => {
    const { catalog } = validateCatalog(await sampleCatalog());
    course = catalog.courses.find((c) => c.modality === 'live' && c.sessions.length > 1)!;
  });

  it('the reproduction title, given to courseToIcs without validation, stays one SUMMARY in each event', () => {
    const hostile: Course = {
      ...course,
      id: 'id\rX-EVIL:1',
      title: ICS_INJECTION_TITLE,
      summary: ICS_INJECTION_TITLE.replaceAll('\r', '\u2028'),
      url: `https://partner.example/a\rATTACH:https://evil.example/b`,
      sessions: course.sessions.map((session) => ({
        ...session,
        location: { name: ICS_INJECTION_TITLE.replaceAll('\r', '\u0085'), city: 'Boston\r\nX-EVIL:2', country: 'US\u2029X-EVIL:3' },
      })),
    };
    const { events } = checkBothReaders(courseToIcs(hostile, { uidDomain: 'partner.example\rX-EVIL:4' })!, hostile);
    events.forEach((event, i) => {
      expect(get(event, 'SUMMARY')).to.equal(`${ICS_INJECTION_TITLE.replaceAll('\r', '\n')} (${i + 1}/${events.length})`);
      expect(get(event, 'URL')).to.equal('https://partner.example/aATTACH:https://evil.example/b');
    });
  });

  it('a relative or unsafe course link is left out of the file, not written as a URI', () => {
    for (const url of ['courses/1\rX-EVIL:1', 'javascript:alert(1)', '//evil.example\u2028X-EVIL:1']) {
      const { events } = checkBothReaders(courseToIcs({ ...course, url })!, course);
      const written = get(events[0], 'URL');
      if (written !== undefined) expect(written, url).to.match(/^https:\/\/[^\s]+$/);
      else expect(get(events[0], 'DESCRIPTION')).to.equal(course.summary);
    }
  });

  // Every course of every hostile document the widgets accept, read as a widget reads it.
  for (const doc of corpus.filter((d) => d.expect === 'load')) {
    it(`${doc.name}: every course's file reads the same in both readers`, async function () {
      if (doc.large) this.timeout(120_000);
      const url = new URL(`/api/corpus/${doc.name}`, location.href).href;
      const response = await fetch(url);
      const { catalog } = validateCatalog(parseCatalogText(await response.text(), url, response.headers.get('content-type') ?? ''), { baseUrl: url });
      // 100,000 generated courses of one shape: the control course and every 50th stand for them.
      const courses = catalog.courses.length > 2000 ? catalog.courses.filter((c, i) => i % 50 === 0 || c.id === CONTROL.course.id) : catalog.courses;
      let files = 0;
      for (const each of courses) {
        const ics = courseToIcs(each, { uidDomain: 'partner.example' });
        if (!ics) continue;
        const { events } = checkBothReaders(ics, each);
        events.forEach((event, i) => {
          expect(get(event, 'UID')).to.equal(`${each.id}-${i + 1}@partner.example`);
          expect(get(event, 'SUMMARY')).to.equal(each.sessions.length > 1 ? `${each.title} (${i + 1}/${each.sessions.length})` : each.title);
        });
        files += 1;
      }
      if (doc.controls) expect(files, 'the control course at least has a calendar file').to.be.greaterThan(0);
    });
  }
});
