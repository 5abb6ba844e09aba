import { expect } from '@open-wc/testing';
import { en, type Messages } from '../../src/i18n/messages.js';
import { loadMessages, messagesFor, SUPPORTED_LOCALES, textDirection, uiLocale } from '../../src/i18n/locale.js';
import es from '../../src/i18n/locales/es.js';
import ptBR from '../../src/i18n/locales/pt-BR.js';
import fr from '../../src/i18n/locales/fr.js';
import ar from '../../src/i18n/locales/ar.js';
import zhHans from '../../src/i18n/locales/zh-Hans.js';

const catalogs: Record<string, Messages> = { es, 'pt-BR': ptBR, fr, ar, 'zh-Hans': zhHans };

/**
 * Messages that are rightly the same as the English one. Keep this list short: every entry must be a
 * proper name, a word the language really shares with English, or a format with no words.
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  es: [
    'division.global-academy', // HMS keeps the name "HMS Global Academy" in every language
    'postKind.blog', // "Blog" is the Spanish word (RAE)
    'optionWithCount', // "Label (12)": no words of its own
    'landmarkFor', // "Label: Section": no words of its own
    'monthStatus', // "March: 3 sessions": no words of its own
    'googleCalendar', // Google's own name for it in Spanish
    'outlookCalendar', // product names
    'office365Calendar',
    'agendaView', // "Agenda" is the Spanish word
  ],
  'pt-BR': ['division.global-academy', 'postKind.blog', 'optionWithCount', 'landmarkFor', 'monthStatus', 'outlookCalendar', 'office365Calendar', 'agendaView'],
  fr: [
    'division.global-academy',
    'postKind.blog',
    'optionWithCount',
    'datesLabel', // "Dates"
    'divisionsLabel', // "Divisions"
    'divisionFilter', // "Division"
    'pagesLabel', // "Pages"
    'pageLabel', // "Page 3"
    'outlookCalendar', // product names
    'office365Calendar',
  ],
  ar: ['division.global-academy', 'optionWithCount', 'landmarkFor', 'monthStatus', 'outlookCalendar', 'office365Calendar'],
  'zh-Hans': ['division.global-academy', 'outlookCalendar', 'office365Calendar'],
};

type FunctionKey = { [K in keyof Messages]: Messages[K] extends (...args: never[]) => string ? K : never }[keyof Messages];
type Samples = { [K in FunctionKey]: (locale: string) => Parameters<Messages[K]>[] };

const COUNTS = [0, 1, 2, 3, 11, 100, 1234];
const number = (locale: string, n: number) => new Intl.NumberFormat(locale).format(n);
const counted = (locale: string): [number, string][] => COUNTS.map((n) => [n, number(locale, n)]);
const sameCount = (locale: string): [string][] => [[number(locale, 12)]];

/**
 * Arguments every function message is called with. Typed against `Messages`, so a new function
 * message does not compile until it has samples here. Text samples carry no punctuation, so the
 * punctuation checks below see the translation's own.
 */
const SAMPLES: Samples = {
  errorServer: () => [[500], [503]],
  errorRefused: () => [[403]],
  errorSchema: () => [['Zeta detail']],
  // The date as the widget formats it: Intl's medium date in the locale.
  lastGoodNote: (locale) => [[new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(2026, 11, 2))]],
  errorCrossOrigin: () => [['catalog.zeta.example']],
  factsLabel: () => [['Zeta Institute']],
  offeringsLabel: () => [['Zeta Division']],
  sessionCount: counted,
  directedBy: () => [['Ana Zeta and Li Zeta']],
  addToCalendarFor: () => [['Zeta Course']],
  courseNotFound: () => [['zeta-course']],
  optionWithCount: (locale) => [['Zeta Topic', number(locale, 12)]],
  resultCount: counted,
  pageLabel: sameCount,
  pageStatus: (locale) => [[number(locale, 3), number(locale, 12)]],
  sortedBy: () => [['Zeta Order']],
  landmarkFor: () => [['Zeta Label', 'Zeta Section']],
  durationMonths: counted,
  // What Intl.RelativeTimeFormat gives the widget: "today", "tomorrow", "in 12 days" in the locale.
  applicationsClose: (locale) => [0, 1, 12].map((days) => [new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day')]),
  applyFor: () => [['Zeta Program']],
  viewCourseFor: () => [['Zeta Course']],
  notOffered: () => [['Zeta Region']],
  programNotFound: () => [['zeta-program']],
  byAuthor: () => [['Ana Zeta']],
  offeringsCount: counted,
  calendarYourTime: () => [['Zeta Zone']],
  courseTimeOf: () => [['Zeta Time']],
  moreSessions: counted,
  sessionsOn: () => [['Zeta Day']],
  monthStatus: () => [['Zeta Month', 'Zeta Sessions']],
  addSessions: counted,
  saveCourse: () => [['Zeta Course']],
  savedCourse: () => [['Zeta Course']],
  savedCount: counted,
  unknownCourse: () => [['zeta-course']],
  removeCourse: () => [['Zeta Course']],
  sharedList: counted,
  // With no filter set the name is the button's word alone, with no count to show.
  filtersToggle: (locale) => counted(locale).filter(([count]) => count > 0),
};

/** A message's texts: the string, each entry of a record, or a function's result for each sample. */
interface Text {
  key: string;
  /** The key with the arguments it was called with, for failure messages. */
  label: string;
  text: string;
  /** Arguments the text must show, such as the formatted count or the course title. */
  shows: string[];
}

function texts(messages: Messages, locale: string): Text[] {
  const out: Text[] = [];
  for (const [key, value] of Object.entries(messages) as [keyof Messages, unknown][]) {
    if (typeof value === 'string') out.push({ key, label: key, text: value, shows: [] });
    else if (typeof value === 'function') {
      const sampler = SAMPLES[key as FunctionKey] as ((locale: string) => unknown[][]) | undefined;
      if (!sampler) throw new Error(`no sample arguments for ${key}`);
      for (const args of sampler(locale)) {
        const text = (value as (...a: unknown[]) => unknown)(...args);
        // A count's number is its formatted form; other arguments all show as given.
        const shows = typeof args[0] === 'number' && args.length === 2 ? [String(args[1])] : args.map(String);
        out.push({ key, label: `${key}(${args.map((a) => JSON.stringify(a)).join(', ')})`, text: text as string, shows });
      }
    } else if (value && typeof value === 'object') {
      for (const [child, text] of Object.entries(value)) out.push({ key: `${key}.${child}`, label: `${key}.${child}`, text: text as string, shows: [] });
    }
  }
  return out;
}

/** Code and markup the page author copies, which stay in English in every language. */
const withoutCode = (text: string) => text.replace(/<[^>]*>/g, '').replace(/\b(src|catalog|URL|JSON|HMS|Wi-Fi)\b/g, '');

describe('UI string catalogs', () => {
  it('ship for every supported locale', () => {
    expect(SUPPORTED_LOCALES).to.deep.equal(['en', ...Object.keys(catalogs)]);
  });

  it('the English source is well formed too', () => {
    for (const { label, text, shows } of texts(en, 'en')) {
      expect(text, label).to.be.a('string').and.not.equal('');
      expect(text, label).not.to.match(/undefined|NaN|\[object/);
      for (const arg of shows) expect(text, `${label} shows "${arg}"`).to.include(arg);
    }
  });

  for (const [locale, messages] of Object.entries(catalogs)) {
    describe(locale, () => {
      it('has every message of the English catalog, of the same kind', () => {
        const shape = (value: unknown): unknown =>
          typeof value === 'object' && value ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;
        expect(shape(messages)).to.deep.equal(shape(en));
      });

      it('every message is non-empty text that shows its arguments', () => {
        for (const { label, text, shows } of texts(messages, locale)) {
          expect(text, label).to.be.a('string').and.not.equal('');
          expect(text.trim(), label).to.equal(text);
          expect(text, label).not.to.match(/undefined|NaN|\[object|\$\{/);
          for (const arg of shows) {
            // Arabic writes zero, one and two as words ("لا توجد دورات", "دورة واحدة", "دورتان").
            if (locale === 'ar' && /\((0|1|2), /.test(label)) continue;
            expect(text, `${label} shows "${arg}"`).to.include(arg);
          }
        }
      });

      it('is translated: no message equals the English one, but the listed exceptions', () => {
        const english = new Map(texts(en, locale).map(({ label, text }) => [label, text]));
        const same = texts(messages, locale)
          .filter(({ label, text }) => english.get(label) === text)
          .map(({ key }) => key);
        const allowed = SAME_AS_ENGLISH[locale];
        expect([...new Set(same.filter((key) => !allowed.includes(key)))].join(', '), 'untranslated').to.equal('');
        // An allowed exception that is now translated leaves the list, so the list stays minimal.
        expect(allowed.filter((key) => !same.includes(key)).join(', '), 'stale exceptions').to.equal('');
      });

      it('keeps names, codes and status numbers as they are', () => {
        expect(messages.division['global-academy']).to.equal('HMS Global Academy');
        for (const code of ['src', 'catalog', '<script type="application/json">', '<meta name="hms-catalog" content="URL">']) {
          expect(messages.errorNoSourceHow, code).to.include(code);
        }
        expect(messages.errorNotFound).to.include('404');
        expect(messages.errorRateLimited).to.include('429');
        for (const { label, text } of texts(messages, locale)) expect(text, label).not.to.match(/AMA|Category 1|Credit™/);
      });

      it('uses the punctuation of the language', () => {
        for (const { label, text, shows } of texts(messages, locale)) {
          // Only the translation's own words: not the code, nor the arguments (a number's group separator).
          const prose = withoutCode(shows.reduce((rest, arg) => rest.split(arg).join(''), text));
          if (locale === 'fr') {
            expect(prose, `${label}: no-break space before : ; ? !`).not.to.match(/(^|[^\u00A0\u202F])[:;?!]/);
            expect(prose, `${label}: typographic apostrophe`).not.to.include("'");
          }
          if (locale === 'es' && prose.includes('?')) expect(prose, label).to.include('¿');
          if (locale === 'ar') expect(prose, `${label}: Arabic comma and question mark`).not.to.match(/[,;?]/);
          if (locale === 'zh-Hans') expect(prose, `${label}: full-width punctuation`).not.to.match(/[,;:?!()]/);
        }
      });
    });
  }

  it('Arabic counts take all six plural forms', () => {
    for (const key of ['resultCount', 'sessionCount', 'offeringsCount'] as const) {
      const texts = [0, 1, 2, 3, 11, 100].map((n) => ar[key](n, number('ar', n)));
      expect(new Set(texts).size, key).to.equal(6);
    }
    const plural = new Intl.PluralRules('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => plural.select(n))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('Brazilian Portuguese and Spanish write "0" with the plural, French with the singular', () => {
    expect(ptBR.resultCount(0, '0')).to.equal('0 cursos');
    expect(ptBR.resultCount(1, '1')).to.equal('1 curso');
    expect(es.resultCount(0, '0')).to.equal('0 cursos');
    expect(fr.sessionCount(0, '0')).to.equal('0 séance');
    expect(fr.sessionCount(2, '2')).to.equal('2 séances');
  });

  it('a regional variant uses its language, and an unsupported one English', () => {
    const cases: [string, string][] = [
      ['es-MX', 'es'],
      ['pt', 'pt-BR'],
      ['pt-PT', 'pt-BR'],
      ['zh-CN', 'zh-Hans'],
      ['zh-TW', 'en'],
      ['ar-SA', 'ar'],
      ['fr-CA', 'fr'],
      ['de', 'en'],
    ];
    for (const [tag, expected] of cases) expect(uiLocale(tag), tag).to.equal(expected);
  });

  it('a language loads on first use, then serves its variants', async () => {
    expect(await loadMessages('es')).to.equal(es);
    expect(messagesFor('es-MX')).to.equal(es);
  });

  it('Arabic is right to left, the others left to right', () => {
    expect(textDirection('ar')).to.equal('rtl');
    for (const locale of ['en', 'es', 'pt-BR', 'fr', 'zh-Hans']) expect(textDirection(locale), locale).to.equal('ltr');
  });
});
