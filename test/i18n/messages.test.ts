import { expect } from '@open-wc/testing';
import { en, type Messages } from '../../src/i18n/messages.js';
import { loadMessages, messagesFor, SUPPORTED_LOCALES, textDirection, uiLocale } from '../../src/i18n/locale.js';
import es from '../../src/i18n/locales/es.js';
import ptBR from '../../src/i18n/locales/pt-BR.js';
import fr from '../../src/i18n/locales/fr.js';
import ar from '../../src/i18n/locales/ar.js';
import zhHans from '../../src/i18n/locales/zh-Hans.js';

const catalogs: Record<string, Messages> = { es, 'pt-BR': ptBR, fr, ar, 'zh-Hans': zhHans };

/** Strings that are rightly the same as the English: a proper name, a loanword, an unchanged format. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  es: ['division.global-academy', 'postKind.blog', 'optionWithCount'],
  'pt-BR': ['division.global-academy', 'postKind.blog', 'optionWithCount'],
  fr: ['division.global-academy', 'postKind.blog', 'optionWithCount', 'datesLabel', 'divisionsLabel', 'divisionFilter', 'pagesLabel', 'pageLabel'],
  ar: ['division.global-academy', 'optionWithCount'],
  'zh-Hans': ['division.global-academy'],
};

const COUNTS = [0, 1, 2, 3, 11, 100, 1234];
const SAMPLE_TEXT = 'Zeta Sample';

/** Every message as [key, text] pairs, calling functions with sample arguments (counts and text). */
function flatten(messages: Messages, locale: string): [string, string, string[]][] {
  const out: [string, string, string[]][] = [];
  const number = new Intl.NumberFormat(locale);
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') out.push([key, value, []]);
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => string;
      if (fn.length === 2 && /count|months/i.test(fn.toString().split('=>')[0])) {
        for (const count of COUNTS) out.push([`${key}(${count})`, fn(count, number.format(count)), [number.format(count)]]);
      } else {
        const args = Array.from({ length: Math.max(1, fn.length) }, (_, i) => `${SAMPLE_TEXT}${i}`);
        out.push([key, fn(...args), args]);
      }
    } else if (value && typeof value === 'object') {
      for (const [child, v] of Object.entries(value)) visit(v, `${key}.${child}`);
    }
  };
  for (const [key, value] of Object.entries(messages)) visit(value, key);
  return out;
}

describe('UI string catalogs', () => {
  it('ship for every supported locale', () => {
    expect(SUPPORTED_LOCALES).to.deep.equal(['en', ...Object.keys(catalogs)]);
  });

  for (const [locale, messages] of Object.entries(catalogs)) {
    describe(locale, () => {
      it('has every message of the English catalog, of the same kind', () => {
        const shape = (value: unknown): unknown =>
          typeof value === 'object' && value ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;
        expect(shape(messages)).to.deep.equal(shape(en));
      });

      it('every message is non-empty text that keeps its arguments', () => {
        for (const [key, text, args] of flatten(messages, locale)) {
          expect(text, key).to.be.a('string').and.not.equal('');
          expect(text, key).not.to.match(/undefined|NaN|\[object/);
          for (const arg of args) {
            // Arabic writes zero, one and two as words ("دورتان"), so those counts carry no digits.
            if (locale === 'ar' && /\((0|1|2)\)$/.test(key)) continue;
            expect(text, `${key} keeps "${arg}"`).to.include(arg);
          }
        }
      });

      it('is translated: no message equals the English one, but the listed exceptions', () => {
        const english = new Map(flatten(en, locale).map(([key, text]) => [key, text]));
        const same = flatten(messages, locale)
          .filter(([key, text]) => english.get(key) === text)
          .map(([key]) => key.replace(/\(.*\)$/, ''));
        expect([...new Set(same)].sort()).to.deep.equal([...(SAME_AS_ENGLISH[locale] ?? [])].sort());
      });
    });
  }

  it('Arabic counts take all six plural forms', () => {
    const number = new Intl.NumberFormat('ar');
    const texts = [0, 1, 2, 3, 11, 100].map((n) => ar.resultCount(n, number.format(n)));
    expect(new Set(texts).size).to.equal(6);
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
