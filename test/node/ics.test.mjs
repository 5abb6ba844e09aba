// The .ics files as calendars read them (after `npm run build`): every file the widgets and
// `hms-widgets feeds` make is parsed by ical.js, a strict RFC 5545 parser, and checked against the
// session it came from, line by line rules included (CRLF, 75 octets, the required properties).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { catalogUidDomain, coursesToIcs, courseToIcs, sessionsToIcs } from '../../dist/catalog/ics.js';
import { validateCatalog } from '../../dist/validate.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { catalog } = validateCatalog(JSON.parse(readFileSync(`${root}demo/catalog.json`, 'utf8')));
const dated = catalog.courses.filter((course) => course.sessions.length > 0);
const uidDomain = catalogUidDomain(catalog);

/** Parses a file with ical.js after checking the content-line rules it is lenient about; returns its events. */
function parse(ics) {
  assert.ok(ics.endsWith('\r\n'), 'ends with CRLF');
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) {
    assert.ok(!/[\r\n]/.test(line), 'no bare CR or LF');
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `at most 75 octets: ${line}`);
  }
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.ok(calendar.getFirstPropertyValue('prodid'));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    for (const name of ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary']) assert.ok(vevent.hasProperty(name), `VEVENT has ${name.toUpperCase()}`);
    const event = new ICAL.Event(vevent);
    assert.equal(event.startDate.zone.tzid, 'UTC', 'times in UTC, correct in every calendar');
    return { uid: event.uid, start: event.startDate.toJSDate().getTime(), end: event.endDate.toJSDate().getTime(), summary: event.summary, location: event.location, vevent };
  });
}

const sessionEnd = (session) => (session.end ? Date.parse(session.end) : Date.parse(session.start) + 3_600_000);

test("each dated course's .ics is valid and holds its sessions: instants, title, place and UIDs from the catalog", () => {
  for (const course of dated) {
    const events = parse(courseToIcs(course, { uidDomain }));
    assert.equal(events.length, course.sessions.length);
    events.forEach((event, i) => {
      const session = course.sessions[i];
      assert.equal(event.start, Date.parse(session.start), `${course.id} session ${i + 1} start`);
      assert.equal(event.end, sessionEnd(session), `${course.id} session ${i + 1} end`);
      assert.ok(event.summary.startsWith(course.title), 'the title, unescaped');
      assert.equal(event.uid, `${course.id}-${i + 1}@${uidDomain}`);
    });
  }
});

test('one file of many courses ("Add these N sessions") is valid, with unique UIDs, at most 500 events', () => {
  const events = parse(coursesToIcs(catalog.courses, { uidDomain }));
  const total = dated.reduce((sum, course) => sum + course.sessions.length, 0);
  assert.equal(events.length, Math.min(500, total));
  assert.equal(new Set(events.map((event) => event.uid)).size, events.length);
});

test('a session has the same UID alone, among others, and in a file made later: never from the page or the time', () => {
  const course = dated.find((c) => c.sessions.length > 1);
  const alone = parse(sessionsToIcs([{ course, index: 1 }], { uidDomain, now: new Date('2027-01-01T00:00:00Z') }))[0].uid;
  const later = parse(sessionsToIcs([{ course, index: 1 }], { uidDomain, now: new Date('2027-06-01T00:00:00Z') }))[0].uid;
  const among = parse(courseToIcs(course, { uidDomain }))[1].uid;
  assert.equal(alone, among);
  assert.equal(alone, later);
  assert.equal(uidDomain, new URL(catalog.organization.url).hostname);
});

test('hostile text stays inside its property: a title with line breaks and separators adds no property', () => {
  const course = { ...dated[0], title: 'A;B,C\\D\r\nDTSTART:19700101T000000Z\u2028X', summary: 'S\nEND:VEVENT' };
  const [event] = parse(courseToIcs(course, { uidDomain }));
  assert.equal(event.start, Date.parse(course.sessions[0].start));
  assert.ok(event.summary.startsWith('A;B,C\\D\nDTSTART:19700101T000000Z\nX'));
  assert.equal(event.vevent.getAllProperties('dtstart').length, 1);
});

test("<hms-saved-courses>' export: the saved courses' sessions in one valid file, with the same UIDs as each course's own", () => {
  // What "Add these N sessions" of the saved list hands over: coursesToIcs of the saved courses that have sessions.
  const saved = [dated[2], dated[0], dated[1]];
  const events = parse(coursesToIcs(saved, { uidDomain }));
  assert.equal(events.length, saved.reduce((sum, course) => sum + course.sessions.length, 0));
  const own = saved.flatMap((course) => parse(courseToIcs(course, { uidDomain })).map((event) => event.uid));
  assert.deepEqual(events.map((event) => event.uid), own);
});

const run = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [`${root}bin/hms-widgets.mjs`, ...args], { cwd: root }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });

test('hms-widgets feeds writes one valid feed per division, modality and topic, all.ics, and feeds.json', async () => {
  const out = mkdtempSync(join(tmpdir(), 'hms-feeds-'));
  try {
    const { code, stdout } = await run('feeds', 'demo/catalog.json', '--out', out, '--refresh', '6');
    assert.equal(code, 0, stdout);
    const index = JSON.parse(readFileSync(join(out, 'feeds.json'), 'utf8'));
    assert.equal(index.version, 1);
    assert.equal(index.refreshInterval, 'PT6H');
    const files = readdirSync(out).filter((file) => file.endsWith('.ics')).sort();
    assert.deepEqual(index.feeds.map((feed) => feed.file).sort(), files);
    // Which feeds there must be: one per division, modality and topic that has a dated session.
    const expected = new Set(['all.ics']);
    for (const course of dated) {
      expected.add(`division-${course.division}.ics`);
      expected.add(`modality-${course.modality}.ics`);
    }
    const topics = new Set(dated.flatMap((course) => course.topics));
    assert.equal(index.feeds.filter((feed) => 'topic' in feed.filter).length, topics.size);
    for (const file of expected) assert.ok(files.includes(file), `${file} is written`);

    const uids = new Map();
    for (const feed of index.feeds) {
      const ics = readFileSync(join(out, feed.file), 'utf8');
      assert.match(ics, /\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n/);
      assert.match(ics, /\r\nX-PUBLISHED-TTL:PT6H\r\n/);
      const calendar = new ICAL.Component(ICAL.parse(ics));
      assert.equal(calendar.getFirstPropertyValue('name') ?? calendar.getFirstPropertyValue('x-wr-calname'), feed.name);
      const events = parse(ics);
      assert.equal(events.length, feed.events);
      const wanted = dated.filter((course) =>
        Object.entries(feed.filter).every(([key, value]) => (key === 'topic' ? course.topics.includes(value) : course[key] === value)),
      );
      assert.equal(events.length, wanted.reduce((sum, course) => sum + course.sessions.length, 0), `${feed.file} has the sessions of its filter`);
      assert.deepEqual([...events].sort((a, b) => a.start - b.start).map((event) => event.start), events.map((event) => event.start), 'in order');
      // One session, one UID, in every feed that has it.
      for (const event of events) {
        const key = `${event.start}|${event.summary}`;
        if (uids.has(key)) assert.equal(uids.get(key), event.uid);
        else uids.set(key, event.uid);
      }
    }
    assert.match(stdout, new RegExp(`✓ .*: ${index.feeds.length} feeds and feeds.json`));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('hms-widgets feeds needs --out, and a --refresh of whole hours', async () => {
  assert.equal((await run('feeds', 'demo/catalog.json')).code, 2);
  const bad = await run('feeds', 'demo/catalog.json', '--out', join(tmpdir(), 'unused'), '--refresh', 'soon');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--refresh takes a whole number of hours/);
});
