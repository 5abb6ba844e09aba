import { CatalogSchemaError } from './errors.js';
import { canonicalLanguage } from './language-tag.js';
import { DEFAULT_TEXT_LANGUAGE, setTextLanguage } from './localize.js';
import {
  CATALOG_VERSION,
  COURSE_STATUSES,
  DIVISION_IDS,
  MODALITIES,
  POST_KINDS,
  type Adaptation,
  type Catalog,
  type CatalogImage,
  type CatalogIssue,
  type Course,
  type CourseSession,
  type Credit,
  type Division,
  type Fact,
  type Mission,
  type Organization,
  type Post,
  type Price,
  type Program,
  type Term,
  type Translations,
} from './types.js';
import { isIsoDate, isoDateTimeMs } from './dates.js';
import { safeUrl } from './url.js';
import { nextTask } from '../internal/idle.js';

/** Longest text kept per kind of field; longer text is shortened with an ellipsis and reported. */
export const TEXT_LIMITS = { id: 200, short: 300, summary: 2000, long: 5000 } as const;

/**
 * Most entries kept per list. Each is many times what a real catalog holds (a few hundred courses, a
 * weekly series' sessions for years, a handful of regions per program): entries past the limit are
 * dropped unread and reported once per list, so a catalog cannot make a page build thousands of
 * elements or a calendar file of thousands of events. docs/catalog-format.md and the schema's
 * `maxItems` say the same.
 */
export const LIST_LIMITS = {
  courses: 10_000,
  programs: 200,
  posts: 2_000,
  divisions: 10,
  facts: 50,
  offerings: 50,
  sessions: 500,
  credits: 20,
  topics: 50,
  audience: 50,
  directors: 50,
  adaptations: 50,
  /** Topics and audiences a catalog lists (its vocabulary). */
  terms: 1_000,
} as const;

/** Most languages one item is translated into; the others are dropped and reported. */
export const MAX_TRANSLATIONS = 100;

/** Most problems listed one by one; the rest are counted in one last issue (a console line each would freeze the page). */
export const MAX_ISSUES = 1000;

/** Options for {@link validateCatalog}. */
export interface ValidateOptions {
  /** Absolute URL the document came from; relative links resolve against it. */
  baseUrl?: string;
}

/** A validated catalog and the problems found on the way. */
export interface ValidationResult {
  catalog: Catalog;
  issues: CatalogIssue[];
}

/** Thrown inside an item reader: the item is dropped and the problem reported at `path`. */
class Invalid extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

/**
 * Where a value is: its parent's JSON path and, for a field, the field's name (and for a list entry
 * its index). A field's path text is only made when there is something to report: made up front,
 * it was about 25 strings per course that nothing used while every field was good. A nested object
 * (a session, a credit, a price, an image) still gets its own path up front, for its fields.
 */
function at(path: string, key: string | undefined, index?: number): string {
  return key === undefined ? path : index === undefined ? `${path}.${key}` : `${path}.${key}[${index}]`;
}

const members = new Map<string, string>();
/**
 * A JSON path step for an object key: `.title`, or `["pt-BR"]` for a key that is not a plain name.
 * Kept per key (a catalog repeats a few language tags and field names thousands of times), at most
 * a few hundred keys: a hostile catalog's endless distinct keys are worked out each time.
 */
function member(key: string): string {
  let step = members.get(key);
  if (step === undefined) {
    step = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    if (members.size < 512) members.set(key, step);
  }
  return step;
}

/** In a translation's field list: the field is a list of texts. */
const LIST = 0;
const { short: SHORT, summary: SUMMARY } = { short: 300, summary: 2000 };
/** The text fields each kind of item may translate, with their longest text. */
const TEXT_FIELDS = {
  term: { label: SHORT },
  fact: { value: 40, label: SHORT },
  organization: { name: SHORT },
  attribution: { name: SHORT, title: SHORT },
  mission: { statement: 5000 },
  division: { name: SHORT, summary: SUMMARY, offerings: LIST },
  image: { alt: SHORT },
  location: { name: SHORT, city: SHORT },
  course: { title: SHORT, summary: SUMMARY },
  adaptation: { regionName: SHORT, title: SHORT, summary: SUMMARY, venue: SHORT },
  program: { title: SHORT, summary: SUMMARY },
  post: { title: SHORT, summary: SUMMARY, author: SHORT },
};

/**
 * Reads one catalog at a time and collects what it reports. There is a single Reader for the
 * module's life (see {@link reader}), set up by `start` for each catalog.
 */
class Reader {
  issues: CatalogIssue[] = [];
  baseUrl: string | undefined = undefined;
  /** Problems past {@link MAX_ISSUES}, and whether one of them dropped or ignored something. */
  unlisted = 0;
  unlistedLoss = false;

  /** Readies the reader for a catalog: a new one, or one whose validation resumes after a pause. */
  start(baseUrl: string | undefined, issues: CatalogIssue[] = [], unlisted = 0, unlistedLoss = false): void {
    this.issues = issues;
    this.baseUrl = baseUrl;
    this.unlisted = unlisted;
    this.unlistedLoss = unlistedLoss;
  }

  /** Lets go of the catalog's issues and base URL (the caller has taken the issues). */
  end(): void {
    this.start(undefined);
  }

  report(path: string, message: string, action: CatalogIssue['action']): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, message, action });
    else {
      this.unlisted += 1;
      if (action !== 'fixed') this.unlistedLoss = true;
    }
  }

  /** How many entries of a list to read: all, or the first `max` when there are more (reported). */
  cap(length: number, max: number, path: string): number {
    if (length <= max) return length;
    this.report(path, `has ${length} entries, more than the ${max} a catalog may have; entries ${max} to ${length - 1} were dropped`, 'dropped');
    return max;
  }

  object(value: unknown, path: string, key?: string): Json {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new Invalid(at(path, key), `should be an object, not ${describe(value)}`);
    }
    return value as Json;
  }

  /** Text, cleaned; `index` is the entry's in a list (the path is then `path.key[index]`). */
  text(value: unknown, path: string, key: string | undefined, max: number, index?: number): string {
    if (typeof value !== 'string') throw new Invalid(at(path, key, index), `should be text, not ${describe(value)}`);
    let clean = cleanText(value);
    if (clean === '') throw new Invalid(at(path, key, index), 'is empty');
    if (clean.length > max) {
      clean = shorten(clean, max);
      this.report(at(path, key, index), `is longer than ${max} characters and was shortened`, 'fixed');
    }
    return clean;
  }

  optionalText(value: unknown, path: string, key: string | undefined, max: number, index?: number): string | undefined {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
    return this.text(value, path, key, max, index);
  }

  textList(value: unknown, path: string, key: 'topics' | 'audience' | 'directors' | 'offerings', max: number = TEXT_LIMITS.short): string[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new Invalid(at(path, key), `should be a list, not ${describe(value)}`);
    const out: string[] = [];
    const length = this.cap(value.length, LIST_LIMITS[key], at(path, key));
    for (let i = 0; i < length; i += 1) {
      const text = this.optionalText(value[i], path, key, max, i);
      if (text !== undefined) out.push(text);
    }
    return out;
  }

  /**
   * An item's `translations`, each read like the field it translates (`fields` gives each text
   * field's longest text; {@link LIST} marks a list of texts). A bad language tag, a field the
   * item does not have or a bad text is dropped on its own, and reported with its path. The item
   * gets `translations` only when one is kept.
   */
  translate<T extends object>(item: T, value: unknown, path: string, fields: Record<string, number>): T {
    if (value === undefined || value === null) return item;
    const here = `${path}.translations`;
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.report(here, `should be an object keyed by language tag, not ${describe(value)}; it was ignored`, 'ignored');
      return item;
    }
    const out: Translations = {};
    let kept = false;
    const tags = Object.keys(value);
    const count = this.cap(tags.length, MAX_TRANSLATIONS, here);
    for (let i = 0; i < count; i += 1) {
      const tag = tags[i];
      const entry = (value as Json)[tag];
      const langPath = here + member(tag);
      const lang = tag.length <= 35 ? canonicalLanguage(tag) : undefined;
      if (!lang) {
        this.report(langPath, 'is not a BCP 47 language tag such as es or pt-BR; this translation was dropped', 'dropped');
        continue;
      }
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
        this.report(langPath, `should be an object of translated fields, not ${describe(entry)}; this translation was dropped`, 'dropped');
        continue;
      }
      const texts: Record<string, string | string[]> = (out[lang] ??= {});
      let keptHere = false;
      for (const field of Object.keys(entry)) {
        // Own fields only: "constructor" or "__proto__" is no text field.
        const max = Object.prototype.hasOwnProperty.call(fields, field) ? fields[field] : undefined;
        const plain = (item as unknown as Json)[field];
        if (max === undefined || plain === undefined || plain === '' || (Array.isArray(plain) && plain.length === 0)) {
          const what = max === undefined ? `is not a text field that translates here (${Object.keys(fields).join(', ')})` : `translates ${field}, which this item does not have`;
          this.report(langPath + member(field), `${what}; it was dropped`, 'dropped');
          continue;
        }
        try {
          const text = (entry as Json)[field];
          if (max !== LIST) texts[field] = this.text(text, langPath, field, max);
          else {
            if (!Array.isArray(text)) throw new Invalid(langPath + member(field), `should be a list, not ${describe(text)}`);
            const list = text.slice(0, LIST_LIMITS.offerings).map((t, j) => this.text(t, langPath, field, TEXT_LIMITS.short, j));
            if (list.length === 0) throw new Invalid(langPath + member(field), 'is empty');
            texts[field] = list;
          }
          kept = keptHere = true;
        } catch (error) {
          if (!(error instanceof Invalid)) throw error;
          this.report(error.path, `${error.message}; this translation was dropped`, 'dropped');
        }
      }
      // A language whose fields were all dropped goes (unless an earlier entry of the same tag kept one).
      if (!keptHere && Object.keys(texts).length === 0) delete out[lang];
    }
    if (kept) (item as T & { translations?: Translations }).translations = out;
    return item;
  }

  number(value: unknown, path: string, key: string | undefined, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Invalid(at(path, key), `should be a number, not ${describe(value)}`);
    }
    if (value < min || value > max) throw new Invalid(at(path, key), `should be between ${min} and ${max}, not ${value}`);
    return value;
  }

  boolean(value: unknown, path: string, key: string | undefined, fallback: boolean): boolean {
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'boolean') throw new Invalid(at(path, key), `should be true or false, not ${describe(value)}`);
    return value;
  }

  choice<T extends string>(value: unknown, path: string, key: string | undefined, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !allowed.includes(value as T)) {
      throw new Invalid(at(path, key), `should be one of ${allowed.join(', ')}, not ${describe(value)}`);
    }
    return value as T;
  }

  /** A link: unsafe schemes (and absurdly long links) are removed (the item stays) and reported. */
  url(value: unknown, path: string, key?: string): string | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') throw new Invalid(at(path, key), `should be a URL, not ${describe(value)}`);
    if (value.length > MAX_URL_LENGTH) {
      this.report(at(path, key), `is longer than ${MAX_URL_LENGTH} characters and was removed`, 'fixed');
      return undefined;
    }
    const safe = safeUrl(value, this.baseUrl);
    if (safe === null) {
      this.report(at(path, key), 'is not an http(s), mailto or relative link and was removed', 'fixed');
      return undefined;
    }
    return safe;
  }

  /** Epoch ms of an ISO 8601 date-time with an offset (the text itself is kept as written). */
  instant(value: unknown, path: string, key: string): number {
    const ms = typeof value === 'string' ? isoDateTimeMs(value) : NaN;
    if (Number.isNaN(ms)) {
      throw new Invalid(
        at(path, key),
        `should be an ISO 8601 date-time with an offset, such as 2026-03-02T09:00:00-05:00, not ${describe(value)}`,
      );
    }
    return ms;
  }

  date(value: unknown, path: string, key: string): string {
    if (typeof value !== 'string' || !(isIsoDate(value) || !Number.isNaN(isoDateTimeMs(value)))) {
      throw new Invalid(at(path, key), `should be an ISO 8601 date such as 2026-03-02, not ${describe(value)}`);
    }
    return value;
  }

  optionalDate(value: unknown, path: string, key: string): string | undefined {
    return value === undefined || value === null ? undefined : this.date(value, path, key);
  }

  language(value: unknown, path: string, key: string | undefined): string | undefined {
    if (value === undefined || value === null) return undefined;
    const tag = this.text(value, path, key, 35);
    const canonical = canonicalLanguage(tag);
    if (canonical === undefined) {
      throw new Invalid(at(path, key), `should be a BCP 47 language tag such as en, es or pt-BR, not ${describe(value)}`);
    }
    return canonical;
  }

  timeZone(value: unknown, path: string, key: string): string {
    const zone = this.text(value, path, key, 64);
    if (!isTimeZone(zone)) throw new Invalid(at(path, key), `should be an IANA time zone such as America/New_York, not ${describe(value)}`);
    return zone;
  }

  price(value: unknown, path: string, key: string): Price | undefined {
    if (value === undefined || value === null) return undefined;
    const o = this.object(value, path, key);
    if (o.free === true) return { free: true };
    const here = at(path, key);
    const amount = this.number(o.amount, here, 'amount', 0, 1e9);
    const currency = typeof o.currency === 'string' ? o.currency.trim().toUpperCase() : o.currency;
    if (typeof currency !== 'string' || !isCurrency(currency)) {
      throw new Invalid(`${here}.currency`, `should be an ISO 4217 currency code such as USD, not ${describe(o.currency)}`);
    }
    return amount === 0 ? { free: true } : { free: false, amount, currency };
  }

  image(value: unknown, path: string, key: string): CatalogImage | undefined {
    if (value === undefined || value === null) return undefined;
    const o = this.object(value, path, key);
    const here = at(path, key);
    let url = this.url(o.url, here, 'url');
    // An image is fetched, never mailed: the link check's mailto: is no image.
    if (url?.startsWith('mailto:')) {
      this.report(`${here}.url`, 'is a mailto: link, not an image, and was removed', 'fixed');
      url = undefined;
    }
    if (typeof o.alt !== 'string') {
      this.report(`${here}.alt`, 'is missing: an image needs alt text (use "" for a decorative one); the image was removed', 'fixed');
      return undefined;
    }
    if (!url) return undefined;
    const alt = cleanText(o.alt);
    return this.translate({ url, alt: alt.length > TEXT_LIMITS.short ? shorten(alt, TEXT_LIMITS.short) : alt }, o.translations, here, TEXT_FIELDS.image);
  }

  /** Reads a list of items; a bad item (or a repeated id) is dropped and reported, the rest stay. */
  items<T extends { id?: string; region?: string }>(
    value: unknown,
    path: string,
    read: (item: unknown, path: string) => T,
    limit: keyof typeof LIST_LIMITS,
    key: 'id' | 'region' = 'id',
  ): T[] {
    const out: T[] = [];
    const steps = this.itemSteps(value, path, read, limit, key, out);
    while (!steps.next().done);
    return out;
  }

  /** {@link items} one item per step, into `out`: a validation in slices pauses between two steps. */
  *itemSteps<T extends { id?: string; region?: string }>(
    value: unknown,
    path: string,
    read: (item: unknown, path: string) => T,
    limit: keyof typeof LIST_LIMITS,
    key: 'id' | 'region',
    out: T[],
  ): Generator<void, void> {
    if (value === undefined || value === null) return;
    if (!Array.isArray(value)) {
      this.report(path, `should be a list, not ${describe(value)}; it was ignored`, 'ignored');
      return;
    }
    const seen = new Set<string>();
    const length = this.cap(value.length, LIST_LIMITS[limit], path);
    for (let i = 0; i < length; i += 1) {
      const itemPath = `${path}[${i}]`;
      try {
        const item = read(value[i], itemPath);
        const id = item[key];
        if (id !== undefined) {
          if (seen.has(id)) throw new Invalid(`${itemPath}.${key}`, `repeats ${key} "${id}"`);
          seen.add(id);
        }
        out.push(item);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        this.report(error.path, `${error.message}; the item was dropped`, 'dropped');
      }
      yield;
    }
  }

  /** The issues, with one last entry counting those past {@link MAX_ISSUES}. */
  finish(): CatalogIssue[] {
    if (this.unlisted > 0) {
      this.issues.push({
        path: '$',
        message: `${this.unlisted} more problem(s) were found and not listed`,
        action: this.unlistedLoss ? 'dropped' : 'fixed',
      });
    }
    return this.issues;
  }

  /** Reads an optional section; when it is bad it is left out and reported. */
  section<T>(value: unknown, path: string, read: (value: unknown, path: string) => T): T | undefined {
    if (value === undefined || value === null) return undefined;
    try {
      return read(value, path);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      this.report(error.path, `${error.message}; this section was left out`, 'dropped');
      return undefined;
    }
  }

  id(value: unknown, path: string, key: string): string {
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    return this.text(value, path, key, TEXT_LIMITS.id);
  }
}

/**
 * The one Reader, reused by every validation (a step of validation is synchronous and calls no
 * outside code, so two never overlap; a validation in slices keeps its state while paused). This is for speed, not tidiness: V8 gives the Reader's objects a hidden
 * class ("map") that lives only as long as one of them does, and the optimized code of every read
 * function depends on it. With a new Reader per catalog, the first garbage collection after a
 * validation threw all that code away (Chromium's --trace-deopt: "embedded weak objects cleared"
 * for readCourse, readSession, text, url... after every catalog), and the next catalog ran in the
 * slow tiers while V8 compiled it all again. A refresh, a second catalog or a React app passing new
 * data paid that each time; the benchmark's cold render paid it on every run.
 */
const reader = new Reader();

/** Longest link kept; longer ones are removed (browsers and servers stop at a few kilobytes anyway). */
export const MAX_URL_LENGTH = 8192;

// Line breaks in every spelling (CRLF, a lone CR, NEL, LINE and PARAGRAPH SEPARATOR) become one
// newline: a reader that splits lines on any of them (an .ics reader, Python's splitlines) must see
// the same lines as the widgets do.
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;
// C0 controls but tab and newline, DEL, C1 controls, and the bidi embedding, override and isolate
// controls (U+202A–U+202E, U+2066–U+2069): an unbalanced one can reorder text outside its field ("Trojan source").
// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// A base character keeps at most 8 combining marks: real scripts stack fewer, "Zalgo" text stacks
// dozens that spill over the lines around it.
const MARK_PILE = /(\p{M}{8})\p{M}+/gu;
// Anything the three replacements below would change (CR is here: it is not in UNWANTED).
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]|\p{M}{9}/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Anything but printable ASCII, tab and newline: text without it (most of an English catalog) needs
// none of the replacements. Tried first: SUSPECT tries a Unicode property at each character, and was
// the validator's costliest step (a CPU profile, 1,000 generated courses: 3.0 ms a catalog, 2.1
// with this test first, which passes 21,286 of its 25,690 strings).
const NOT_PLAIN_ASCII = /[^\t\n\u0020-\u007E]/;

/**
 * Catalog text as widgets may show it: line breaks as `\n`, no other controls but tab, no bidi
 * overrides, no lone surrogates, no mark piles.
 */
export function cleanText(value: string): string {
  // One scan for the common case of clean text: plain ASCII, else nothing SUSPECT finds (with the u
  // flag, its class matches only unpaired surrogates).
  if (!NOT_PLAIN_ASCII.test(value) || !SUSPECT.test(value)) return value.trim();
  let clean = value.replace(LINE_BREAK, '\n').replace(UNWANTED, '');
  // An unpaired surrogate (valid as a JSON escape) breaks encodeURIComponent and shows as garbage.
  clean = clean.replace(LONE_SURROGATE, '\uFFFD');
  return clean.replace(MARK_PILE, '$1').trim();
}

let graphemes: Intl.Segmenter | undefined;
/** Shortens text to at most `max` characters, ellipsis included, without splitting a character (emoji, accents). */
function shorten(text: string, max: number): string {
  let out = '';
  if (typeof Intl.Segmenter === 'function') {
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    // A little past the limit, so the character that straddles it is seen whole and left out.
    for (const { segment } of graphemes.segment(text.slice(0, max + 64))) {
      if (out.length + segment.length > max - 1) break;
      out += segment;
    }
  } else {
    out = Array.from(text.slice(0, max)).slice(0, -1).join('');
  }
  return `${out.trimEnd()}…`;
}

/** `Intl.supportedValuesOf(key)` as a set; empty where the browser lacks it (callers then check another way). */
function supportedValues(key: 'timeZone' | 'currency'): Set<string> {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  return new Set(intl.supportedValuesOf ? intl.supportedValuesOf(key) : []);
}

const zoneCache = new Map<string, boolean>();
/** The browser's canonical zone names, read once: far cheaper than a first `Intl.DateTimeFormat`. */
let canonicalZones: Set<string> | undefined;
/**
 * True for an IANA zone name (`Area/Place`, or `UTC`). A canonical name is looked up in the browser's
 * list; only another name (an alias such as `Asia/Calcutta`) costs an `Intl.DateTimeFormat`. The first
 * one a page makes starts ICU's date formatting (30-70 ms in a new Chromium page, 2-8 ms for the
 * list): a page whose widgets show no dates (a mission) no longer pays it for the catalog's sessions.
 */
function isTimeZone(zone: string): boolean {
  let known = zoneCache.get(zone);
  if (known === undefined) {
    if (!zone.includes('/') && zone !== 'UTC') known = false;
    else if ((canonicalZones ??= supportedValues('timeZone')).has(zone)) known = true;
    else {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        known = true;
      } catch {
        known = false;
      }
    }
    zoneCache.set(zone, known);
  }
  return known;
}

let currencies: Set<string> | undefined;
function isCurrency(code: string): boolean {
  currencies ??= supportedValues('currency');
  return currencies.size > 0 ? currencies.has(code) : /^[A-Z]{3}$/.test(code);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function readOrganization(r: Reader, value: unknown, path: string): Organization {
  const o = r.object(value, path);
  const facts: unknown[] = Array.isArray(o.facts) ? o.facts : [];
  if (o.facts !== undefined && !Array.isArray(o.facts)) r.report(`${path}.facts`, 'should be a list; it was ignored', 'ignored');
  const kept: Fact[] = [];
  const count = r.cap(facts.length, LIST_LIMITS.facts, `${path}.facts`);
  facts.slice(0, count).forEach((fact, i) => {
    const factPath = `${path}.facts[${i}]`;
    const item = r.section(fact, factPath, (f, p) => {
      const obj = r.object(f, p);
      const rawValue = typeof obj.value === 'number' ? String(obj.value) : obj.value;
      return r.translate({ value: r.text(rawValue, p, 'value', 40), label: r.text(obj.label, p, 'label', TEXT_LIMITS.short) }, obj.translations, p, TEXT_FIELDS.fact);
    });
    if (item) kept.push(item);
  });
  const organization: Organization = {
    name: r.text(o.name, path, 'name', TEXT_LIMITS.short),
    url: r.url(o.url, path, 'url'),
    founded: o.founded === undefined || o.founded === null ? undefined : r.number(o.founded, path, 'founded', 1000, 3000),
    facts: kept,
  };
  return r.translate(organization, o.translations, path, TEXT_FIELDS.organization);
}

function readMission(r: Reader, value: unknown, path: string): Mission {
  const o = r.object(value, path);
  const a = r.object(o.attribution, path, 'attribution');
  const here = `${path}.attribution`;
  const attribution = { name: r.text(a.name, here, 'name', TEXT_LIMITS.short), title: r.optionalText(a.title, here, 'title', TEXT_LIMITS.short) };
  const mission = { statement: r.text(o.statement, path, 'statement', TEXT_LIMITS.long), attribution: r.translate(attribution, a.translations, here, TEXT_FIELDS.attribution) };
  return r.translate(mission, o.translations, path, TEXT_FIELDS.mission);
}

function readDivision(r: Reader, value: unknown, path: string): Division {
  const o = r.object(value, path);
  const division: Division = {
    id: r.choice(o.id, path, 'id', DIVISION_IDS),
    name: r.text(o.name, path, 'name', TEXT_LIMITS.short),
    summary: r.optionalText(o.summary, path, 'summary', TEXT_LIMITS.summary) ?? '',
    url: r.url(o.url, path, 'url'),
    offerings: r.textList(o.offerings, path, 'offerings'),
  };
  return r.translate(division, o.translations, path, TEXT_FIELDS.division);
}

function readCredit(r: Reader, value: unknown, path: string): Credit {
  const o = r.object(value, path);
  const amount = r.number(o.amount, path, 'amount', 0, 1000);
  if (amount === 0) throw new Invalid(`${path}.amount`, 'should be more than 0');
  return { type: r.text(o.type, path, 'type', TEXT_LIMITS.short), amount };
}

function readSession(r: Reader, value: unknown, path: string): CourseSession {
  const o = r.object(value, path);
  const startMs = r.instant(o.start, path, 'start');
  const start = o.start as string;
  const endMs = o.end === undefined || o.end === null ? undefined : r.instant(o.end, path, 'end');
  const end = endMs === undefined ? undefined : (o.end as string);
  if (endMs !== undefined && endMs < startMs) {
    throw new Invalid(`${path}.end`, `is before the start (${start})`);
  }
  const location =
    o.location === undefined || o.location === null
      ? undefined
      : (() => {
          const l = r.object(o.location, path, 'location');
          const here = `${path}.location`;
          const place = {
            name: r.optionalText(l.name, here, 'name', TEXT_LIMITS.short),
            city: r.optionalText(l.city, here, 'city', TEXT_LIMITS.short),
            country: r.optionalText(l.country, here, 'country', TEXT_LIMITS.short),
          };
          return r.translate(place, l.translations, here, TEXT_FIELDS.location);
        })();
  const hasPlace = !!location && !!(location.name || location.city || location.country);
  return {
    start,
    end,
    timeZone: r.timeZone(o.timeZone, path, 'timeZone'),
    online: r.boolean(o.online, path, 'online', !hasPlace),
    location: hasPlace ? location : undefined,
  };
}

function readList<T>(r: Reader, value: unknown, path: string, key: 'credits' | 'sessions', read: (r: Reader, v: unknown, p: string) => T): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Invalid(at(path, key), `should be a list, not ${describe(value)}`);
  const out: T[] = [];
  const length = r.cap(value.length, LIST_LIMITS[key], at(path, key));
  for (let i = 0; i < length; i += 1) out.push(read(r, value[i], `${path}.${key}[${i}]`));
  return out;
}

/** Topic and audience ids by id and by label, to read a course's or program's entries as ids. */
type TermIds = Map<string, string>;

/** Entries of a course's or program's `topics` or `audience` as ids: a label the catalog lists becomes its id. */
function termIds(entries: string[], ids: TermIds): string[] {
  return ids.size === 0 ? entries : entries.map((entry) => ids.get(entry) ?? entry);
}

function readTerm(r: Reader, value: unknown, path: string): Term {
  const o = r.object(value, path);
  return r.translate({ id: r.id(o.id, path, 'id'), label: r.text(o.label, path, 'label', TEXT_LIMITS.short) }, o.translations, path, TEXT_FIELDS.term);
}

/** The ids of a list of terms, each also found by its label (catalogs written before ids listed labels). */
function idsOf(terms: readonly Term[] | undefined): TermIds {
  const ids: TermIds = new Map();
  for (const term of terms ?? []) if (!ids.has(term.label)) ids.set(term.label, term.id);
  for (const term of terms ?? []) ids.set(term.id, term.id);
  return ids;
}

function readCourse(r: Reader, value: unknown, path: string, topicIds: TermIds, audienceIds: TermIds): Course {
  const o = r.object(value, path);
  const course: Course = {
    id: r.id(o.id, path, 'id'),
    title: r.text(o.title, path, 'title', TEXT_LIMITS.short),
    summary: r.optionalText(o.summary, path, 'summary', TEXT_LIMITS.summary) ?? '',
    url: r.url(o.url, path, 'url'),
    division: r.choice(o.division, path, 'division', DIVISION_IDS),
    modality: r.choice(o.modality, path, 'modality', MODALITIES),
    accredited: r.boolean(o.accredited, path, 'accredited', false),
    credits: readList(r, o.credits, path, 'credits', readCredit),
    topics: termIds(r.textList(o.topics, path, 'topics'), topicIds),
    audience: termIds(r.textList(o.audience, path, 'audience'), audienceIds),
    language: r.language(o.language, path, 'language'),
    price: r.price(o.price, path, 'price'),
    status: r.choice(o.status, path, 'status', COURSE_STATUSES),
    sessions: readList(r, o.sessions, path, 'sessions', readSession),
    directors: r.textList(o.directors, path, 'directors'),
    image: r.image(o.image, path, 'image'),
    updated: r.optionalDate(o.updated, path, 'updated'),
  };
  return r.translate(course, o.translations, path, TEXT_FIELDS.course);
}

function readAdaptation(r: Reader, value: unknown, path: string): Adaptation {
  const o = r.object(value, path);
  const region = r.text(o.region, path, 'region', 64);
  const locale = r.language(o.locale, path, 'locale');
  if (!locale) throw new Invalid(`${path}.locale`, 'is missing');
  const adaptation: Adaptation = {
    region,
    regionName: r.optionalText(o.regionName, path, 'regionName', TEXT_LIMITS.short),
    locale,
    title: r.optionalText(o.title, path, 'title', TEXT_LIMITS.short),
    summary: r.optionalText(o.summary, path, 'summary', TEXT_LIMITS.summary),
    language: r.language(o.language, path, 'language'),
    cohortStart: r.optionalDate(o.cohortStart, path, 'cohortStart'),
    applicationDeadline: r.optionalDate(o.applicationDeadline, path, 'applicationDeadline'),
    fee: r.price(o.fee, path, 'fee'),
    url: r.url(o.url, path, 'url'),
    venue: r.optionalText(o.venue, path, 'venue', TEXT_LIMITS.short),
  };
  return r.translate(adaptation, o.translations, path, TEXT_FIELDS.adaptation);
}

function readProgram(r: Reader, value: unknown, path: string, audienceIds: TermIds): Program {
  const o = r.object(value, path);
  const program: Program = {
    id: r.id(o.id, path, 'id'),
    title: r.text(o.title, path, 'title', TEXT_LIMITS.short),
    summary: r.optionalText(o.summary, path, 'summary', TEXT_LIMITS.summary) ?? '',
    url: r.url(o.url, path, 'url'),
    durationMonths: r.number(o.durationMonths, path, 'durationMonths', 0.25, 120),
    format: r.choice(o.format, path, 'format', MODALITIES),
    audience: termIds(r.textList(o.audience, path, 'audience'), audienceIds),
    language: r.language(o.language, path, 'language'),
    cohortStart: r.optionalDate(o.cohortStart, path, 'cohortStart'),
    applicationDeadline: r.optionalDate(o.applicationDeadline, path, 'applicationDeadline'),
    fee: r.price(o.fee, path, 'fee'),
    image: r.image(o.image, path, 'image'),
    adaptations: r.items(o.adaptations, `${path}.adaptations`, (a, p) => readAdaptation(r, a, p), 'adaptations', 'region'),
  };
  return r.translate(program, o.translations, path, TEXT_FIELDS.program);
}

function readPost(r: Reader, value: unknown, path: string): Post {
  const o = r.object(value, path);
  const post: Post = {
    id: r.id(o.id, path, 'id'),
    kind: r.choice(o.kind, path, 'kind', POST_KINDS),
    title: r.text(o.title, path, 'title', TEXT_LIMITS.short),
    summary: r.optionalText(o.summary, path, 'summary', TEXT_LIMITS.summary) ?? '',
    url: r.url(o.url, path, 'url'),
    published: r.date(o.published, path, 'published'),
    author: r.optionalText(o.author, path, 'author', TEXT_LIMITS.short),
    image: r.image(o.image, path, 'image'),
  };
  return r.translate(post, o.translations, path, TEXT_FIELDS.post);
}

/**
 * Records the language of the plain text of a catalog whose default language is not English, for
 * every object with text: a course's or program's own `language` wins, an adaptation has its `locale`.
 */
function markLanguage(catalog: Catalog, language: string): void {
  const mark = (item: object | undefined, lang = language) => item && setTextLanguage(item, lang);
  mark(catalog.organization);
  catalog.organization?.facts.forEach((fact) => mark(fact));
  mark(catalog.mission);
  mark(catalog.mission?.attribution);
  for (const list of [catalog.divisions, catalog.topics ?? [], catalog.audiences ?? [], catalog.posts]) for (const item of list) mark(item);
  for (const post of catalog.posts) mark(post.image);
  for (const item of [...catalog.courses, ...catalog.programs]) mark(item, item.language ?? language);
  for (const program of catalog.programs) mark(program.image, program.language ?? language);
  for (const course of catalog.courses) {
    mark(course.image, course.language ?? language);
    for (const credit of course.credits) mark(credit);
    for (const session of course.sessions) mark(session.location);
  }
}

/**
 * A catalog's sections but its three lists (courses, programs and posts stay empty): the notice,
 * organization, mission, divisions, language, topics and audiences, and the term ids the lists'
 * entries are read with.
 */
function readSections(r: Reader, doc: Json): { catalog: Catalog; language: string | undefined; topicIds: TermIds; audienceIds: TermIds } {
  const catalog: Catalog = {
    version: CATALOG_VERSION,
    notice: r.section(doc.notice, '$.notice', (v, p) => r.text(v, p, undefined, TEXT_LIMITS.summary)),
    organization: r.section(doc.organization, '$.organization', (v, p) => readOrganization(r, v, p)),
    mission: r.section(doc.mission, '$.mission', (v, p) => readMission(r, v, p)),
    divisions: r.items(doc.divisions, '$.divisions', (v, p) => readDivision(r, v, p), 'divisions'),
    courses: [],
    programs: [],
    posts: [],
  };
  const language = r.section(doc.language, '$.language', (v, p) => r.language(v, p, undefined));
  if (language) catalog.language = language;
  for (const key of ['topics', 'audiences'] as const) {
    if (doc[key] !== undefined) catalog[key] = r.items(doc[key], `$.${key}`, (v, p) => readTerm(r, v, p), 'terms');
  }
  return { catalog, language, topicIds: idsOf(catalog.topics), audienceIds: idsOf(catalog.audiences) };
}

/**
 * The validation as steps: the sections at once, then one step per course, program and post, so
 * {@link validateCatalogInSlices} can pause between two. The shared reader holds this validation's
 * state only while a step runs; whoever pauses it keeps and restores that state.
 */
function* validation(input: unknown, options: ValidateOptions): Generator<void, ValidationResult> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new CatalogSchemaError(`A catalog must be a JSON object, but this document is ${describe(input)}.`, options.baseUrl);
  }
  const doc = input as Json;
  if (doc.version === undefined) {
    throw new CatalogSchemaError('This document has no "version" field, so it is not an HMS catalog.', options.baseUrl);
  }
  if (doc.version !== CATALOG_VERSION) {
    throw new CatalogSchemaError(
      `Catalog version ${describe(doc.version)} is not supported; this widget reads version ${CATALOG_VERSION}.`,
      options.baseUrl,
    );
  }
  const r = reader;
  r.start(options.baseUrl);
  const { catalog, language, topicIds, audienceIds } = readSections(r, doc);
  yield* r.itemSteps(doc.courses, '$.courses', (v, p) => readCourse(r, v, p, topicIds, audienceIds), 'courses', 'id', catalog.courses);
  yield* r.itemSteps(doc.programs, '$.programs', (v, p) => readProgram(r, v, p, audienceIds), 'programs', 'id', catalog.programs);
  yield* r.itemSteps(doc.posts, '$.posts', (v, p) => readPost(r, v, p), 'posts', 'id', catalog.posts);
  if (language && language !== DEFAULT_TEXT_LANGUAGE) markLanguage(catalog, language);
  return { catalog, issues: r.finish() };
}

/**
 * Checks a parsed JSON document against the catalog format v1 and returns a clean catalog.
 * Throws {@link CatalogSchemaError} when the document as a whole is not a v1 catalog; a bad item
 * is dropped on its own and listed in `issues`. Unknown fields are ignored.
 */
export function validateCatalog(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const steps = validation(input, options);
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  } finally {
    reader.end();
  }
}

/** Longest stretch, in ms, that {@link validateCatalogInSlices} keeps the main thread. */
const SLICE_MS = 10;

/**
 * {@link validateCatalog} a slice of about 10 ms at a time, giving the page back between slices, so
 * a large catalog never holds the main thread for long. Same result and errors.
 */
export async function validateCatalogInSlices(input: unknown, options: ValidateOptions = {}): Promise<ValidationResult> {
  const steps = validation(input, options);
  const r = reader;
  let paused: [string | undefined, CatalogIssue[], number, boolean] | undefined;
  try {
    for (;;) {
      if (paused) r.start(...paused);
      const until = performance.now() + SLICE_MS;
      let step = steps.next();
      while (!step.done && performance.now() < until) step = steps.next();
      if (step.done) return step.value;
      paused = [r.baseUrl, r.issues, r.unlisted, r.unlistedLoss];
      r.end();
      await nextTask();
    }
  } finally {
    r.end();
  }
}

/**
 * The order key of a course not validated yet, as the start order computes it once it is: the epoch
 * ms of its first session (+Infinity with none). NaN when the validator would drop the course for
 * its sessions (not a list, or a session that is not an object with a valid start), so it is no
 * candidate. Only the sessions the validator keeps are read.
 */
function startKey(sessions: unknown): number {
  if (sessions === undefined || sessions === null) return Number.POSITIVE_INFINITY;
  if (!Array.isArray(sessions)) return NaN;
  let first = Number.POSITIVE_INFINITY;
  const length = Math.min(sessions.length, LIST_LIMITS.sessions);
  for (let i = 0; i < length; i += 1) {
    const session = sessions[i] as unknown;
    const start = session !== null && typeof session === 'object' ? (session as Json).start : undefined;
    const ms = typeof start === 'string' ? isoDateTimeMs(start) : NaN;
    if (Number.isNaN(ms)) return NaN;
    if (ms < first) first = ms;
  }
  return first;
}

/** A course's id as the validator reads it, or undefined when it would drop the course for it. */
function idKey(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const clean = cleanText(value);
  if (clean === '') return undefined;
  return clean.length > TEXT_LIMITS.id ? shorten(clean, TEXT_LIMITS.id) : clean;
}

/**
 * The part of a catalog a list's first screen shows in the default order, before the rest is
 * validated: the courses that come first by start date ({@link firstStart}'s key, read from each
 * course's sessions with the validator's own check), at least `count` of them and every course tied
 * with the last (their order then goes by title), each read exactly as {@link validateCatalog}
 * reads it, in catalog order, with the catalog's sections (organization, divisions, language,
 * topics, audiences). Programs and posts are left out, and nothing is reported: the whole
 * validation, which follows, reports the catalog's problems.
 *
 * Undefined when the answer could differ from the first courses of the whole catalog, and the
 * caller validates it all first: not a catalog of this version, no valid course, an id that an
 * earlier course repeats (the validator keeps the first of two), or more ties than a first screen
 * shows several times over. A course with a bad session or field is passed over as the validator
 * drops it.
 */
export function validateFirstCourses(input: unknown, count: number, options: ValidateOptions = {}): Catalog | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const doc = input as Json;
  if (doc.version !== CATALOG_VERSION || !Array.isArray(doc.courses) || count < 1) return undefined;
  const raw = doc.courses as unknown[];
  const length = Math.min(raw.length, LIST_LIMITS.courses);
  // Each course's order key, and the first position of each id.
  const keys = new Float64Array(length);
  const firstAt = new Map<string, number>();
  const candidates: number[] = [];
  for (let i = 0; i < length; i += 1) {
    const item = raw[i];
    const o = item !== null && typeof item === 'object' ? (item as Json) : undefined;
    const id = o && !Array.isArray(o) ? idKey(o.id) : undefined;
    if (id === undefined) continue;
    if (!firstAt.has(id)) firstAt.set(id, i);
    keys[i] = startKey(o!.sessions);
    if (!Number.isNaN(keys[i])) candidates.push(i);
  }
  candidates.sort((a, b) => keys[a] - keys[b] || a - b);
  const r = reader;
  r.start(options.baseUrl);
  try {
    const { catalog, language, topicIds, audienceIds } = readSections(r, doc);
    const found: { position: number; course: Course }[] = [];
    let lastKey = NaN;
    for (const position of candidates) {
      if (found.length >= count && keys[position] !== lastKey) break;
      // A tie this long (a catalog of on-demand courses, ordered by title): the whole validation it is.
      if (found.length >= count * 4) return undefined;
      let course: Course;
      try {
        course = readCourse(r, raw[position], `$.courses[${position}]`, topicIds, audienceIds);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        continue;
      }
      if (firstAt.get(course.id) !== position) return undefined;
      found.push({ position, course });
      lastKey = keys[position];
    }
    if (found.length === 0) return undefined;
    found.sort((a, b) => a.position - b.position);
    catalog.courses = found.map(({ course }) => course);
    if (language && language !== DEFAULT_TEXT_LANGUAGE) markLanguage(catalog, language);
    return catalog;
  } finally {
    r.end();
  }
}

export { parseCatalogText } from './parse.js';
