import { expect } from '@open-wc/testing';
import { languageChain, localized, localizedText, termIdFor, termLabel } from '../../src/catalog/localize.js';
import { adaptProgram } from '../../src/catalog/programs.js';
import { queryCourses } from '../../src/catalog/course-query.js';
import type { Course } from '../../src/catalog/types.js';
import { MAX_TRANSLATIONS, validateCatalog } from '../../src/catalog/validate.js';
import { sampleCatalog } from '../helpers.js';

const course = (extra: Record<string, unknown> = {}) => ({
  id: 'c1',
  title: 'Advances in Heart Failure Management',
  summary: 'Guideline-directed therapy.',
  division: 'continuing-education',
  modality: 'online',
  status: 'on-demand',
  ...extra,
});
const withCourse = (extra: Record<string, unknown>, top: Record<string, unknown> = {}) => validateCatalog({ version: 1, ...top, courses: [course(extra)] });

describe('translations in the catalog format', () => {
  it('a catalog with translations of every kind of item validates with no issue', async () => {
    const doc = await sampleCatalog();
    const { catalog, issues } = validateCatalog(doc);
    expect(issues).to.deep.equal([]);
    // The sample translates something of each kind; what it holds is kept, canonical tags and all.
    const raw = doc as unknown as Record<string, Record<string, unknown>[]>;
    const kinds: [string, unknown[]][] = [
      ['courses', catalog.courses],
      ['posts', catalog.posts],
      ['divisions', catalog.divisions],
      ['topics', catalog.topics!],
      ['audiences', catalog.audiences!],
    ];
    for (const [kind, items] of kinds) {
      const translated = raw[kind].filter((item) => item.translations);
      expect(translated.length, kind).to.be.greaterThan(0);
      for (const item of translated) {
        const kept = (items as { id: string; translations?: unknown }[]).find((i) => i.id === item.id);
        expect(kept?.translations, `${kind} ${String(item.id)}`).to.deep.equal(item.translations);
      }
    }
    expect(catalog.mission!.translations).to.have.keys('es', 'ar');
    expect(catalog.organization!.facts[0].translations).to.have.keys('es', 'ar');
  });

  it('a catalog without any translation is read as before: no translations, no default language, no terms', () => {
    const { catalog, issues } = withCourse({ topics: ['Cardiology'], audience: ['Physicians'] });
    expect(issues).to.deep.equal([]);
    expect(catalog.courses[0]).to.not.have.property('translations');
    expect(catalog.courses[0].topics).to.deep.equal(['Cardiology']);
    expect(catalog).to.not.have.property('language');
    expect(catalog).to.not.have.property('topics');
    expect(localized(catalog.courses[0], 'title', 'es')).to.deep.equal({ text: 'Advances in Heart Failure Management', lang: 'en' });
  });

  it('drops each bad translation on its own, with its path, and keeps the good ones', () => {
    const { catalog, issues } = withCourse({
      summary: undefined,
      translations: {
        es: { title: 'Avances en insuficiencia cardíaca', price: 'gratis', summary: 'Resumen' },
        fr: { title: 42 },
        'pt-BR': { title: '   ' },
        'not a tag!': { title: 'Titre' },
        ar: 'عنوان',
        'zh-Hans': { title: '心力衰竭管理进展' },
      },
    });
    expect(catalog.courses).to.have.length(1);
    expect(catalog.courses[0].translations).to.deep.equal({ es: { title: 'Avances en insuficiencia cardíaca' }, 'zh-Hans': { title: '心力衰竭管理进展' } });
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path, issue]));
    const expected: [string, RegExp][] = [
      ['$.courses[0].translations.es.price', /not a text field that translates here/], // unknown field
      ['$.courses[0].translations.es.summary', /translates summary, which this item does not have/], // a field that does not exist
      ['$.courses[0].translations.fr.title', /should be text, not 42/], // wrong type
      ['$.courses[0].translations["pt-BR"].title', /is empty/], // an empty string
      ['$.courses[0].translations["not a tag!"]', /not a BCP 47 language tag/], // invalid tag
      ['$.courses[0].translations.ar', /should be an object of translated fields/],
    ];
    for (const [path, message] of expected) {
      expect(byPath[path], path).to.exist;
      expect(byPath[path].message).to.match(message);
      expect(byPath[path].action).to.equal('dropped');
    }
    expect(issues).to.have.length(expected.length);
  });

  it('reads a translation like the field it translates: cleaned, shortened, canonical tag', () => {
    const { catalog, issues } = withCourse({ translations: { 'PT-br': { title: ` Avan\u202Eços ${'x'.repeat(400)}` } } });
    const title = catalog.courses[0].translations!['pt-BR'].title as string;
    expect(title.startsWith('Avanços')).to.equal(true);
    expect(title.length).to.equal(300);
    // The path names the key as the catalog wrote it.
    expect(issues.map((issue) => issue.path)).to.deep.equal(['$.courses[0].translations["PT-br"].title']);
    expect(issues[0].action).to.equal('fixed');
  });

  it('ignores translations that are not an object, and stops at the most languages an item may have', () => {
    expect(withCourse({ translations: ['es'] }).issues.map((i) => [i.path, i.action])).to.deep.equal([['$.courses[0].translations', 'ignored']]);
    const many = Object.fromEntries(Array.from({ length: MAX_TRANSLATIONS + 5 }, (_, i) => [`en-x-t${i}`, { title: `T${i}` }]));
    const { catalog, issues } = withCourse({ translations: many });
    expect(Object.keys(catalog.courses[0].translations!)).to.have.length(MAX_TRANSLATIONS);
    expect(issues.map((i) => i.path)).to.deep.equal(['$.courses[0].translations']);
  });

  it('translates nested text too: a place, an image, a division list, an attribution', () => {
    const { catalog, issues } = validateCatalog({
      version: 1,
      mission: { statement: 'Welcome.', attribution: { name: 'A. Person', title: 'Dean', translations: { es: { title: 'Decana', name: '' } } } },
      divisions: [{ id: 'global-academy', name: 'HMS Global Academy', offerings: ['News'], translations: { es: { offerings: ['Noticias'] }, fr: { offerings: 'Actualités' } } }],
      courses: [
        course({
          modality: 'live',
          image: { url: 'https://example.org/a.png', alt: 'A heart', translations: { es: { alt: 'Un corazón' } } },
          sessions: [{ start: '2027-05-10T09:00:00+01:00', timeZone: 'Europe/Lisbon', location: { city: 'Lisbon', translations: { es: { city: 'Lisboa', country: 'Portugal' } } } }],
        }),
      ],
    });
    expect(catalog.mission!.attribution.translations).to.deep.equal({ es: { title: 'Decana' } });
    expect(catalog.divisions[0].translations).to.deep.equal({ es: { offerings: ['Noticias'] } });
    expect(catalog.courses[0].image!.translations).to.deep.equal({ es: { alt: 'Un corazón' } });
    expect(catalog.courses[0].sessions[0].location!.translations).to.deep.equal({ es: { city: 'Lisboa' } });
    expect(issues.map((i) => i.path).sort()).to.deep.equal(
      [
        '$.mission.attribution.translations.es.name',
        '$.divisions[0].translations.fr.offerings',
        '$.courses[0].sessions[0].location.translations.es.country',
      ].sort(),
    );
  });

  it('topics and audiences are terms with ids; a course may name a term by its label', () => {
    const { catalog, issues } = withCourse(
      { topics: ['Cardiology', 'oncology', 'Sleep'], audience: ['Médicos'] },
      {
        topics: [
          { id: 'cardiology', label: 'Cardiology', translations: { es: { label: 'Cardiología' } } },
          { id: 'oncology', label: 'Oncology' },
          { id: 'oncology', label: 'Repeated' },
          { label: 'No id' },
        ],
        audiences: [{ id: 'physicians', label: 'Physicians', translations: { es: { label: 'Médicos' } } }],
      },
    );
    expect(catalog.courses[0].topics).to.deep.equal(['cardiology', 'oncology', 'Sleep']);
    // Only the plain label of a term is read as its id when a course lists it, not a translation.
    expect(catalog.courses[0].audience).to.deep.equal(['Médicos']);
    expect(catalog.topics!.map((t) => t.id)).to.deep.equal(['cardiology', 'oncology']);
    expect(issues.map((i) => i.path)).to.deep.equal(['$.topics[2].id', '$.topics[3].id']);
    expect(termLabel(catalog.topics, 'cardiology', 'es-MX', 'en')).to.deep.equal({ text: 'Cardiología', lang: 'es' });
    expect(termLabel(catalog.topics, 'Sleep', 'es', 'en')).to.deep.equal({ text: 'Sleep', lang: 'en' });
    expect(termIdFor(catalog.topics, 'cardiología')).to.equal('cardiology');
    expect(termIdFor(catalog.topics, 'Oncology')).to.equal('oncology');
    expect(termIdFor(catalog.topics, 'Sleep')).to.equal('Sleep');
  });

  it('the catalog language is the language of its plain text; a course taught in another language keeps its own', () => {
    const { catalog } = validateCatalog({
      version: 1,
      language: 'es',
      courses: [course({ id: 'a', title: 'Cardiología' }), course({ id: 'b', title: 'Cardiology', language: 'en' })],
    });
    expect(catalog.language).to.equal('es');
    expect(localized(catalog.courses[0], 'title', 'fr')).to.deep.equal({ text: 'Cardiología', lang: 'es' });
    expect(localized(catalog.courses[1], 'title', 'fr')).to.deep.equal({ text: 'Cardiology', lang: 'en' });
    expect(validateCatalog({ version: 1, language: 'not a tag!' }).issues.map((i) => i.path)).to.deep.equal(['$.language']);
  });
});

describe('choosing the text of a field', () => {
  const { catalog } = validateCatalog({
    version: 1,
    courses: [
      course({
        translations: {
          pt: { title: 'Avanços (pt)' },
          'pt-BR': { summary: 'Resumo (pt-BR)' },
          'zh-Hans': { title: '心力衰竭管理进展' },
          'es-419': { title: 'Avances (es-419)' },
        },
      }),
    ],
  });
  const c = catalog.courses[0];

  it('falls back through the locale’s parents to the plain text, field by field', () => {
    expect(languageChain('pt-BR')).to.deep.equal(['pt-BR', 'pt-Latn-BR', 'pt-Latn', 'pt']);
    expect(localized(c, 'title', 'pt-BR')).to.deep.equal({ text: 'Avanços (pt)', lang: 'pt' });
    expect(localized(c, 'summary', 'pt-BR')).to.deep.equal({ text: 'Resumo (pt-BR)', lang: 'pt-BR' });
    expect(localized(c, 'title', 'zh-CN')).to.deep.equal({ text: '心力衰竭管理进展', lang: 'zh-Hans' });
    expect(localized(c, 'title', 'zh-TW')).to.deep.equal({ text: c.title, lang: 'en' }); // never Simplified for Traditional
    expect(localized(c, 'title', 'es')).to.deep.equal({ text: 'Avances (es-419)', lang: 'es-419' }); // another variety of Spanish
    expect(localized(c, 'title', 'fr')).to.deep.equal({ text: c.title, lang: 'en' });
    expect(localized(c, 'url', 'fr')).to.equal(undefined);
  });

  it('resolves a field once per item and language', () => {
    expect(localized(c, 'title', 'pt-BR')).to.equal(localized(c, 'title', 'pt-BR'));
  });

  it('a regional adaptation replaces its fields, with its own translations, on top of the program’s', () => {
    const { catalog: programs } = validateCatalog({
      version: 1,
      programs: [
        {
          id: 'p',
          title: 'Clinical Research Training',
          summary: 'A year of methods.',
          durationMonths: 12,
          format: 'blended',
          translations: { fr: { title: 'Formation à la recherche clinique', summary: 'Une année de méthodes.' } },
          adaptations: [{ region: 'latam', locale: 'es', title: 'Formación en investigación clínica', translations: { fr: { title: 'Recherche clinique (Amérique latine)' } } }],
        },
      ],
    });
    const regional = adaptProgram(programs.programs[0], 'latam');
    expect(adaptProgram(programs.programs[0], 'latam')).to.equal(regional);
    const p = regional.program;
    expect(localized(p, 'title', 'es')).to.deep.equal({ text: 'Formación en investigación clínica', lang: 'es' });
    expect(localized(p, 'title', 'fr')).to.deep.equal({ text: 'Recherche clinique (Amérique latine)', lang: 'fr' });
    expect(localized(p, 'title', 'en')).to.deep.equal({ text: 'Formación en investigación clínica', lang: 'es' });
    // The summary is not adapted: the program's, in the visitor's language when it has it.
    expect(localized(p, 'summary', 'fr')).to.deep.equal({ text: 'Une année de méthodes.', lang: 'fr' });
    expect(localized(p, 'summary', 'es')).to.deep.equal({ text: 'A year of methods.', lang: 'en' });
    // The sort's uncached reading gives the same text, adaptation included.
    for (const locale of ['es', 'fr', 'en', 'pt-BR']) {
      for (const field of ['title', 'summary', 'url']) expect(localizedText(p, field, locale), `${field} in ${locale}`).to.equal(localized(p, field, locale)?.text);
    }
  });

  it('the sort\'s uncached reading (localizedText) gives the text localized() picks, in every case above', () => {
    for (const locale of ['pt-BR', 'zh-CN', 'zh-TW', 'es', 'fr', 'en', 'de-CH']) {
      for (const field of ['title', 'summary', 'url']) expect(localizedText(c, field, locale), `${field} in ${locale}`).to.equal(localized(c, field, locale)?.text);
    }
  });
});

describe('search and filters across languages', () => {
  it('a search finds a course by its text in the default language and in its translations, and by its topic labels', async () => {
    const { catalog } = validateCatalog(await sampleCatalog());
    const ids = (q: string) => queryCourses(catalog.courses, { q }, 'start-date', 'es', catalog.topics).map((c: Course) => c.id);
    const heart = catalog.courses.find((c) => c.translations?.es?.title === 'Avances en el manejo de la insuficiencia cardíaca')!;
    expect(ids('insuficiencia cardiaca')).to.include(heart.id);
    expect(ids('heart failure')).to.include(heart.id);
    const cardiology = catalog.courses.filter((c) => c.topics.includes('cardiology')).map((c) => c.id);
    expect(cardiology.length).to.be.greaterThan(0);
    expect(ids('cardiología')).to.include.members(cardiology);
    expect(ids('心脏病学')).to.include.members(cardiology);
  });

  it('a topic filter is an id; a label in any language stands for it', async () => {
    const { catalog } = validateCatalog(await sampleCatalog());
    const ids = (topic: string) => queryCourses(catalog.courses, { topic }, 'start-date', 'en', catalog.topics).map((c: Course) => c.id);
    const expected = catalog.courses.filter((c) => c.topics.includes('cardiology')).map((c) => c.id);
    expect(expected.length).to.be.greaterThan(0);
    expect(ids('cardiology')).to.have.members(expected);
    expect(ids('Cardiology')).to.have.members(expected);
    expect(ids('Cardiología')).to.have.members(expected);
    expect(ids('أمراض القلب')).to.have.members(expected);
  });
});
