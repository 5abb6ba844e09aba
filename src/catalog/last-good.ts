/**
 * The last good catalog per URL, kept in the visitor's browser (Cache Storage on the partner's
 * origin, never cookies) so that a repeat visit renders at once and an outage of the catalog host
 * shows the last copy instead of an error. What is kept: the catalog's text as its server sent it,
 * its final URL and when it was saved; nothing about the visitor, and nothing leaves the browser
 * (SECURITY.md, "Privacy"). Every call here is best effort: a browser without Cache Storage, a
 * sandboxed frame, a full quota or a damaged entry make it a no-op, never an error on the page.
 */

/** The Cache Storage cache that holds the copies; the version changes when the entry format does. */
export const LAST_GOOD_CACHE = 'hms-widgets-last-good-v1';

/** How much is kept: catalogs older than `maxAgeDays` are not shown and are deleted. */
export const LAST_GOOD_LIMITS = {
  /** A copy older than this is never shown (and is deleted when read). */
  maxAgeDays: 30,
  /** Catalog URLs kept per site; the oldest copy goes first. */
  maxEntries: 8,
  /** Catalog texts longer than this (in characters, about bytes) are not kept. */
  maxChars: 4_000_000,
} as const;

/** The header that marks an entry as ours, with the entry format's version. */
const MARK = 'X-Hms-Widgets-Last-Good';
const FORMAT = '1';
const SAVED_AT = 'X-Hms-Saved-At';
const BASE_URL = 'X-Hms-Base-Url';
const DAY = 86_400_000;

/** A stored copy as it was read: the catalog text, where it really came from, and when it was saved. */
export interface StoredCatalog {
  text: string;
  /** The URL the catalog was finally read from (after redirects): relative links resolve against it. */
  baseUrl: string;
  /** When the copy was saved (milliseconds since the epoch). */
  savedAt: number;
}

/** True where the browser gives this page Cache Storage (a secure context: https or localhost). */
export function lastGoodAvailable(): boolean {
  return typeof caches !== 'undefined' && typeof isSecureContext === 'boolean' && isSecureContext;
}

async function open(): Promise<Cache | undefined> {
  if (!lastGoodAvailable()) return undefined;
  try {
    return await caches.open(LAST_GOOD_CACHE);
  } catch {
    return undefined; // storage refused (a sandboxed frame, a private mode, a browser setting)
  }
}

/**
 * The stored copy of the catalog at `url`, or undefined. An entry that is not ours, of another
 * format, too old, dated in the future or unreadable is deleted and never returned.
 */
export async function readLastGood(url: string): Promise<StoredCatalog | undefined> {
  const cache = await open();
  if (!cache) return undefined;
  try {
    const response = await cache.match(url);
    if (!response) return undefined;
    const savedAt = Number(response.headers.get(SAVED_AT));
    const baseUrl = response.headers.get(BASE_URL) ?? '';
    const now = Date.now();
    const fresh = Number.isFinite(savedAt) && savedAt > 0 && savedAt <= now + 60_000 && now - savedAt <= LAST_GOOD_LIMITS.maxAgeDays * DAY;
    if (response.headers.get(MARK) !== FORMAT || !fresh || !/^https?:/.test(baseUrl)) {
      await cache.delete(url);
      return undefined;
    }
    const text = await response.text();
    if (text.length > LAST_GOOD_LIMITS.maxChars) {
      await cache.delete(url);
      return undefined;
    }
    return { text, baseUrl, savedAt };
  } catch {
    return undefined;
  }
}

/** Keeps `text` as the last good catalog of `url` (replacing the previous copy), within the limits. */
export async function saveLastGood(url: string, text: string, baseUrl: string): Promise<void> {
  if (text.length > LAST_GOOD_LIMITS.maxChars) return forgetLastGood(url);
  const cache = await open();
  if (!cache) return;
  try {
    const headers = { 'Content-Type': 'application/json', [MARK]: FORMAT, [SAVED_AT]: String(Date.now()), [BASE_URL]: baseUrl };
    await cache.put(url, new Response(text, { headers }));
    await evict(cache);
  } catch {
    // over quota, or storage went away: the page simply has no copy next time
  }
}

/** Deletes the stored copy of `url`, or every stored copy without an argument. */
export async function forgetLastGood(url?: string): Promise<void> {
  if (!lastGoodAvailable()) return;
  try {
    if (url === undefined) await caches.delete(LAST_GOOD_CACHE);
    else await (await open())?.delete(url);
  } catch {
    // nothing to forget
  }
}

/** Deletes the oldest copies past {@link LAST_GOOD_LIMITS.maxEntries}. */
async function evict(cache: Cache): Promise<void> {
  const keys = await cache.keys();
  if (keys.length <= LAST_GOOD_LIMITS.maxEntries) return;
  const dated = await Promise.all(
    keys.map(async (request) => ({ request, savedAt: Number((await cache.match(request))?.headers.get(SAVED_AT)) || 0 })),
  );
  dated.sort((a, b) => a.savedAt - b.savedAt);
  for (const { request } of dated.slice(0, dated.length - LAST_GOOD_LIMITS.maxEntries)) await cache.delete(request);
}
