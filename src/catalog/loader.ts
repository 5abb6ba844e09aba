import {
  CatalogError,
  CatalogHttpError,
  CatalogNetworkError,
  CatalogTimeoutError,
  isAbortError,
  type NetworkFailure,
} from './errors.js';
import type { Catalog, CatalogIssue } from './types.js';
import { parseCatalogText } from './parse.js';
import { validateCatalog, validateCatalogInSlices } from './validate.js';
import { nextTask, whenIdle } from '../internal/idle.js';
import { forgetLastGood, readLastGood, saveLastGood } from './last-good.js';

/** How the shared loader talks to catalog servers. */
export interface LoaderOptions {
  /** Milliseconds one attempt may take, body included. */
  timeout: number;
  /** Further attempts after a network error, a 5xx or a 429. Never for other 4xx, timeouts or bad bodies. */
  retries: number;
  /** First backoff delay in ms; each retry doubles it, with jitter. */
  retryDelay: number;
  /** The longest wait before a retry, in ms; a `Retry-After` beyond it is not waited for. */
  maxRetryDelay: number;
  /**
   * Whether catalog requests carry the visitor's cookies: `'omit'` by default (a public catalog needs
   * none, and the partner's visitors' sessions are none of the catalog host's business); `'include'`
   * for a catalog behind a login. Pages on the CDN files say it with
   * `<meta name="hms-catalog-credentials" content="include">`.
   */
  credentials?: RequestCredentials;
  /**
   * Whether widgets keep the last good copy of each catalog in the visitor's browser and show it at
   * once on the next visit, and through an outage of the catalog host: `'last-good'` (the default)
   * or `'none'`. A widget's own `cache` attribute wins; pages on the CDN files say it with
   * `<meta name="hms-catalog-cache" content="none">`.
   */
  cache?: CacheMode;
}

/** Whether a load may use the last good copy kept in the browser (see {@link LoaderOptions.cache}). */
export type CacheMode = 'last-good' | 'none';

const defaults: LoaderOptions = { timeout: 10_000, retries: 2, retryDelay: 500, maxRetryDelay: 10_000 };
let options: LoaderOptions = { ...defaults };
/** Body length (UTF-16 units) past which decoding, parsing and validation each get tasks of their own. */
const LARGE_BODY = 1_000_000;

/** Changes how every widget on the page loads catalogs, e.g. `configureCatalogLoader({ timeout: 5000 })`. */
export function configureCatalogLoader(changes: Partial<LoaderOptions>): LoaderOptions {
  options = { ...options, ...changes };
  return { ...options };
}

const CREDENTIALS: readonly string[] = ['omit', 'same-origin', 'include'];

/** `<meta name="hms-catalog-credentials">` when it names a mode, else `'omit'`. */
function credentialsFromPage(): RequestCredentials {
  const mode = document.querySelector<HTMLMetaElement>('meta[name="hms-catalog-credentials"]')?.content.trim() ?? '';
  return CREDENTIALS.includes(mode) ? (mode as RequestCredentials) : 'omit';
}

/**
 * The cache mode of a load: the widget's own `cache` attribute, else the loader option, else
 * `<meta name="hms-catalog-cache">`, else `'last-good'`.
 */
export function cacheMode(own?: string): CacheMode {
  const page = () => document.querySelector<HTMLMetaElement>('meta[name="hms-catalog-cache"]')?.content.trim();
  const mode = own || options.cache || page();
  return mode === 'none' ? 'none' : 'last-good';
}

/** Puts the loader options back to their defaults. */
export function resetCatalogLoader(): void {
  options = { ...defaults };
}

/** A catalog that has been loaded and validated, as every widget that asked for it shares it. */
export interface LoadedCatalog {
  catalog: Catalog;
  issues: CatalogIssue[];
  /** Absolute URL of the document, or undefined for a `catalog` property or inline JSON. */
  url: string | undefined;
  /** Set once the issues have been reported, so that they are reported once. */
  issuesReported: boolean;
  /**
   * Set when this is the last good copy kept in the browser rather than the server's answer:
   * when it was saved, and whether the server has since failed (the widget then says "Updated on …").
   */
  lastGood?: { savedAt: number; networkFailed: boolean };
}

/** A copy the server confirmed is saved again (with a new date) only when it is older than this. */
const RESAVE_AFTER_MS = 86_400_000;

/** Turns parsed JSON into a {@link LoadedCatalog}; throws CatalogSchemaError when it is not a catalog. */
export function toLoadedCatalog(json: unknown, url: string | undefined, baseUrl: string | undefined): LoadedCatalog {
  const { catalog, issues } = validateCatalog(json, { baseUrl });
  return { catalog, issues, url, issuesReported: false };
}

/**
 * As {@link toLoadedCatalog}, validating a slice at a time so that a large catalog does not hold the
 * page's main thread (the widgets' loads all go through here).
 */
export async function toLoadedCatalogInSlices(json: unknown, url: string | undefined, baseUrl: string | undefined): Promise<LoadedCatalog> {
  const { catalog, issues } = await validateCatalogInSlices(json, { baseUrl });
  return { catalog, issues, url, issuesReported: false };
}

interface Entry {
  promise: Promise<LoadedCatalog>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
  /** What the entry gives now: its first result, then a newer version or the copy with its note. */
  value?: LoadedCatalog;
}

/** What a load of a URL may do with the last good copy kept in the browser. */
export interface LoadOptions {
  /** `'none'`: neither show nor keep a copy (the widget's `cache="none"`). */
  cache?: CacheMode;
}

/**
 * One store per page, keyed by absolute URL: every widget that asks for the same URL shares one
 * request and its result. A request in flight is aborted when the last widget waiting for it
 * stops waiting; a failure is not kept, so the next load (a Retry) asks the server again.
 * With the last good copy on, a URL's load answers with the copy kept in the browser when that
 * comes first, asks the server all the same, and then gives every widget on that URL the new
 * version (or the copy with its "updated on" note when the server fails) at once.
 */
export class CatalogStore {
  readonly #entries = new Map<string, Entry>();
  readonly #listeners = new Map<string, Set<(loaded: LoadedCatalog) => void>>();
  /** URLs whose next load skips the stored copy (a refresh or Retry asks the server, not the browser). */
  readonly #skipCopy = new Set<string>();

  /**
   * Calls `listener` each time a new load of `url` succeeds (a Retry or refresh() by any widget),
   * so that every widget on that source shows the same version. Returns the unsubscribe function.
   */
  subscribe(url: string, listener: (loaded: LoadedCatalog) => void): () => void {
    const key = normalizeUrl(url);
    let set = this.#listeners.get(key);
    if (!set) this.#listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.#listeners.get(key) === set) this.#listeners.delete(key);
    };
  }

  /** How many widgets listen for new versions (for leak checks). */
  get listenerCount(): number {
    let count = 0;
    for (const set of this.#listeners.values()) count += set.size;
    return count;
  }

  /** The version of `url` the page shows now, if a load of it has settled. */
  latest(url: string, options: LoadOptions = {}): LoadedCatalog | undefined {
    return this.#entries.get(entryKey(normalizeUrl(url), options))?.value;
  }

  /** Loads (or joins the load of) the catalog at `url`. Rejects with an AbortError when `signal` aborts. */
  load(url: string, signal?: AbortSignal, options: LoadOptions = {}): Promise<LoadedCatalog> {
    const key = normalizeUrl(url);
    const id = entryKey(key, options);
    let entry = this.#entries.get(id);
    if (!entry) entry = this.#start(key, id, options.cache !== 'none');
    // The entry's value at the time the promise settles: a newer version may have replaced the first.
    const current = entry;
    if (current.settled) return current.promise.then((value) => current.value ?? value);
    if (signal?.aborted) return Promise.reject(signal.reason);
    entry.waiters += 1;
    return new Promise<LoadedCatalog>((resolve, reject) => {
      const onAbort = () => {
        current.waiters -= 1;
        if (current.waiters === 0 && !current.settled) {
          current.controller.abort();
          if (this.#entries.get(id) === current) this.#entries.delete(id);
        }
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      current.promise.then(
        (value) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(current.value ?? value);
        },
        (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  /**
   * Starts loading `url` if nothing on the page has yet (a widget asks as it connects, before its
   * first render's turn); the widget's own `load()` later joins it. Never aborted: its result is the page's.
   */
  prefetch(url: string, options: LoadOptions = {}): void {
    const key = normalizeUrl(url);
    const id = entryKey(key, options);
    if (!this.#entries.has(id)) this.#start(key, id, options.cache !== 'none');
  }

  /** Forgets the result for `url`, so the next load asks the server again (not the stored copy). */
  invalidate(url: string): void {
    const key = normalizeUrl(url);
    for (const id of [entryKey(key, {}), entryKey(key, { cache: 'none' })]) {
      const entry = this.#entries.get(id);
      if (entry?.settled) this.#entries.delete(id);
    }
    this.#skipCopy.add(key);
  }

  /** Forgets every settled result. */
  clear(): void {
    for (const [key, entry] of this.#entries) if (entry.settled) this.#entries.delete(key);
  }

  #start(key: string, id: string, useCopy: boolean): Entry {
    const controller = new AbortController();
    const entry: Entry = { controller, waiters: 0, settled: false, promise: undefined! };
    // After a refresh or Retry the copy is not shown first, but still stands in if the server fails.
    const copyFirst = useCopy && !this.#skipCopy.delete(key);
    const live = () => this.#entries.get(id) === entry;
    entry.promise = new Promise<LoadedCatalog>((resolve, reject) => {
      const settle = (loaded: LoadedCatalog, notify: boolean) => {
        entry.value = loaded;
        if (!entry.settled) {
          entry.settled = true;
          resolve(loaded);
        }
        if (notify) for (const listener of [...(this.#listeners.get(key) ?? [])]) listener(loaded);
      };
      // The copy kept in the browser, validated again as any catalog is; shown if it comes first.
      let copy: Promise<Awaited<ReturnType<typeof loadCopy>>> | undefined;
      if (copyFirst) {
        copy = loadCopy(key);
        void copy.then((stored) => {
          if (stored && !entry.settled && live()) settle(stored.loaded, false);
        });
      }
      // The server is asked all the same (the browser's HTTP cache revalidates with ETag).
      fetchCatalog(key, controller.signal, (text, baseUrl) => (entry.value?.lastGood && copyText.get(entry.value) === `${baseUrl}\n${text}` ? entry.value : undefined)).then(
        ({ loaded, text, baseUrl }) => {
          // Kept once the page is idle (encoding a catalog for Cache Storage took 20-70 ms of a render
          // task on a phone), and not again when the server sent the copy's very text less than a day
          // after it was saved (the date only matters for the copy's 30-day limit).
          if (useCopy) {
            void (copy ?? Promise.resolve(undefined)).then((stored) => {
              const confirmed = stored && copyText.get(stored.loaded) === `${baseUrl}\n${text}` && Date.now() - stored.savedAt < RESAVE_AFTER_MS;
              if (!confirmed) whenIdle(() => void saveLastGood(key, text, baseUrl), 200, 2000);
            });
          }
          if (!live()) return;
          if (loaded === entry.value) {
            // The same catalog as the copy shown: nothing changes on screen.
            delete loaded.lastGood;
            return;
          }
          settle(loaded, true);
        },
        async (error: unknown) => {
          const stored = controller.signal.aborted || !useCopy ? undefined : await (copy ??= loadCopy(key));
          if (stored && live()) {
            // The server failed: the copy stays, with its date.
            settle({ ...stored.loaded, lastGood: { savedAt: stored.savedAt, networkFailed: true } }, true);
            return;
          }
          if (entry.settled) return;
          entry.settled = true;
          if (live()) this.#entries.delete(id);
          reject(error);
        },
      );
    });
    // A load whose every waiter left is rejected with an AbortError nobody reads.
    entry.promise.catch(() => {});
    this.#entries.set(id, entry);
    return entry;
  }
}

/** The raw text (with its base URL) of each copy read from the browser, to tell the server's answer is the same. */
const copyText = new WeakMap<LoadedCatalog, string>();

/** The stored copy of `url`, validated; a copy that does not read as a catalog is deleted and ignored. */
async function loadCopy(url: string): Promise<{ loaded: LoadedCatalog; savedAt: number } | undefined> {
  const stored = await readLastGood(url);
  if (!stored) return undefined;
  try {
    const loaded = await toLoadedCatalogInSlices(parseCatalogText(stored.text, url), url, stored.baseUrl);
    loaded.lastGood = { savedAt: stored.savedAt, networkFailed: false };
    copyText.set(loaded, `${stored.baseUrl}\n${stored.text}`);
    return { loaded, savedAt: stored.savedAt };
  } catch {
    await forgetLastGood(url);
    return undefined;
  }
}

function entryKey(key: string, options: LoadOptions): string {
  return options.cache === 'none' ? `none ${key}` : key;
}

/** The store every widget on this page shares. */
export const catalogStore = new CatalogStore();

function normalizeUrl(url: string): string {
  const absolute = new URL(url, document.baseURI);
  absolute.hash = '';
  return absolute.href;
}

/**
 * Fetches, parses and validates one catalog, with a timeout per attempt and retries with backoff.
 * `same(text, baseUrl)` may answer with a catalog already validated from the same text.
 */
async function fetchCatalog(
  url: string,
  signal: AbortSignal,
  same: (text: string, baseUrl: string) => LoadedCatalog | undefined = () => undefined,
): Promise<{ loaded: LoadedCatalog; text: string; baseUrl: string }> {
  const { retries } = options;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const { text, contentType, finalUrl } = await fetchOnce(url, signal, options.timeout);
      // The same text as the stored copy: its validation is reused.
      const sameText = same(text, finalUrl);
      if (sameText) return { loaded: sameText, text, baseUrl: finalUrl };
      // A large body costs the browser a task to decode and JSON.parse another: neither shares its
      // task with the other or with the first validation slice (20 MB: about 140 ms of parsing).
      const large = text.length > LARGE_BODY;
      if (large) await nextTask();
      const json = parseCatalogText(text, url, contentType);
      if (large) await nextTask();
      // After a redirect, relative links in the catalog are relative to where it really is.
      const loaded = await toLoadedCatalogInSlices(json, url, finalUrl);
      return { loaded, text, baseUrl: finalUrl };
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      const delay = attempt < retries ? retryDelay(error, attempt) : undefined;
      if (delay === undefined) throw error;
      await sleep(delay, signal);
    }
  }
}

async function fetchOnce(url: string, outer: AbortSignal, timeout: number): Promise<{ text: string; contentType: string; finalUrl: string }> {
  const controller = new AbortController();
  const abort = () => controller.abort(outer.reason);
  outer.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  let headersReceived = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
      credentials: options.credentials ?? credentialsFromPage(),
    });
    if (!response.ok) {
      throw new CatalogHttpError(url, response.status, parseRetryAfter(response.headers.get('Retry-After')));
    }
    headersReceived = true;
    const text = await response.text();
    return { text, contentType: response.headers.get('Content-Type') ?? '', finalUrl: response.url || url };
  } catch (error) {
    if (timedOut) throw new CatalogTimeoutError(url, timeout);
    if (outer.aborted || isAbortError(error) || error instanceof CatalogError) throw error;
    throw new CatalogNetworkError(url, error, networkFailure(url, headersReceived));
  } finally {
    clearTimeout(timer);
    outer.removeEventListener('abort', abort);
  }
}

/** What the browser's TypeError most likely meant (it gives no detail, on purpose). */
function networkFailure(url: string, headersReceived: boolean): NetworkFailure {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (headersReceived) return 'interrupted';
  const here = typeof location !== 'undefined' ? location.origin : undefined;
  return here && new URL(url).origin !== here ? 'cross-origin' : 'unreachable';
}

/** Milliseconds to wait before the next attempt, or undefined when the error is not worth retrying. */
function retryDelay(error: unknown, attempt: number): number | undefined {
  const backoff = Math.min(options.maxRetryDelay, options.retryDelay * 2 ** attempt);
  const jittered = backoff / 2 + Math.random() * (backoff / 2);
  // Offline, there is nothing to retry against: widgets load again when the browser is back online.
  if (error instanceof CatalogNetworkError) return error.failure === 'offline' ? undefined : jittered;
  if (error instanceof CatalogHttpError && (error.status >= 500 || error.status === 429)) {
    if (error.retryAfter === undefined) return jittered;
    const wait = error.retryAfter * 1000;
    return wait <= options.maxRetryDelay ? wait : undefined;
  }
  return undefined;
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date). */
function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
