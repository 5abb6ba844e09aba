/** Folds text for search: lower case, no accents ("Médecine" and "medecine" match), one space between words. */
export function foldForSearch(text: string): string {
  // ASCII text has no accents to take off: lower-casing it is all folding does (and much faster).
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007F]/.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits a query into folded terms, each once; every term must match. The query is capped first
 * ({@link capSearchText}), whoever set it: a host's own `q` of 200,000 terms would otherwise run
 * 200,000 checks per course.
 */
export function searchTerms(query: string): string[] {
  const folded = foldForSearch(capSearchText(query));
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}

/** True when every term occurs in the folded haystack. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}

/** The longest search text, in UTF-16 code units, that is searched (the search box takes as much). */
export const SEARCH_MAX_LENGTH = 200;
/** The most search terms that are searched. */
export const SEARCH_MAX_TERMS = 20;

/**
 * Search text made small (a URL's, a host's `q`): its first {@link SEARCH_MAX_LENGTH} characters,
 * each term once (compared without case), at most {@link SEARCH_MAX_TERMS} terms. Every term must
 * match, so a link with 200,000 terms would otherwise run 200,000 checks per course.
 */
export function capSearchText(text: string): string {
  let head = text.slice(0, SEARCH_MAX_LENGTH);
  // Never keep half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  const terms = new Map<string, string>();
  for (const term of head.split(/\s+/)) {
    if (term === '') continue;
    const folded = term.toLowerCase();
    if (!terms.has(folded)) terms.set(folded, term);
    if (terms.size === SEARCH_MAX_TERMS) break;
  }
  return [...terms.values()].join(' ');
}
