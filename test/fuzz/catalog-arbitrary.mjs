// The fast-check arbitrary of catalog-shaped documents (issue 27's fuzzing): every field may be a
// good value, a hostile string (controls, line breaks, bidi, surrogates, markup) or any JSON value,
// and lists may run past the format's limits. No Node imports: the browser tests use it too.
import fc from 'fast-check';

// Text an attacker would try: every kind of line break and control, bidi overrides, lone
// surrogates, markup, calendar and JSON-LD syntax, and plain words.
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'Lone CR\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:INJECTED', 'a\u0085b\u2028c\u2029d', '\u001b[2K\u001b]8;;https://x\u0007', '\u202eevil\u202c',
    '\uD800', '\uDC00x', '</script><script>window.__hmsPwned=1</script>', '<img src=x onerror=alert(1)>', '{{constructor}}', '\\;,\\n',
    'x'.repeat(2500), 'e\u0301'.repeat(30), '   ', '',
  ),
);
const anyValue = fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.integer(), hostileText, fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
const maybe = (good) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: anyValue }, { weight: 1, arbitrary: fc.constant(undefined) });
const list = (item, max = 6) => maybe(fc.array(item, { maxLength: max }));
const link = fc.oneof(fc.webUrl(), fc.constantFrom('courses/a', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'mailto:a@b.org?bcc=c@d.org', 'data:text/html,x', ' JaVa\tScRiPt:x'), hostileText);
const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true });
const instant = fc.oneof(date.map((d) => d.toISOString()), fc.constantFrom('2027-02-30T09:00:00Z', '2027-03-02T09:00:00', '2027-03-02T09:00:00-05:00'));
const day = fc.oneof(date.map((d) => d.toISOString().slice(0, 10)), fc.constantFrom('2027-02-29', '2028-02-29'));
const price = maybe(fc.oneof(fc.constant({ free: true }), fc.record({ amount: fc.oneof(fc.double({ min: -10, max: 1e10 }), fc.integer()), currency: fc.constantFrom('USD', 'usd', 'XYZ', 'EUR', ' BRL ') })));
const image = maybe(fc.record({ url: maybe(link), alt: maybe(hostileText) }, { requiredKeys: [] }));
const id = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom('a', 'b', 'c'), hostileText);
const session = fc.record({
  start: maybe(instant), end: maybe(instant), timeZone: maybe(fc.constantFrom('America/New_York', 'UTC', 'Mars/Olympus_Mons', 'EST')),
  online: maybe(fc.boolean()), location: maybe(fc.record({ name: maybe(hostileText), city: maybe(hostileText), country: maybe(fc.constantFrom('US', 'BR', 'xx')) }, { requiredKeys: [] })),
}, { requiredKeys: [] });
const course = fc.record({
  id: maybe(id), title: maybe(hostileText), summary: maybe(hostileText), url: maybe(link),
  division: maybe(fc.constantFrom('global-academy', 'continuing-education', 'global-education', 'nope')),
  modality: maybe(fc.constantFrom('online', 'live', 'rss', 'blended', 'hybrid')), accredited: maybe(fc.boolean()),
  credits: list(fc.record({ type: maybe(hostileText), amount: maybe(fc.double({ min: -1, max: 2000 })) }, { requiredKeys: [] }), 25),
  topics: list(hostileText, 60), audience: list(hostileText), directors: list(hostileText), language: maybe(fc.constantFrom('en', 'pt-BR', 'zh-Hans', 'pt_BR', 'de-1996-1996')),
  price, status: maybe(fc.constantFrom('open', 'waitlist', 'closed', 'upcoming', 'on-demand', 'maybe')),
  sessions: list(session, 8), image, updated: maybe(day),
}, { requiredKeys: [] });
const adaptation = fc.record({ region: maybe(fc.constantFrom('latam', 'mena', 'china')), locale: maybe(fc.constantFrom('es', 'pt-BR', 'xx_YY')), title: maybe(hostileText), fee: price, url: maybe(link), cohortStart: maybe(day) }, { requiredKeys: [] });
const program = fc.record({
  id: maybe(id), title: maybe(hostileText), summary: maybe(hostileText), url: maybe(link), durationMonths: maybe(fc.double({ min: 0, max: 200 })),
  format: maybe(fc.constantFrom('online', 'live', 'blended')), audience: list(hostileText), cohortStart: maybe(day), applicationDeadline: maybe(day), fee: price,
  adaptations: list(adaptation, 4),
}, { requiredKeys: [] });
const post = fc.record({ id: maybe(id), kind: maybe(fc.constantFrom('news', 'blog', 'tweet')), title: maybe(hostileText), summary: maybe(hostileText), url: maybe(link), published: maybe(day), author: maybe(hostileText), image }, { requiredKeys: [] });
const division = fc.record({ id: maybe(fc.constantFrom('global-academy', 'continuing-education', 'global-education')), name: maybe(hostileText), summary: maybe(hostileText), url: maybe(link), offerings: list(hostileText, 60) }, { requiredKeys: [] });

/** A catalog-shaped document, version 1 (or, rarely, not a catalog at all). */
export const catalogDocument = fc.oneof(
  { weight: 20, arbitrary: fc.record({
    version: fc.constant(1), notice: maybe(hostileText),
    organization: maybe(fc.record({ name: maybe(hostileText), url: maybe(link), founded: maybe(fc.integer({ min: 900, max: 3100 })), facts: list(fc.record({ value: maybe(fc.oneof(fc.integer(), hostileText)), label: maybe(hostileText) }, { requiredKeys: [] }), 60) }, { requiredKeys: [] })),
    mission: maybe(fc.record({ statement: maybe(hostileText), attribution: maybe(fc.record({ name: maybe(hostileText), title: maybe(hostileText) }, { requiredKeys: [] })) }, { requiredKeys: [] })),
    divisions: list(division, 4), courses: list(course, 8), programs: list(program, 4), posts: list(post, 6),
  }, { requiredKeys: ['version'] }) },
  { weight: 1, arbitrary: anyValue },
);
