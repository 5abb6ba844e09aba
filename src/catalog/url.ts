/** Link schemes catalog data may use; everything else (javascript:, data:, vbscript:, file:, ...) is dropped. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const PLACEHOLDER_BASE = 'https://relative.invalid/';

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

// What the URL parser ignores before it reads a link: tab and newline anywhere, C0 controls and
// spaces at either end. A link is judged (and, when relative, returned) as the parser will read it.
// eslint-disable-next-line no-control-regex
const PARSER_SKIPS = /[\t\n\r]|^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
/** A scheme, as the parser finds one: such a link is absolute even when it has no `//` (`https:evil.example`). */
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
/** `//host`, `/\host`, `\\host`: relative in form, but they name another host (the parser reads `\\` as `/`). */
const NETWORK_PATH = /^[/\\]{2}/;
/** Controls the parser would percent-encode in a relative link; encoded here too, so the link is safe as text. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
/** One plain address (`name@host`): no spaces, controls, quotes, brackets or header separators. */
// eslint-disable-next-line no-control-regex
const ADDRESS = /^[^\s@,;:<>()[\]"\\\u0000-\u001F\u007F-\u009F]+@[^\s@,;:<>()[\]"\\\u0000-\u001F\u007F-\u009F]+$/;

/**
 * A `mailto:` link with its addresses only: `?subject=`, `body=`, `cc=`, `bcc=`, `to=` and the
 * fragment are dropped, so a catalog cannot pre-fill a message or copy it to someone else.
 * Returns null when there is no plain address left.
 */
function mailtoAddresses(url: URL): string | null {
  const to = url.pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(to);
  } catch {
    return null;
  }
  return decoded.split(',').every((address) => ADDRESS.test(address.trim())) ? `mailto:${to}` : null;
}

/**
 * Returns the URL to use for a link or image from catalog data, or `null` when it is not safe.
 * The WHATWG parser does the work the browser would do (it strips tabs, newlines and surrounding
 * control characters, and lower-cases the scheme), so "  JaVa\tScRiPt:..." is seen as javascript:.
 * With a base the result is absolute. Without one a relative path is kept as the parser reads it;
 * a link with a scheme (`https:host`) or that starts with two slashes or backslashes (`//host`,
 * `/\host`) names a host of its own, so it is returned absolute (`https:` for `//host`) and
 * checked as such. A `mailto:` link keeps only its addresses.
 */
export function safeUrl(raw: string, base?: string): string | null {
  const value = raw.trim();
  if (value === '') return null;
  if (isCanonicalHttpUrl(value)) return value;
  const link = value.replace(PARSER_SKIPS, '');
  if (link === '') return null;
  const absolute = SCHEME.test(link);
  let parsed: URL;
  try {
    parsed = absolute && !base ? new URL(link) : new URL(link, base ?? PLACEHOLDER_BASE);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol === 'mailto:') return mailtoAddresses(parsed);
  if (base || absolute || NETWORK_PATH.test(link)) return parsed.href;
  return link.replace(CONTROLS, encodeURIComponent);
}

/** The URL of an image from catalog data, or `null`: as {@link safeUrl}, but never `mailto:` (an image is fetched, never mailed). */
export function safeImageUrl(raw: string, base?: string): string | null {
  const url = safeUrl(raw, base);
  return url === null || url.startsWith('mailto:') ? null : url;
}
