/** Link schemes catalog data may use; everything else (javascript:, data:, vbscript:, file:, ...) is dropped. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const PLACEHOLDER_BASE = 'https://relative.invalid/';
const PLACEHOLDER_ORIGIN = new URL(PLACEHOLDER_BASE).origin;

/**
 * An absolute http(s) link already in the form the URL parser gives back: lower-case scheme and
 * host, letters last in the host (never an IPv4 number to rewrite), no port, a path with no dot
 * segments, and only characters the parser leaves as they are. Catalog links almost always are,
 * and parsing thousands of them is most of what reading a catalog's links costs.
 */
const CANONICAL_HTTP_URL =
  /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z](?:[a-z0-9-]*[a-z0-9])?\/[\w\-.~!$&'()*+,;=:@/]*(?:\?[\w\-.~!$&()*+,;=:@/?]*)?(?:#[\w\-.~!$&'()*+,;=:@/?]*)?$/;
const DOT_SEGMENT = /\/\.{1,2}(?:[/?#]|$)/;

/** True when `safeUrl` may return the link as written, without parsing it (the parser would give the same text). */
export function isCanonicalHttpUrl(value: string): boolean {
  return CANONICAL_HTTP_URL.test(value) && !DOT_SEGMENT.test(value) && !value.includes('xn--');
}

/**
 * Returns the URL to use for a link or image from catalog data, or `null` when it is not safe.
 * The WHATWG parser does the work the browser would do (it strips tabs, newlines and surrounding
 * control characters, and lower-cases the scheme), so "  JaVa\tScRiPt:..." is seen as javascript:.
 * With a base the result is absolute; without one a relative URL is kept as written.
 */
export function safeUrl(raw: string, base?: string): string | null {
  const value = raw.trim();
  if (value === '') return null;
  if (isCanonicalHttpUrl(value)) return value;
  let parsed: URL;
  try {
    parsed = new URL(value, base ?? PLACEHOLDER_BASE);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return null;
  if (base) return parsed.href;
  return parsed.href.startsWith(PLACEHOLDER_BASE) || parsed.origin === PLACEHOLDER_ORIGIN
    ? value
    : parsed.href;
}
