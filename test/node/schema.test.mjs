// Keeps schema/catalog-v1.schema.json in step with the validator the widgets run (src/catalog/validate.ts).
// Run with `npm run test:schema` (node --test). The validator is loaded through tsx, as the scripts are.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { tsImport } from 'tsx/esm/api';

const root = new URL('../../', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const schema = readJson('schema/catalog-v1.schema.json');
// strict: unknown keywords and keywords on the wrong type are errors. Formats are annotations only:
// the link rules are in the url pattern.
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('uri-reference', true);
const validate = ajv.compile(schema);

/** JSON pointers of every schema error, or [] when the document is valid. */
function schemaErrors(doc) {
  return validate(doc) ? [] : validate.errors.map((error) => error.instancePath);
}
const schemaAccepts = (doc) => validate(doc);

const { validateCatalog, LIST_LIMITS } = await tsImport('../../src/catalog/validate.ts', import.meta.url);
const BASE = 'https://catalog.example.org/hms/catalog.json';

/** What the widgets make of a document: 'clean' (no issue), 'issues' (items dropped or fixed) or 'rejected'. */
function widgets(doc) {
  try {
    return validateCatalog(doc, { baseUrl: BASE }).issues.length === 0 ? 'clean' : 'issues';
  } catch (error) {
    if (error?.kind === 'schema') return 'rejected';
    throw error;
  }
}

/** "$.courses[3].price.currency" -> "/courses/3/price/currency" */
const pointer = (path) => path.replace(/^\$/, '').replace(/\[(\d+)\]/g, '.$1').replace(/\./g, '/');
/** True when one pointer is the other or contains it (segment-wise), e.g. /courses/1 and /courses/1/id. */
const related = (a, b) => a !== '' && b !== '' && (a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`));

describe('catalog-v1.schema.json', () => {
  test('is a draft 2020-12 schema that compiles in strict mode', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'catalog-v1.schema.json');
    assert.equal(typeof validate, 'function');
  });

  test('the document itself: version must be the number 1, and it must be an object', () => {
    assert.equal(schemaAccepts({ version: 1 }), true);
    for (const doc of [{ version: 2 }, { version: '1' }, {}, [], null, 'catalog', 1]) {
      assert.equal(schemaAccepts(doc), false, JSON.stringify(doc));
      assert.equal(widgets(doc), 'rejected', JSON.stringify(doc));
    }
  });

  test('demo/catalog.json is valid (and the widgets find nothing to report in it)', () => {
    const doc = readJson('demo/catalog.json');
    assert.deepEqual(schemaErrors(doc), []);
    assert.equal(widgets(doc), 'clean');
  });

  test('a catalog from scripts/generate-catalog.ts is valid', () => {
    const tsx = fileURLToPath(import.meta.resolve('tsx/cli'));
    const stdout = execFileSync(process.execPath, [tsx, 'scripts/generate-catalog.ts', '--courses', '200', '--seed', '3'], {
      cwd: fileURLToPath(root),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const doc = JSON.parse(stdout);
    assert.equal(doc.courses.length, 200);
    assert.deepEqual(schemaErrors(doc), []);
    assert.equal(widgets(doc), 'clean');
  });

  test('test/fixtures/bad-items.json is invalid, with errors at the bad items', () => {
    const doc = readJson('test/fixtures/bad-items.json');
    const paths = schemaErrors(doc);
    assert.notDeepEqual(paths, []);
    for (const path of [
      '/courses/1', // no id
      '/courses/2/title', // a number
      '/courses/6/price/currency', // XYZ
      '/divisions/1/id', // not a division
      '/courses/4/sessions/0/start', // 30 February
      '/courses/7/credits/0/amount', // negative
      '/courses/9/url', // javascript:
      '/courses/11', // not an object
      '/posts', // not a list
    ]) {
      assert.ok(paths.includes(path), `${path} not in ${JSON.stringify(paths)}`);
    }
    assert.ok(validate.errors.some((e) => e.instancePath === '/courses/1' && e.params.missingProperty === 'id'));
  });

  test('bad-items.json: every problem the widgets report is an error in the schema, but the three it cannot express', () => {
    const doc = readJson('test/fixtures/bad-items.json');
    const paths = schemaErrors(doc);
    const { issues } = validateCatalog(doc, { baseUrl: BASE });
    const missed = issues.map((issue) => issue.path).filter((path) => !paths.some((p) => related(p, pointer(path))));
    assert.deepEqual(missed, [
      '$.courses[3].id', // repeats id "good-1"
      '$.courses[5].sessions[0].end', // ends before it starts
      '$.courses[8].sessions[0].timeZone', // Mars/Olympus_Mons has the shape of a zone name
    ]);
  });

  test('every list has the maxItems the validator keeps (LIST_LIMITS), and no list is unbounded', () => {
    const found = {};
    const walk = (node, key) => {
      if (!node || typeof node !== 'object') return;
      if (node.type === 'array') {
        assert.equal(typeof node.maxItems, 'number', `${key} has no maxItems`);
        found[key] = node.maxItems;
      }
      for (const [k, v] of Object.entries(node)) walk(v, k);
    };
    walk(schema, '');
    assert.deepEqual(found, Object.fromEntries(Object.keys(found).map((key) => [key, LIST_LIMITS[key]])));
    assert.deepEqual(Object.keys(found).sort(), Object.keys(LIST_LIMITS).sort());
  });

  test('the currency list is the one the validator uses (Intl.supportedValuesOf)', (t) => {
    const RECORDED_ICU = 78; // the schema's list was taken from ICU 78 (CLDR 48)
    const icu = Number(process.versions.icu?.split('.')[0]);
    if (!(icu >= RECORDED_ICU)) {
      t.skip(`this Node has ICU ${process.versions.icu}, older than the list's ICU ${RECORDED_ICU}`);
      return;
    }
    const listed = schema.$defs.currency.enum;
    assert.deepEqual([...listed].sort(), [...Intl.supportedValuesOf('currency')].sort(),
      `ICU ${process.versions.icu} knows other currencies: update $defs.currency.enum (and RECORDED_ICU)`);
  });
});

// ---------------------------------------------------------------------------------------------
// Schema and widgets side by side, one field at a time. Each case is a whole document.

const course = (extra = {}) => ({ id: 'c1', title: 'A course', division: 'global-academy', modality: 'online', status: 'open', ...extra });
const session = (extra = {}) => ({ start: '2027-03-02T09:00:00-05:00', timeZone: 'America/New_York', ...extra });
const program = (extra = {}) => ({ id: 'p1', title: 'A program', durationMonths: 12, format: 'blended', ...extra });
const adaptation = (extra = {}) => ({ region: 'latam', locale: 'es', ...extra });
const post = (extra = {}) => ({ id: 'n1', kind: 'news', title: 'A post', published: '2027-01-04', ...extra });
const withCourse = (extra) => ({ version: 1, courses: [course(extra)] });
const withSession = (extra) => withCourse({ modality: 'live', sessions: [session(extra)] });
const withProgram = (extra) => ({ version: 1, programs: [program(extra)] });
const withPost = (extra) => ({ version: 1, posts: [post(extra)] });
const without = (object, key) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
const many = (count, make) => Array.from({ length: count }, (_, i) => make(i));
const organization = { name: 'HMS Global Academy', url: 'https://globalacademy.hms.harvard.edu', founded: 1782, facts: [{ value: 17, label: 'affiliated hospitals' }] };
const mission = { statement: 'Education across the spectrum of health care.', attribution: { name: 'A. Person, MD', title: 'Dean' } };

/** The schema accepts exactly when the widgets report nothing. */
const agreeValid = {
  'minimal document': { version: 1 },
  'minimal course': withCourse({}),
  'whole-number id': withCourse({ id: 7 }),
  'padded title (trimmed)': withCourse({ title: '  A course  ' }),
  'every course field': withCourse({
    summary: 'One sentence.', url: 'courses/c1', accredited: true, credits: [{ type: 'AMA PRA Category 1 Credit™', amount: 16.25 }],
    topics: ['Cardiology'], audience: ['Physicians'], language: 'pt-BR', price: { amount: 450, currency: 'USD' },
    sessions: [session({ end: '2027-03-02T17:00:00-05:00', location: { name: 'Center', city: 'Boston', country: 'US' } })],
    directors: ['Maria Alvarez, MD'], image: { url: 'https://example.org/a.png', alt: '' }, updated: '2026-10-04',
  }),
  'mailto link': withCourse({ url: 'mailto:cme@example.org' }),
  'protocol-relative link': withCourse({ url: '//example.org/c1' }),
  'free price': withCourse({ price: { free: true } }),
  'free price with leftovers (ignored)': withCourse({ price: { free: true, amount: -5 } }),
  'amount 0 (shown as free)': withCourse({ price: { amount: 0, currency: 'EUR' } }),
  'language zh-Hans': withCourse({ language: 'zh-Hans' }),
  'language with extension': withCourse({ language: 'en-US-u-ca-gregory' }),
  'leap day 2028': withCourse({ updated: '2028-02-29' }),
  'leap day 2000': withCourse({ updated: '2000-02-29' }),
  'updated as a date-time': withCourse({ updated: '2027-03-02T09:00:00-05:00' }),
  'zone UTC': withSession({ timeZone: 'UTC' }),
  'zone Etc/GMT+5': withSession({ timeZone: 'Etc/GMT+5' }),
  'zone with three parts': withSession({ timeZone: 'America/Argentina/Buenos_Aires' }),
  'start without seconds, Z': withSession({ start: '2027-03-02T14:00Z' }),
  'start with fraction and +05:30': withSession({ start: '2027-03-02T09:00:00.5+05:30', timeZone: 'Asia/Kolkata' }),
  'online session': withSession({ online: true }),
  'program with adaptations': withProgram({
    summary: 'A year.', url: 'https://oge.hms.harvard.edu/programs/p1', audience: ['Physicians'], language: 'en',
    cohortStart: '2027-05-04', applicationDeadline: '2027-03-05T23:59:00-05:00', fee: { amount: 13500, currency: 'USD' },
    adaptations: [adaptation({ regionName: 'América Latina', title: 'Programa', language: 'en', fee: { amount: 210000, currency: 'MXN' }, venue: 'Ciudad de México' }), adaptation({ region: 'brazil', locale: 'pt-BR' })],
  }),
  'durationMonths 0.25': withProgram({ durationMonths: 0.25 }),
  'post with author and image': withPost({ kind: 'blog', author: 'HMS', image: { url: 'img/p.png', alt: 'A photo' } }),
  'divisions': { version: 1, divisions: [{ id: 'global-academy', name: 'HMS Global Academy', summary: 'Online.', url: 'https://x.example/', offerings: ['Courses'] }] },
  'organization and mission': { version: 1, organization, mission },
  'every list at its limit': {
    version: 1,
    courses: [course({ topics: many(LIST_LIMITS.topics, (i) => `t${i}`), sessions: many(LIST_LIMITS.sessions, () => session()), credits: many(LIST_LIMITS.credits, () => ({ type: 'AMA', amount: 1 })) })],
    organization: { ...organization, facts: many(LIST_LIMITS.facts, () => ({ value: 1, label: 'x' })) },
    divisions: [{ id: 'global-academy', name: 'A', offerings: many(LIST_LIMITS.offerings, (i) => `o${i}`) }],
    programs: [program({ adaptations: many(LIST_LIMITS.adaptations, (i) => adaptation({ region: `r${i}` })) })],
  },
  'unknown fields everywhere': { version: 1, future: [1], courses: [course({ future: { a: 1 }, price: { amount: 1, currency: 'USD', tax: 0 } })] },
  'translations of every kind, and terms': {
    version: 1,
    language: 'en',
    topics: [{ id: 'cardiology', label: 'Cardiology', translations: { es: { label: 'Cardiología' }, 'zh-Hans': { label: '心脏病学' } } }],
    audiences: [{ id: 'physicians', label: 'Physicians', translations: { ar: { label: 'الأطباء' } } }],
    organization: { ...organization, translations: { es: { name: 'Academia Global' } }, facts: [{ value: 17, label: 'hospitals', translations: { es: { value: '17', label: 'hospitales' } } }] },
    mission: { ...mission, translations: { es: { statement: 'Educación.' } }, attribution: { ...mission.attribution, translations: { es: { title: 'Decana' } } } },
    divisions: [{ id: 'global-academy', name: 'A', summary: 'S', offerings: ['News'], translations: { 'pt-BR': { name: 'A', summary: 'R', offerings: ['Notícias'] } } }],
    courses: [
      course({
        summary: 'One sentence.',
        topics: ['cardiology'],
        audience: ['physicians'],
        translations: { es: { title: 'Un curso', summary: 'Una frase.' } },
        image: { url: 'https://example.org/a.png', alt: 'A heart', translations: { fr: { alt: 'Un cœur' } } },
        modality: 'live',
        sessions: [session({ location: { city: 'Lisbon', translations: { es: { city: 'Lisboa' } } } })],
      }),
    ],
    programs: [program({ translations: { ar: { title: 'برنامج' } }, adaptations: [adaptation({ title: 'Programa', translations: { 'pt-BR': { title: 'Programa (pt)' } } })] })],
    posts: [post({ author: 'Office of Global Education', translations: { es: { title: 'Una noticia', author: 'Oficina de Educación Global' } } })],
  },
};

const agreeInvalid = {
  'notice is empty': { version: 1, notice: '' },
  'courses is not a list': { version: 1, courses: { oops: true } },
  'course is not an object': { version: 1, courses: ['c1'] },
  ...Object.fromEntries(['id', 'title', 'division', 'modality', 'status'].map((key) => [`course without ${key}`, { version: 1, courses: [without(course(), key)] }])),
  'title is a number': withCourse({ title: 42 }),
  'title is blank': withCourse({ title: '   ' }),
  'title is only control characters': withCourse({ title: '\u0001\u0002' }),
  'title of 301 characters (shortened)': withCourse({ title: 'x'.repeat(301) }),
  'id is a fraction': withCourse({ id: 1.5 }),
  'id of 201 characters': withCourse({ id: 'x'.repeat(201) }),
  'unknown division': withCourse({ division: 'not-a-division' }),
  'unknown modality': withCourse({ modality: 'hybrid' }),
  'unknown status': withCourse({ status: 'maybe' }),
  'accredited is text': withCourse({ accredited: 'yes' }),
  'topics is text': withCourse({ topics: 'Cardiology' }),
  'a topic is a number': withCourse({ topics: [3] }),
  'credit of 0': withCourse({ credits: [{ type: 'AMA', amount: 0 }] }),
  'negative credit': withCourse({ credits: [{ type: 'AMA', amount: -2 }] }),
  'credit over 1000': withCourse({ credits: [{ type: 'AMA', amount: 1001 }] }),
  'credit amount is text': withCourse({ credits: [{ type: 'AMA', amount: 'five' }] }),
  'credit without type': withCourse({ credits: [{ amount: 2 }] }),
  'language with underscore': withCourse({ language: 'pt_BR' }),
  'language with two regions': withCourse({ language: 'en-US-US' }),
  'language is a sentence': withCourse({ language: 'not a language tag!' }),
  'language of 36+ characters': withCourse({ language: 'en-abcdefgh-bcdefghi-cdefghij-defghijk' }),
  'unknown currency': withCourse({ price: { amount: 100, currency: 'XYZ' } }),
  'negative price': withCourse({ price: { amount: -1, currency: 'USD' } }),
  'price over a billion': withCourse({ price: { amount: 1e9 + 1, currency: 'USD' } }),
  'price without currency': withCourse({ price: { amount: 100 } }),
  'price free: false alone': withCourse({ price: { free: false } }),
  'price is text': withCourse({ price: 'free' }),
  '30 February': withSession({ start: '2027-02-30T09:00:00-05:00' }),
  '29 February 2027': withSession({ start: '2027-02-29T09:00:00-05:00' }),
  '29 February 1900': withSession({ start: '1900-02-29T09:00:00-05:00' }),
  '31 April': withSession({ start: '2027-04-31T09:00:00-04:00' }),
  'year 0099': withSession({ start: '0099-12-31T09:00:00Z' }),
  'start without offset': withSession({ start: '2027-03-02T09:00:00' }),
  'start with a space': withSession({ start: '2027-03-02 09:00:00Z' }),
  'start is a date': withSession({ start: '2027-03-02' }),
  'minute 60': withSession({ start: '2027-03-02T23:60:00Z' }),
  'offset +24:00': withSession({ start: '2027-03-02T09:00:00+24:00' }),
  'session without start': withCourse({ sessions: [without(session(), 'start')] }),
  'session without timeZone': withCourse({ sessions: [without(session(), 'timeZone')] }),
  'zone EST': withSession({ timeZone: 'EST' }),
  'zone utc': withSession({ timeZone: 'utc' }),
  'zone +05:00': withSession({ timeZone: '+05:00' }),
  'location is text': withSession({ location: 'Boston' }),
  'updated month 13': withCourse({ updated: '2027-13-01' }),
  'javascript: link': withCourse({ url: 'javascript:alert(1)' }),
  'padded, mixed-case javascript: link': withCourse({ url: ' JaVaScRiPt:alert(1)' }),
  'javascript: with a tab inside': withCourse({ url: 'java\tscript:alert(1)' }),
  'data: link': withCourse({ url: 'data:text/html,<p>x</p>' }),
  'file: link': withCourse({ url: 'file:///etc/passwd' }),
  'tel: link': withCourse({ url: 'tel:+15555550100' }),
  'blank link': withCourse({ url: '   ' }),
  'link is a number': withCourse({ url: 42 }),
  'image without alt': withCourse({ image: { url: 'a.png' } }),
  'image with a javascript: url': withCourse({ image: { url: 'javascript:x', alt: '' } }),
  'program without durationMonths': { version: 1, programs: [without(program(), 'durationMonths')] },
  'program without format': { version: 1, programs: [without(program(), 'format')] },
  'durationMonths 0.2': withProgram({ durationMonths: 0.2 }),
  'durationMonths 121': withProgram({ durationMonths: 121 }),
  'adaptation without locale': withProgram({ adaptations: [without(adaptation(), 'locale')] }),
  'adaptation without region': withProgram({ adaptations: [without(adaptation(), 'region')] }),
  'adaptation region of 65 characters': withProgram({ adaptations: [adaptation({ region: 'r'.repeat(65) })] }),
  'adaptation with a bad deadline': withProgram({ adaptations: [adaptation({ applicationDeadline: '2027-06-31' })] }),
  'unknown post kind': withPost({ kind: 'tweet' }),
  'post without published': { version: 1, posts: [without(post(), 'published')] },
  'post published on 30 February': withPost({ published: '2027-02-30' }),
  'division without name': { version: 1, divisions: [{ id: 'global-academy' }] },
  'unknown division id': { version: 1, divisions: [{ id: 'not-a-division', name: 'X' }] },
  'organization without name': { version: 1, organization: without(organization, 'name') },
  'founded 999': { version: 1, organization: { ...organization, founded: 999 } },
  'facts is text': { version: 1, organization: { ...organization, facts: '17' } },
  'fact without label': { version: 1, organization: { ...organization, facts: [{ value: '17' }] } },
  'fact value of 41 characters': { version: 1, organization: { ...organization, facts: [{ value: '1'.repeat(41), label: 'x' }] } },
  'one topic past the limit': withCourse({ topics: many(LIST_LIMITS.topics + 1, (i) => `t${i}`) }),
  'one director past the limit': withCourse({ directors: many(LIST_LIMITS.directors + 1, (i) => `d${i}`) }),
  'one audience past the limit': withCourse({ audience: many(LIST_LIMITS.audience + 1, (i) => `a${i}`) }),
  'one session past the limit': withCourse({ modality: 'rss', sessions: many(LIST_LIMITS.sessions + 1, () => session()) }),
  'one credit past the limit': withCourse({ credits: many(LIST_LIMITS.credits + 1, () => ({ type: 'AMA', amount: 1 })) }),
  'one adaptation past the limit': withProgram({ adaptations: many(LIST_LIMITS.adaptations + 1, (i) => adaptation({ region: `r${i}` })) }),
  'one fact past the limit': { version: 1, organization: { ...organization, facts: many(LIST_LIMITS.facts + 1, () => ({ value: 1, label: 'x' })) } },
  'one offering past the limit': { version: 1, divisions: [{ id: 'global-academy', name: 'A', offerings: many(LIST_LIMITS.offerings + 1, (i) => `o${i}`) }] },
  'one course past the limit': { version: 1, courses: many(LIST_LIMITS.courses + 1, (i) => course({ id: i })) },
  'one program past the limit': { version: 1, programs: many(LIST_LIMITS.programs + 1, (i) => program({ id: i })) },
  'one post past the limit': { version: 1, posts: many(LIST_LIMITS.posts + 1, (i) => post({ id: i })) },
  'one division past the limit': { version: 1, divisions: many(LIST_LIMITS.divisions + 1, () => ({ id: 'global-academy', name: 'A' })) },
  'mission without attribution': { version: 1, mission: without(mission, 'attribution') },
  'attribution without name': { version: 1, mission: { ...mission, attribution: { title: 'Dean' } } },
  'mission statement of 5001 characters': { version: 1, mission: { ...mission, statement: 'x'.repeat(5001) } },
  'translation is a number': withCourse({ translations: { es: { title: 42 } } }),
  'translation is empty': withCourse({ translations: { es: { title: '  ' } } }),
  'translation of a field that does not translate': withCourse({ translations: { es: { price: 'gratis' } } }),
  'translation under a key that is not a language tag': withCourse({ translations: { 'not a tag!': { title: 'Titre' } } }),
  'translation that is not an object': withCourse({ translations: { es: 'Un curso' } }),
  'translations that are a list': withCourse({ translations: ['es'] }),
  'offerings translated as text': { version: 1, divisions: [{ id: 'global-academy', name: 'A', offerings: ['News'], translations: { es: { offerings: 'Noticias' } } }] },
  'topic term without a label': { version: 1, topics: [{ id: 'cardiology' }] },
  'catalog language that is not a tag': { version: 1, language: 'not a tag!' },
};

/** The widgets drop or fix these; the schema cannot say so (docs/catalog-format.md lists them). */
const widgetsOnly = {
  'repeated course id': { version: 1, courses: [course(), course({ title: 'Again' })] },
  'id 7 and id "7"': { version: 1, courses: [course({ id: 7 }), course({ id: '7' })] },
  'repeated division': { version: 1, divisions: [{ id: 'global-academy', name: 'A' }, { id: 'global-academy', name: 'B' }] },
  'repeated program id': { version: 1, programs: [program(), program()] },
  'repeated post id': { version: 1, posts: [post(), post()] },
  'repeated region in one program': withProgram({ adaptations: [adaptation(), adaptation({ locale: 'pt-BR' })] }),
  'session ends before it starts': withSession({ end: '2027-03-01T09:00:00-05:00' }),
  'end before start once offsets count': withSession({ start: '2027-03-02T09:00:00-05:00', end: '2027-03-02T14:30:00+06:00' }),
  'zone the browser does not know': withSession({ timeZone: 'Mars/Olympus_Mons' }),
  'language tag with a repeated variant': withCourse({ language: 'de-1996-1996' }),
  'language tag with a repeated extension': withCourse({ language: 'en-u-ca-gregory-u-nu-latn' }),
  'link the URL parser cannot read': withCourse({ url: 'https://exa mple.org/' }),
  'link with an empty host': withCourse({ url: '//' }),
  '300 emoji: 600 UTF-16 units for the widgets': withCourse({ title: '😀'.repeat(300) }),
  'translation of a field the item does not have': withCourse({ translations: { es: { summary: 'Una frase.' } } }),
  'repeated topic id': { version: 1, topics: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] },
};

/** The widgets accept these without a word; the schema asks for the clean form. */
const schemaStricter = {
  'lower-case currency': withCourse({ price: { amount: 450, currency: 'usd' } }),
  'currency with spaces': withCourse({ price: { amount: 450, currency: ' USD ' } }),
  'null for an optional field': withCourse({ summary: null, url: null, price: null, image: null, updated: null }),
  'empty optional text': withCourse({ summary: '' }),
  'empty link': withCourse({ url: '' }),
  'empty list entries': withCourse({ topics: ['', 'Cardiology', null] }),
  'spaces count toward the limit': withCourse({ title: `  ${'x'.repeat(300)}` }),
  'alt of 301 characters (cut)': withCourse({ image: { url: 'a.png', alt: 'x'.repeat(301) } }),
  'image without url (not shown)': withCourse({ image: { alt: 'A photo' } }),
  'founded 1782.5': { version: 1, organization: { ...organization, founded: 1782.5 } },
  'free is text': withCourse({ price: { free: 'yes', amount: 10, currency: 'USD' } }),
  'zone with spaces': withSession({ timeZone: ' America/New_York ' }),
  'language with spaces': withCourse({ language: ' en ' }),
  'hour 24': withSession({ start: '2027-03-02T24:00:00Z' }),
  'https with a tab before the colon': withCourse({ url: 'https\t://example.org/' }),
};

describe('schema and widgets side by side', () => {
  const check = (cases, expected) => {
    const wrong = Object.entries(cases)
      .map(([name, doc]) => ({ name, schema: schemaAccepts(doc) ? 'valid' : 'invalid', widgets: widgets(doc) }))
      .filter((result) => result.schema !== expected.schema || result.widgets !== expected.widgets);
    assert.deepEqual(wrong, []);
  };

  test('valid for the schema, and nothing for the widgets to report', () => check(agreeValid, { schema: 'valid', widgets: 'clean' }));
  test('invalid for the schema, and reported by the widgets', () => check(agreeInvalid, { schema: 'invalid', widgets: 'issues' }));
  test('checked by the widgets only (if the schema catches one, move it and update docs/catalog-format.md)', () =>
    check(widgetsOnly, { schema: 'valid', widgets: 'issues' }));
  test('forgiven by the widgets, flagged by the schema', () => check(schemaStricter, { schema: 'invalid', widgets: 'clean' }));
});
