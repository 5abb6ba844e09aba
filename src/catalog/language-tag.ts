const canonicalTags = new Map<string, string | undefined>();

/**
 * The canonical form of a BCP 47 language tag (`pt-br` → `pt-BR`), or undefined when the text is
 * not one. Kept per tag: a catalog repeats a few tags thousands of times and every render asks.
 */
export function canonicalLanguage(tag: string): string | undefined {
  if (canonicalTags.has(tag)) return canonicalTags.get(tag);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    canonical = undefined;
  }
  canonicalTags.set(tag, canonical);
  return canonical;
}
