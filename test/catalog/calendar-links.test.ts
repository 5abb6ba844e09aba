// "Add to calendar" links for web calendars (src/catalog/calendar-links.ts), read back as each
// service reads them: only the parameters its documentation names, the same instants as the
// session, and no parameter a catalog's text could add.
import { expect } from '@open-wc/testing';
import { calendarLinks } from '../../src/catalog/calendar-links.js';
import { sessionPlace } from '../../src/catalog/ics.js';
import type { Course } from '../../src/catalog/types.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import { sampleCatalog } from '../helpers.js';

// Google Calendar's event template (calendar/render?action=TEMPLATE): text, dates (start/end, UTC
// as YYYYMMDDTHHMMSSZ), details, location, ctz (IANA zone), and the optional recur, crm, trp, sprop, add.
const GOOGLE_PARAMETERS = ['action', 'text', 'dates', 'details', 'location', 'ctz', 'recur', 'crm', 'trp', 'sprop', 'add'];
// Outlook's compose deep link (outlook.live.com and outlook.office.com): subject, startdt, enddt
// (ISO 8601), body, location, allday, to, cc, path, rru.
const OUTLOOK_PARAMETERS = ['path', 'rru', 'subject', 'startdt', 'enddt', 'body', 'location', 'allday', 'to', 'cc'];

const compactUtc = (value: string): number => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  expect(m, `${value} is YYYYMMDDTHHMMSSZ`).to.not.equal(null);
  return Date.UTC(+m![1], +m![2] - 1, +m![3], +m![4], +m![5], +m![6]);
};

describe('Add to calendar: Google and Outlook links', () => {
  let courses: Course[];
  before(async () => {
    courses = validateCatalog(await sampleCatalog()).catalog.courses.filter((c) => c.sessions.length > 0);
  });

  it("Google's template: documented parameters only, the session's instants, zone, place and text", () => {
    for (const course of courses) {
      course.sessions.forEach((session, i) => {
        const url = new URL(calendarLinks(course, i)!.google);
        expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
        const params = url.searchParams;
        expect([...params.keys()].filter((key) => !GOOGLE_PARAMETERS.includes(key))).to.deep.equal([]);
        expect(params.get('action')).to.equal('TEMPLATE');
        expect(params.get('text')).to.include(course.title);
        const [start, end] = params.get('dates')!.split('/');
        expect(compactUtc(start)).to.equal(Date.parse(session.start));
        expect(compactUtc(end)).to.equal(session.end ? Date.parse(session.end) : Date.parse(session.start) + 3_600_000);
        expect(params.get('ctz')).to.equal(session.timeZone);
        expect(params.get('location') ?? '').to.equal(sessionPlace(session));
        expect(params.get('details')).to.include(course.summary);
      });
    }
  });

  it('Outlook (outlook.com and Microsoft 365): documented parameters only, the same instants in ISO 8601 UTC', () => {
    for (const course of courses) {
      const links = calendarLinks(course, 0)!;
      for (const [link, host] of [
        [links.outlook, 'outlook.live.com'],
        [links.office365, 'outlook.office.com'],
      ]) {
        const url = new URL(link);
        expect(url.host).to.equal(host);
        expect(url.pathname).to.equal('/calendar/0/action/compose');
        const params = url.searchParams;
        expect([...params.keys()].filter((key) => !OUTLOOK_PARAMETERS.includes(key))).to.deep.equal([]);
        expect(params.get('rru')).to.equal('addevent');
        expect(params.get('subject')).to.include(course.title);
        expect(params.get('startdt')).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        expect(Date.parse(params.get('startdt')!)).to.equal(Date.parse(course.sessions[0].start));
        expect(Date.parse(params.get('enddt')!)).to.be.greaterThan(Date.parse(params.get('startdt')!));
      }
    }
  });

  it("catalog text that looks like parameters stays one parameter's value", () => {
    const base = courses[0];
    const hostile: Course = {
      ...base,
      title: 'Cardio&ctz=Evil/Zone&dates=19700101T000000Z/19700101T010000Z#x',
      summary: 'Line one\nsubject=Other&rru=x',
      url: 'javascript:alert(1)',
    };
    const links = calendarLinks(hostile, 0)!;
    const google = new URL(links.google).searchParams;
    expect(google.getAll('ctz')).to.deep.equal([base.sessions[0].timeZone]);
    expect(google.getAll('dates')).to.have.length(1);
    expect(google.get('text')).to.equal(base.sessions.length > 1 ? `${hostile.title} (1/${base.sessions.length})` : hostile.title);
    expect(google.get('details')).to.equal(hostile.summary);
    const outlook = new URL(links.outlook).searchParams;
    expect(outlook.getAll('rru')).to.deep.equal(['addevent']);
    expect(outlook.get('body')).to.equal(hostile.summary);
  });

  it('no links for a session the course does not have', () => {
    expect(calendarLinks({ ...courses[0], sessions: [] }, 0)).to.equal(undefined);
    expect(calendarLinks(courses[0], courses[0].sessions.length)).to.equal(undefined);
  });
});
