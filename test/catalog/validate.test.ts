import { expect } from '@open-wc/testing';
import { CatalogParseError, CatalogSchemaError } from '../../src/catalog/errors.js';
import { generateCatalog } from '../../scripts/catalog-generator.js';
import { COURSE_STATUSES, DIVISION_IDS, MODALITIES } from '../../src/catalog/types.js';
import { LIST_LIMITS, MAX_ISSUES, parseCatalogText, TEXT_LIMITS, validateCatalog, validateCatalogInSlices } from '../../src/catalog/validate.js';
import { sampleCatalog } from '../helpers.js';

const minimalCourse = (extra: Record<string, unknown> = {}) => ({
  id: 'c1',
  title: 'A course',
  division: 'global-academy',
  modality: 'online',
  status: 'open',
  ...extra,
});
const one = (course: Record<string, unknown>) => validateCatalog({ version: 1, courses: [course] });

describe('catalog validation', () => {
  describe('rejects a document that is not a v1 catalog, with a message that names the problem', () => {
    it('not JSON: empty body, an HTML page, broken JSON', () => {
      const attempt = (text: string, type = 'application/json') => {
        try {
          parseCatalogText(text, 'https://x.test/c.json', type);
        } catch (error) {
          return error as CatalogParseError;
        }
        throw new Error('no error');
      };
      expect(attempt('  ').problem).to.equal('empty');
      expect(attempt('<!doctype html><title>Sign in</title>').problem).to.equal('html');
      expect(attempt('{"version": 1}', 'text/html; charset=utf-8').problem).to.equal('html');
      const broken = attempt('{"version": 1,');
      expect(broken).to.be.instanceOf(CatalogParseError);
      expect(broken.problem).to.equal('invalid-json');
      expect(broken.message).to.match(/not valid JSON/);
    });

    it('accepts a byte-order mark before the JSON', () => {
      expect(parseCatalogText('\uFEFF{"version":1}')).to.deep.equal({ version: 1 });
    });

    const notObjects: [string, unknown, RegExp][] = [
      ['an array', [], /a list/],
      ['null', null, /null/],
      ['a number', 42, /42/],
      ['a string', 'catalog', /"catalog"/],
    ];
    for (const [name, value, pattern] of notObjects) {
      it(`not an object: ${name}`, () => {
        expect(() => validateCatalog(value)).to.throw(CatalogSchemaError, pattern);
      });
    }

    it('no version, or an unsupported one', () => {
      expect(() => validateCatalog({ courses: [] })).to.throw(CatalogSchemaError, /no "version"/);
      expect(() => validateCatalog({ version: 2 })).to.throw(CatalogSchemaError, /version 2 is not supported/);
      expect(() => validateCatalog({ version: '1' })).to.throw(CatalogSchemaError, /version "1" is not supported/);
    });
  });

  describe('ignores unknown fields, so a v1 reader accepts a later, richer document', () => {
    it('keeps the known fields and reports nothing', () => {
      const { catalog, issues } = validateCatalog({ version: 1, futureSection: [1, 2], courses: [minimalCourse({ futureField: { x: 1 } })] });
      expect(issues).to.deep.equal([]);
      expect(catalog.courses[0].id).to.equal('c1');
      expect(catalog.courses[0]).not.to.have.property('futureField');
    });
  });

  describe('drops a bad item on its own and reports it with its JSON path', () => {
    it('the bad-items fixture keeps its good courses and names every drop', async () => {
      const doc = await (await fetch('/test/fixtures/bad-items.json')).json();
      const { catalog, issues } = validateCatalog(doc, { baseUrl: 'https://catalog.example.org/hms/catalog.json' });
      expect(catalog.courses.map((c) => c.id)).to.deep.equal(['good-1', 'javascript-link', 'good-2']);
      const byPath = Object.fromEntries(issues.map((issue) => [issue.path, issue]));
      const dropped = [
        '$.divisions[1].id',
        '$.courses[1].id',
        '$.courses[2].title',
        '$.courses[3].id',
        '$.courses[4].sessions[0].start',
        '$.courses[5].sessions[0].end',
        '$.courses[6].price.currency',
        '$.courses[7].credits[0].amount',
        '$.courses[8].sessions[0].timeZone',
        '$.courses[11]',
      ];
      for (const path of dropped) {
        expect(byPath[path], path).to.exist;
        expect(byPath[path].action, path).to.equal('dropped');
      }
      expect(byPath['$.courses[3].id'].message).to.match(/repeats id "good-1"/);
      expect(byPath['$.courses[4].sessions[0].start'].message).to.match(/ISO 8601/);
      expect(byPath['$.courses[6].price.currency'].message).to.match(/ISO 4217/);
      expect(byPath['$.courses[9].url'].action).to.equal('fixed');
      expect(byPath['$.posts'].action).to.equal('ignored');
      expect(issues).to.have.length(dropped.length + 2);
    });

    it('reads zone names as IANA names: canonical ones from the browser\'s list without a date formatter, aliases too, abbreviations and offsets not', () => {
      const session = (timeZone: string) => ({ start: '2027-03-02T09:00:00Z', timeZone });
      const zones = ['Europe/Lisbon', 'Asia/Dubai', 'America/Argentina/Buenos_Aires', 'UTC', 'Asia/Calcutta', 'US/Eastern', 'EST', 'GMT+5', 'Mars/Olympus', 'Europe/Lisbon '];
      const created: unknown[] = [];
      const Native = Intl.DateTimeFormat;
      // Counts the formatters validation makes: a canonical name must not need one (the first a page
      // makes starts ICU's date formatting, tens of ms on a page that shows no dates).
      Intl.DateTimeFormat = new Proxy(Native, {
        construct(target, args) {
          created.push(args[1]);
          return Reflect.construct(target, args);
        },
      });
      let result;
      try {
        result = validateCatalog({ version: 1, courses: zones.map((zone, i) => minimalCourse({ id: `z${i}`, modality: 'live', sessions: [session(zone)] })) });
      } finally {
        Intl.DateTimeFormat = Native;
      }
      const kept = result.catalog.courses.map((course) => course.sessions[0]?.timeZone);
      // Text is trimmed before it is read: "Europe/Lisbon " is Lisbon.
      expect(kept).to.deep.equal(['Europe/Lisbon', 'Asia/Dubai', 'America/Argentina/Buenos_Aires', 'UTC', 'Asia/Calcutta', 'US/Eastern', 'Europe/Lisbon']);
      expect(result.issues.map((issue) => issue.path)).to.deep.equal([6, 7, 8].map((i) => `$.courses[${i}].sessions[0].timeZone`));
      const canonical = new Set((Intl as unknown as { supportedValuesOf: (key: string) => string[] }).supportedValuesOf('timeZone'));
      const asked = created.map((options) => (options as { timeZone?: string } | undefined)?.timeZone);
      expect(asked.filter((zone) => zone && canonical.has(zone)), 'formatters made for canonical zones').to.deep.equal([]);
    });

    it('cleans what can be cleaned: trims text, upper-cases currency, resolves relative links', async () => {
      const doc = await (await fetch('/test/fixtures/bad-items.json')).json();
      const { catalog } = validateCatalog(doc, { baseUrl: 'https://catalog.example.org/hms/catalog.json' });
      const [good1, scripted, good2] = catalog.courses;
      expect(good1.title).to.equal('Good course with padded title');
      expect(good1.url).to.equal('https://catalog.example.org/hms/courses/good-1');
      expect(scripted.url).to.equal(undefined);
      expect(good2.price).to.deep.equal({ free: false, amount: 450, currency: 'USD' });
      expect(good2.sessions[0]).to.deep.include({ online: false, timeZone: 'America/New_York' });
      expect(good2.sessions[0].location).to.deep.equal({ name: 'Conference Center', city: 'Boston', country: 'US' });
    });

    it('wrong types in a course field drop the course', () => {
      const wrong: [string, unknown][] = [
        ['accredited', 'yes'],
        ['topics', 'Cardiology'],
        ['credits', [{ type: 'AMA', amount: 'five' }]],
        ['modality', 'hybrid'],
        ['status', 'maybe'],
        ['language', 'not a language tag!'],
        ['updated', '2027-13-01'],
        ['price', { amount: Number.NaN, currency: 'USD' }],
      ];
      for (const [field, value] of wrong) {
        const { catalog, issues } = one(minimalCourse({ [field]: value }));
        expect(catalog.courses, field).to.have.length(0);
        expect(issues[0].path.startsWith(`$.courses[0].${field}`), `${field}: ${issues[0].path}`).to.equal(true);
      }
    });

    it('shortens over-long text to its limit and reports it as fixed', () => {
      const long = 'x'.repeat(TEXT_LIMITS.short + 50);
      const { catalog, issues } = one(minimalCourse({ title: long }));
      expect([...catalog.courses[0].title]).to.have.length(TEXT_LIMITS.short);
      expect(catalog.courses[0].title.endsWith('…')).to.equal(true);
      expect(issues).to.deep.equal([
        { path: '$.courses[0].title', message: `is longer than ${TEXT_LIMITS.short} characters and was shortened`, action: 'fixed' },
      ]);
    });

    it('removes null bytes and control characters from text', () => {
      const { catalog } = one(minimalCourse({ title: 'Heart\u0000 failure\u0007 up\u007Fdate' }));
      expect(catalog.courses[0].title).to.equal('Heart failure update');
    });

    it('writes every line break as a newline, removes C1 controls, and keeps tab and newline', () => {
      const breaks = ['\r\n', '\r', '\n', '\u0085', '\u2028', '\u2029'];
      const { catalog } = one(minimalCourse({ title: `a${breaks.join('b')}c`, summary: 'x\ty\u0080\u009B31m\u009Fz\u000B\u000C' }));
      expect(catalog.courses[0].title).to.equal(`a${breaks.map(() => '\n').join('b')}c`);
      expect(catalog.courses[0].summary).to.equal('x\ty31mz');
      // What is left holds no character but tab and newline that any reader could take for a line end.
      // eslint-disable-next-line no-control-regex
      expect(catalog.courses[0].title.split(/\r\n|[\r\n\u000B\u000C\u001C-\u001E\u0085\u2028\u2029]/)).to.have.length(breaks.length + 1);
    });

    it('cleans mark piles, lone surrogates and bidi controls after plain words, and leaves real scripts alone', () => {
      const { catalog } = one(minimalCourse({ title: `Cafe${'\u0301'.repeat(20)} club`, summary: 'ok \uD800 here', audience: ['a\u202Eb'] }));
      expect(catalog.courses[0].title).to.equal(`Cafe${'\u0301'.repeat(8)} club`);
      expect(catalog.courses[0].summary).to.equal('ok \uFFFD here');
      expect(catalog.courses[0].audience).to.deep.equal(['ab']);
      const real = 'Atualização em cardiologia · 临床试验设计 · تعليم التفكير السريري مرئيًا · 👩🏽‍⚕️';
      expect(one(minimalCourse({ title: real })).catalog.courses[0].title).to.equal(real);
    });

    it('reads list entries one by one: cleans them, skips empty ones, names a bad one by its index', () => {
      const long = 'y'.repeat(TEXT_LIMITS.short + 1);
      const kept = one(minimalCourse({ topics: [' Cardiology ', '', null, 'Heart\u0000', long] }));
      expect(kept.catalog.courses[0].topics.slice(0, 2)).to.deep.equal(['Cardiology', 'Heart']);
      expect([...kept.catalog.courses[0].topics[2]]).to.have.length(TEXT_LIMITS.short);
      expect(kept.issues.map((issue) => issue.path)).to.deep.equal(['$.courses[0].topics[4]']);
      const dropped = one(minimalCourse({ directors: ['Dr. Ada Reyes', 7] }));
      expect(dropped.catalog.courses).to.have.length(0);
      expect(dropped.issues[0].path).to.equal('$.courses[0].directors[1]');
      const session = one(minimalCourse({ sessions: [{ start: '2027-01-10T09:00:00-05:00', timeZone: 'America/New_York', location: { city: 7 } }] }));
      expect(session.issues[0].path).to.equal('$.courses[0].sessions[0].location.city');
    });

    it('removes an image without alt text, and keeps the course', () => {
      const { catalog, issues } = one(minimalCourse({ image: { url: 'https://x.test/a.png' } }));
      expect(catalog.courses[0].image).to.equal(undefined);
      expect(issues[0].path).to.equal('$.courses[0].image.alt');
    });

    it('a zero price is free', () => {
      const { catalog } = one(minimalCourse({ price: { amount: 0, currency: 'EUR' } }));
      expect(catalog.courses[0].price).to.deep.equal({ free: true });
    });

    it('a bad regional adaptation is dropped and its program kept', () => {
      const { catalog, issues } = validateCatalog({
        version: 1,
        programs: [
          {
            id: 'p1',
            title: 'Program',
            durationMonths: 12,
            format: 'blended',
            adaptations: [
              { region: 'latam', locale: 'es', title: 'Programa' },
              { region: 'mena', locale: 'ar', fee: { amount: 10, currency: 'NOPE' } },
              { region: 'latam', locale: 'es' },
            ],
          },
        ],
      });
      expect(catalog.programs[0].adaptations.map((a) => a.region)).to.deep.equal(['latam']);
      expect(issues.map((i) => i.path)).to.deep.equal(['$.programs[0].adaptations[1].fee.currency', '$.programs[0].adaptations[2].region']);
    });

    it('a broken mission section is left out and the rest of the catalog is kept', () => {
      const { catalog, issues } = validateCatalog({ version: 1, mission: { statement: 'Hello' }, courses: [minimalCourse()] });
      expect(catalog.mission).to.equal(undefined);
      expect(catalog.courses).to.have.length(1);
      expect(issues[0].path).to.equal('$.mission.attribution');
    });
  });

  describe('keeps every list within its limit, and says what it cut', () => {
    const many = <T>(count: number, make: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i));
    const session = { start: '2027-03-02T09:00:00-05:00', timeZone: 'America/New_York' };
    const program = (i: number, extra = {}) => ({ id: `p${i}`, title: 'P', durationMonths: 12, format: 'online', ...extra });
    const post = (i: number) => ({ id: `n${i}`, kind: 'news', title: 'N', published: '2027-01-04' });
    const cutIssue = (issues: { path: string; message: string; action: string }[], path: string, length: number, max: number) => {
      const issue = issues.find((i) => i.path === path);
      expect(issue, path).to.exist;
      expect(issue!.action).to.equal('dropped');
      expect(issue!.message).to.equal(`has ${length} entries, more than the ${max} a catalog may have; entries ${max} to ${length - 1} were dropped`);
    };

    it('the lists of a course: sessions, topics, audience, directors, credits', () => {
      const over = 100_000;
      const { catalog, issues } = one(
        minimalCourse({
          modality: 'rss',
          sessions: many(over, () => session),
          topics: many(over, (i) => `t${i}`),
          audience: many(over, (i) => `a${i}`),
          directors: many(over, (i) => `d${i}`),
          credits: many(over, () => ({ type: 'AMA', amount: 1 })),
        }),
      );
      const course = catalog.courses[0];
      expect(course.sessions).to.have.length(LIST_LIMITS.sessions);
      expect(course.topics).to.deep.equal(many(LIST_LIMITS.topics, (i) => `t${i}`));
      expect(course.audience).to.have.length(LIST_LIMITS.audience);
      expect(course.directors).to.have.length(LIST_LIMITS.directors);
      expect(course.credits).to.have.length(LIST_LIMITS.credits);
      for (const key of ['sessions', 'topics', 'audience', 'directors', 'credits'] as const) cutIssue(issues, `$.courses[0].${key}`, over, LIST_LIMITS[key]);
      expect(issues).to.have.length(5);
    });

    it('the catalog lists: courses, programs, posts, divisions, facts, offerings and adaptations', () => {
      const over = (key: keyof typeof LIST_LIMITS) => LIST_LIMITS[key] + 7;
      const { catalog, issues } = validateCatalog({
        version: 1,
        organization: { name: 'O', facts: many(over('facts'), (i) => ({ value: i, label: 'x' })) },
        divisions: [{ id: 'global-academy', name: 'A', offerings: many(over('offerings'), (i) => `o${i}`) }, ...many(over('divisions') - 1, () => ({ id: 'nope' }))],
        courses: many(over('courses'), (i) => minimalCourse({ id: i })),
        programs: [program(0, { adaptations: many(over('adaptations'), (i) => ({ region: `r${i}`, locale: 'es' })) }), ...many(over('programs') - 1, (i) => program(i + 1))],
        posts: many(over('posts'), post),
      });
      expect(catalog.courses).to.have.length(LIST_LIMITS.courses);
      expect(catalog.courses.at(-1)!.id).to.equal(String(LIST_LIMITS.courses - 1));
      expect(catalog.programs).to.have.length(LIST_LIMITS.programs);
      expect(catalog.programs[0].adaptations).to.have.length(LIST_LIMITS.adaptations);
      expect(catalog.posts).to.have.length(LIST_LIMITS.posts);
      expect(catalog.organization!.facts).to.have.length(LIST_LIMITS.facts);
      expect(catalog.divisions[0].offerings).to.have.length(LIST_LIMITS.offerings);
      cutIssue(issues, '$.courses', over('courses'), LIST_LIMITS.courses);
      cutIssue(issues, '$.programs', over('programs'), LIST_LIMITS.programs);
      cutIssue(issues, '$.posts', over('posts'), LIST_LIMITS.posts);
      cutIssue(issues, '$.divisions', over('divisions'), LIST_LIMITS.divisions);
      cutIssue(issues, '$.organization.facts', over('facts'), LIST_LIMITS.facts);
      cutIssue(issues, '$.divisions[0].offerings', over('offerings'), LIST_LIMITS.offerings);
      cutIssue(issues, '$.programs[0].adaptations', over('adaptations'), LIST_LIMITS.adaptations);
      // The bad divisions within the limit are reported one by one; those past it are not read.
      expect(issues.filter((i) => i.path.startsWith('$.divisions[') && i.path.endsWith('.id'))).to.have.length(LIST_LIMITS.divisions - 1);
    });

    it(`lists the first ${MAX_ISSUES} problems and counts the rest in one last issue`, () => {
      const bad = MAX_ISSUES + 500;
      const { catalog, issues } = validateCatalog({ version: 1, courses: [...many(bad, (i) => ({ id: i })), minimalCourse({ id: 'good' })] });
      expect(catalog.courses.map((c) => c.id)).to.deep.equal(['good']);
      expect(issues).to.have.length(MAX_ISSUES + 1);
      expect(issues.at(-1)).to.deep.equal({ path: '$', message: '500 more problem(s) were found and not listed', action: 'dropped' });
    });
  });

  describe('validation in slices (what the widgets run)', () => {
    it('gives the same catalog and issues as validateCatalog, for a catalog that takes many slices', async () => {
      const doc = generateCatalog({ courses: 10_000, seed: 4 }) as { courses: unknown[] };
      doc.courses.push({ id: 'bad' }, { ...(doc.courses[0] as object), url: 'javascript:alert(1)' });
      const base = 'https://catalog.example.org/c.json';
      expect(JSON.stringify(await validateCatalogInSlices(doc, { baseUrl: base }))).to.equal(JSON.stringify(validateCatalog(doc, { baseUrl: base })));
    });

    it('two at once, with other validations in between, each keep their own issues and base URL', async () => {
      const doc = (n: number) => ({
        version: 1,
        courses: [...many(8000, (i) => minimalCourse({ id: i, url: 'page' })), { id: `bad-${n}` }],
      });
      const [a, b] = await Promise.all([
        validateCatalogInSlices(doc(1), { baseUrl: 'https://a.example/' }),
        validateCatalogInSlices(doc(2), { baseUrl: 'https://b.example/' }),
        (async () => {
          for (let i = 0; i < 20; i += 1) {
            await new Promise((resolve) => setTimeout(resolve, 0));
            validateCatalog({ version: 1, courses: [{ id: 'x' }] }, { baseUrl: 'https://c.example/' });
          }
        })(),
      ]);
      expect(a.catalog.courses[0].url).to.equal('https://a.example/page');
      expect(b.catalog.courses[7999].url).to.equal('https://b.example/page');
      for (const { issues } of [a, b]) {
        expect(issues.map((i) => [i.path, i.action])).to.deep.equal([['$.courses[8000].title', 'dropped']]);
      }
    });

    function many<T>(count: number, make: (i: number) => T): T[] {
      return Array.from({ length: count }, (_, i) => make(i));
    }
  });

  describe('one catalog after another (the validator reuses its reader)', () => {
    it('keeps each catalog\'s issues and base URL to that catalog, even after one that threw', () => {
      const first = validateCatalog(
        { version: 1, courses: [minimalCourse({ url: 'javascript:alert(1)' }), minimalCourse({ id: 'c2', url: 'a.html' })] },
        { baseUrl: 'https://one.example.org/x/catalog.json' },
      );
      const firstIssues = first.issues.map((issue) => issue.path);
      expect(firstIssues).to.deep.equal(['$.courses[0].url']);
      expect(first.catalog.courses[1].url).to.equal('https://one.example.org/x/a.html');

      expect(() => validateCatalog({ version: 2 }, { baseUrl: 'https://thrown.example.org/' })).to.throw(CatalogSchemaError);

      const second = validateCatalog({ version: 1, courses: [minimalCourse({ url: 'b.html' })] }, { baseUrl: 'https://two.example.org/y/' });
      expect(second.issues).to.deep.equal([]);
      expect(second.catalog.courses[0].url).to.equal('https://two.example.org/y/b.html');

      // Without a base URL, a relative link stays relative rather than taking the last catalog's base.
      const third = validateCatalog({ version: 1, courses: [minimalCourse({ url: 'c.html' }), minimalCourse({ id: 'c1' })] });
      expect(third.catalog.courses[0].url).to.equal('c.html');
      expect(third.issues.map((issue) => issue.path)).to.deep.equal(['$.courses[1].id']);
      // An earlier result is not touched by later validations.
      expect(first.issues.map((issue) => issue.path)).to.deep.equal(firstIssues);
    });
  });

  describe('the sample catalog', () => {
    it('validates with no issue', async () => {
      const { issues } = validateCatalog(await sampleCatalog(), { baseUrl: new URL('/demo/catalog.json', location.href).href });
      expect(issues).to.deep.equal([]);
    });

    it('covers what the widgets must show', async () => {
      const doc = await sampleCatalog();
      const { catalog } = validateCatalog(doc);
      const { courses, programs, posts } = catalog;
      const distinct = <T>(values: T[]) => new Set(values).size;
      expect(doc.notice).to.match(/sample data/i);
      expect(courses.length).to.be.at.least(40);
      expect(new Set(courses.map((c) => c.division))).to.deep.equal(new Set(DIVISION_IDS));
      expect(new Set(courses.map((c) => c.modality))).to.deep.equal(new Set(MODALITIES));
      expect(new Set(courses.map((c) => c.status))).to.deep.equal(new Set(COURSE_STATUSES));
      expect(new Set(courses.map((c) => c.accredited))).to.deep.equal(new Set([true, false]));
      expect(distinct(courses.flatMap((c) => c.credits.map((credit) => credit.type)))).to.be.at.least(2);
      expect(courses.some((c) => c.price?.free)).to.equal(true);
      expect(distinct(courses.flatMap((c) => (c.price && !c.price.free ? [c.price.currency] : [])))).to.be.at.least(3);
      expect(distinct(courses.flatMap((c) => c.sessions.map((s) => s.timeZone)))).to.be.at.least(4);
      expect(distinct(courses.map((c) => c.language))).to.be.at.least(3);
      expect(programs.length).to.be.at.least(4);
      for (const program of programs) expect(program.adaptations.length, program.id).to.be.at.least(3);
      const gcsrt = programs.find((p) => p.title === 'Global Clinical Scholars Research Training Program');
      expect(gcsrt).to.deep.include({ durationMonths: 12, format: 'blended' });
      expect(posts.length).to.be.at.least(8);
    });
  });

  describe('the generator', () => {
    it('writes the same catalog for the same seed, and another for another seed', () => {
      expect(JSON.stringify(generateCatalog({ courses: 50, seed: 7 }))).to.equal(JSON.stringify(generateCatalog({ courses: 50, seed: 7 })));
      expect(JSON.stringify(generateCatalog({ courses: 50, seed: 8 }))).not.to.equal(JSON.stringify(generateCatalog({ courses: 50, seed: 7 })));
    });

    it('writes 10,000 valid courses with unique ids and no issue', () => {
      const { catalog, issues } = validateCatalog(generateCatalog({ courses: 10_000, seed: 1 }));
      expect(issues).to.deep.equal([]);
      expect(catalog.courses).to.have.length(10_000);
    });
  });
});
