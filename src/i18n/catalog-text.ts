import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { localized, sameLanguage, type Localized } from '../catalog/localize.js';

/**
 * Catalog text as a widget shows it: isolated from the text around it (`<bdi>`: its own direction,
 * from its first strong character, so English in an Arabic card and Arabic in an English one keep
 * their punctuation and order), and marked with its language when that is not the widget's (screen
 * readers switch voice; hyphenation and fonts follow).
 */
export function bdi(value: Localized | undefined, locale: string): TemplateResult | typeof nothing {
  if (!value) return nothing;
  return html`<bdi lang=${sameLanguage(value.lang, locale) ? nothing : value.lang}>${value.text}</bdi>`;
}

/** A text field of a catalog item in the language that best serves `locale`, isolated (see {@link bdi}). */
export function text(item: object, field: string, locale: string): TemplateResult | typeof nothing {
  return bdi(localized(item, field, locale), locale);
}

/** The language attribute for text in `lang` inside a widget speaking `locale` (none when the same). */
export function langOf(value: Localized | undefined, locale: string): string | undefined {
  return value && !sameLanguage(value.lang, locale) ? value.lang : undefined;
}

const lists = new Map<string, Intl.ListFormat>();
/**
 * "A, B and C" in the locale's words, each entry isolated and in its own language: a name such as
 * "James Okafor, MD, MPH" stays whole next to the Arabic "و".
 */
export function list(items: readonly Localized[], locale: string): (TemplateResult | typeof nothing | string)[] {
  let format = lists.get(locale);
  if (!format) lists.set(locale, (format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  let next = 0;
  return format.formatToParts(items.map((item) => item.text)).map((part) => (part.type === 'element' ? bdi(items[next++], locale) : part.value));
}

const MARK = '\u0000';
/** A UI message around catalog content: `message` is called with a mark, and `content` takes its place. */
export function around(message: (value: string) => string, content: unknown): TemplateResult {
  const [before, after = ''] = message(MARK).split(MARK);
  return html`${before}${content}${after}`;
}
