import type { Catalog, Term, Translatable, Translations } from './types.js';

/** A piece of catalog text and the language it is in. */
export interface Localized {
  text: string;
  /** BCP 47 tag of `text`. */
  lang: string;
}

/** The language of plain catalog text when nothing says otherwise. */
export const DEFAULT_TEXT_LANGUAGE = 'en';

/** The language of an object's plain text, when the catalog says (see {@link setTextLanguage}). */
const textLanguages = new WeakMap<object, string>();
/** Fields of an object whose text comes from another object (a program's fields a regional adaptation replaces). */
const fieldSources = new WeakMap<object, Record<string, object>>();
/** Each object's fields as resolved, per locale: a field is resolved once per item and language. */
const resolved = new WeakMap<object, Map<string, Map<string, Localized | undefined>>>();

/** Records the language of an object's plain text (the catalog's `language`, a course's own `language`). */
export function setTextLanguage(item: object, lang: string): void {
  textLanguages.set(item, lang);
}

/** Records that some fields of `item` come, with their translations, from `source`. */
export function setFieldSource(item: object, fields: Iterable<string>, source: object): void {
  const map: Record<string, object> = {};
  for (const field of fields) map[field] = source;
  fieldSources.set(item, map);
}

/**
 * The language of an object's plain text: as recorded by the validator, else an adaptation's
 * `locale`, a course's or program's `language`, else English.
 */
export function textLanguage(item: object): string {
  const own = item as { locale?: unknown; language?: unknown };
  return (
    textLanguages.get(item) ??
    (typeof own.locale === 'string' ? own.locale : typeof own.language === 'string' ? own.language : DEFAULT_TEXT_LANGUAGE)
  );
}

const chains = new Map<string, string[]>();
/**
 * The tags a locale falls back through, most specific first: `pt-BR` → `pt-BR`, `pt`;
 * `zh-CN` → `zh-CN`, `zh-Hans-CN`, `zh-Hans`, `zh`.
 */
export function languageChain(locale: string): string[] {
  let chain = chains.get(locale);
  if (!chain) {
    const bare = locale.split('-')[0];
    const found: string[] = [];
    for (const tag of [locale, maximized(locale) ?? locale]) {
      for (let t = tag; t.includes('-'); t = t.slice(0, t.lastIndexOf('-'))) if (!found.includes(t)) found.push(t);
    }
    // The locale itself first, the bare language last: "zh-Hans" before "zh".
    chain = [locale, ...found.filter((t) => t !== locale), ...(bare === locale ? [] : [bare])];
    chains.set(locale, chain);
  }
  return chain;
}

const maxima = new Map<string, string | undefined>();
/** `zh-CN` → `zh-Hans-CN`: the tag with its likely script (undefined when Intl cannot tell). */
function maximized(tag: string): string | undefined {
  if (!maxima.has(tag)) {
    let max: string | undefined;
    try {
      max = new Intl.Locale(tag).maximize().toString();
    } catch {
      max = undefined;
    }
    maxima.set(tag, max);
  }
  return maxima.get(tag);
}

/** Same language and script (`es-419` and `es`; not `zh-Hant` and `zh-Hans`). */
export function sameLanguage(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.split('-')[0].toLowerCase() !== b.split('-')[0].toLowerCase()) return false;
  const script = (tag: string) => maximized(tag)?.split('-')[1];
  return script(a) === script(b);
}

/** The tag of `translations` that serves `locale` for `field`, or `base` when the plain text does (undefined: neither). */
function pick(translations: Translations | undefined, field: string, locale: string, base: string): string | undefined {
  const has = (tag: string) => translations?.[tag]?.[field] !== undefined;
  for (const tag of languageChain(locale)) {
    if (has(tag)) return tag;
    if (tag === base) return base;
  }
  // Another variety of the same language (`pt-BR` text for a `pt-PT` visitor) before the default.
  if (sameLanguage(base, locale)) return base;
  for (const tag in translations) if (has(tag) && sameLanguage(tag, locale)) return tag;
  return undefined;
}

/**
 * A text field of a catalog item in the language that best serves `locale`: its translation in the
 * locale, else in one of the locale's parents (`pt-BR` → `pt`), else the plain text (the catalog's
 * default language). A field a regional adaptation replaces is taken, with its own translations,
 * from the adaptation. Undefined when the item has no such text. Kept per item, field and locale.
 */
export function localized(item: object, field: string, locale: string): Localized | undefined {
  let byLocale = resolved.get(item);
  if (!byLocale) resolved.set(item, (byLocale = new Map()));
  let fields = byLocale.get(locale);
  if (!fields) byLocale.set(locale, (fields = new Map()));
  if (fields.has(field)) return fields.get(field);
  const source = (fieldSources.get(item)?.[field] ?? item) as Translatable & Record<string, unknown>;
  const plain = source[field];
  let result: Localized | undefined;
  if (typeof plain === 'string' && plain !== '') {
    const base = textLanguage(source);
    const tag = pick(source.translations, field, locale, base);
    result = tag === undefined || tag === base ? { text: plain, lang: base } : { text: source.translations![tag][field] as string, lang: tag };
  }
  fields.set(field, result);
  return result;
}

/**
 * The text of {@link localized}, for a pass over a whole catalog (a sort by title): worked out
 * each time and never kept (keeping each of 1,000 titles, a map per item and locale, cost more than
 * the sort's comparisons); an item with no translations gives its own field at once.
 */
export function localizedText(item: object, field: string, locale: string): string | undefined {
  const source = (fieldSources.get(item)?.[field] ?? item) as Translatable & Record<string, unknown>;
  const plain = source[field];
  if (typeof plain !== 'string' || plain === '') return undefined;
  const translations = source.translations;
  if (translations === undefined) return plain;
  const base = textLanguage(source);
  const tag = pick(translations, field, locale, base);
  return tag === undefined || tag === base ? plain : (translations[tag][field] as string);
}

/** A list field (a division's offerings) in the language that best serves `locale`, each entry with its language. */
export function localizedList(item: Translatable & Record<string, unknown>, field: string, locale: string): Localized[] {
  const plain = item[field];
  if (!Array.isArray(plain)) return [];
  const base = textLanguage(item);
  const tag = pick(item.translations, field, locale, base);
  const list = tag === undefined || tag === base ? (plain as string[]) : (item.translations![tag][field] as string[]);
  const lang = tag ?? base;
  return list.map((text) => ({ text, lang }));
}

const termMaps = new WeakMap<readonly Term[], Map<string, Term>>();
/** A topic's or audience's term by id, from the catalog's list of them. */
export function findTerm(terms: readonly Term[] | undefined, id: string): Term | undefined {
  if (!terms) return undefined;
  let map = termMaps.get(terms);
  if (!map) termMaps.set(terms, (map = new Map(terms.map((term) => [term.id, term]))));
  return map.get(id);
}

const termsByLabel = new WeakMap<readonly Term[], Map<string, string>>();
/**
 * The id a filter value stands for: an id, or a label in any language (`Cardiology`, `Cardiología`:
 * an embed may name a topic as people read it). A value that is neither is kept as it is.
 */
export function termIdFor(terms: readonly Term[] | undefined, value: string): string {
  if (!terms || findTerm(terms, value)) return value;
  let byLabel = termsByLabel.get(terms);
  if (!byLabel) {
    termsByLabel.set(terms, (byLabel = new Map()));
    for (const term of terms) {
      byLabel.set(term.label.toLowerCase(), term.id);
      for (const tag in term.translations) {
        const label = term.translations[tag].label;
        if (typeof label === 'string' && !byLabel.has(label.toLowerCase())) byLabel.set(label.toLowerCase(), term.id);
      }
    }
  }
  return byLabel.get(value.toLowerCase()) ?? value;
}

/**
 * The label of a topic or audience id in the language that best serves `locale`; an id the catalog
 * does not list is its own label, in `fallbackLang` (the language of the item that names it).
 */
export function termLabel(terms: readonly Term[] | undefined, id: string, locale: string, fallbackLang: string): Localized {
  const term = findTerm(terms, id);
  return (term && localized(term, 'label', locale)) ?? { text: id, lang: fallbackLang };
}

/** The topic and audience lists of a catalog, for what shows courses and programs outside of it. */
export type CatalogTerms = Pick<Catalog, 'topics' | 'audiences' | 'divisions'>;
