/** Link schemes catalog data may use; everything else (javascript:, data:, vbscript:, file:, ...) is dropped. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const PLACEHOLDER_BASE = 'https://relative.invalid/';

/**
 * Returns the URL to use for a link or image from catalog data, or `null` when it is not safe.
 * The WHATWG parser does the work the browser would do (it strips tabs, newlines and surrounding
 * control characters, and lower-cases the scheme), so "  JaVa\tScRiPt:..." is seen as javascript:.
 * With a base the result is absolute; without one a relative URL is kept as written.
 */
export function safeUrl(raw: string, base?: string): string | null {
  const value = raw.trim();
  if (value === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(value, base ?? PLACEHOLDER_BASE);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return null;
  if (base) return parsed.href;
  return parsed.href.startsWith(PLACEHOLDER_BASE) || parsed.origin === new URL(PLACEHOLDER_BASE).origin
    ? value
    : parsed.href;
}
