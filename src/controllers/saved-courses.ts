/**
 * The visitor's saved courses ("My plan, without an account"): the one thing a `saveable` widget or
 * `<hms-saved-courses>` keeps in the browser, in localStorage on the partner's origin, under one
 * namespaced and versioned key. What is kept, per catalog: each saved course's id, and the title and
 * first date it had when saved (to name it once the catalog no longer has it); nothing about the
 * visitor, and nothing is ever sent anywhere (SECURITY.md, "Privacy"). Every call is best effort:
 * a corrupt, foreign or oversized entry is ignored (and replaced by the next save), and a browser
 * that refuses storage (a private mode, blocked site data, a full quota) keeps the list for the
 * page only. Nothing is read or written until a widget that saves asks.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Localized } from '../catalog/localize.js';
import type { Course } from '../catalog/types.js';
import { TEXT_LIMITS } from '../catalog/validate.js';
import type { HmsSaveChangeDetail } from '../events/hms-save-change.js';
import { queryValue, withQueryValue } from './url-sync.js';

/** The localStorage key; the version changes when the stored format does. */
export const SAVED_KEY = 'hms-widgets:saved:v1';

/** How much is kept: past these, the oldest saved course (or catalog) goes first. */
export const SAVED_LIMITS = {
  /** Saved courses per catalog. */
  courses: 200,
  /** Catalogs (a site showing several catalogs keeps a list per catalog). */
  catalogs: 8,
  /** The stored text, in characters: an entry longer than this is not ours, and is ignored. */
  chars: 200_000,
} as const;

/** The page parameter a share link carries the saved ids in: `?hms-saved=c-0001,c-0002`. */
export const SHARE_PARAMETER = 'hms-saved';

/** One saved course as kept: its id, and its title (and language) and first start when it was saved. */
export interface SavedCourse {
  id: string;
  title: string;
  /** The title's language (BCP 47), when known. */
  lang?: string;
  /** The first session's start (ISO 8601), for a dated course. */
  start?: string;
}

/** The saved courses of each catalog, by the catalog's identity. */
type SavedLists = Map<string, readonly SavedCourse[]>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A catalog's identity as a key: a host name (`hms.harvard.edu`, `[::1]`) or `hms-widgets`. */
const CATALOG_KEY = /^[\w.:[\]-]{1,253}$/;
const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/;

/** One stored entry as a SavedCourse, or undefined when it is not one (wrong types, an id too long). */
function readEntry(entry: unknown): SavedCourse | undefined {
  if (!isRecord(entry)) return undefined;
  const { id, title, lang, start } = entry;
  if (typeof id !== 'string' || id === '' || id.length > TEXT_LIMITS.id || typeof title !== 'string') return undefined;
  const course: SavedCourse = { id, title: title.slice(0, TEXT_LIMITS.short) };
  if (typeof lang === 'string' && LANGUAGE.test(lang)) course.lang = lang;
  if (typeof start === 'string' && start.length <= 40 && Number.isFinite(Date.parse(start))) course.start = start;
  return course;
}

/**
 * Reads the stored text: `{ "version": 1, "catalogs": { "<catalog>": [{ "id", "title", "lang"?, "start"? }] } }`.
 * Anything else (no text, text over the size limit, broken JSON, another version, another shape)
 * gives no list, without an error; a wrong entry is skipped, the rest kept, within the limits.
 */
export function parseSaved(text: string | null | undefined): SavedLists {
  const lists: SavedLists = new Map();
  if (typeof text !== 'string' || text.length > SAVED_LIMITS.chars) return lists;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return lists;
  }
  if (!isRecord(doc) || doc.version !== 1 || !isRecord(doc.catalogs)) return lists;
  for (const [key, entries] of Object.entries(doc.catalogs)) {
    if (lists.size >= SAVED_LIMITS.catalogs) break;
    if (!CATALOG_KEY.test(key) || !Array.isArray(entries)) continue;
    const courses: SavedCourse[] = [];
    const ids = new Set<string>();
    for (const entry of entries) {
      const course = readEntry(entry);
      if (!course || ids.has(course.id)) continue;
      ids.add(course.id);
      courses.push(course);
      if (courses.length >= SAVED_LIMITS.courses) break;
    }
    if (courses.length) lists.set(key, courses);
  }
  return lists;
}

/** The lists as stored text (JSON); `Object.fromEntries` makes every catalog key an own property. */
function serialize(lists: SavedLists): string {
  return JSON.stringify({ version: 1, catalogs: Object.fromEntries(lists) });
}

/** What was last read or written, and the text it came from (null: nothing stored). */
let current: { text: string | null; lists: SavedLists } | undefined;
const listeners = new Set<() => void>();

/** The page's localStorage, or undefined where the browser refuses it (reading the property can throw). */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The saved lists now: read again when the stored text changed (another tab, another widget's copy
 * of the library), else the ones in hand. Without storage, the page's own (in memory).
 */
function readLists(): SavedLists {
  let text: string | null | undefined;
  try {
    text = storage()?.getItem(SAVED_KEY);
  } catch {
    text = undefined;
  }
  if (text === undefined) return (current ??= { text: null, lists: new Map() }).lists;
  if (!current || current.text !== text) current = { text, lists: parseSaved(text) };
  return current.lists;
}

/**
 * Changes one catalog's list and keeps the result: stored when the browser allows (the key removed
 * when nothing is saved), in memory for the page otherwise. Tells every widget on the page; the
 * browser tells other tabs (the `storage` event). Returns whether it was stored.
 */
function writeList(catalog: string, change: (courses: readonly SavedCourse[]) => readonly SavedCourse[]): boolean {
  const lists: SavedLists = new Map(readLists());
  const courses = change(lists.get(catalog) ?? []).slice(-SAVED_LIMITS.courses);
  // The catalog changed last goes last: past the limit, the one left alone longest is dropped.
  lists.delete(catalog);
  if (courses.length) lists.set(catalog, courses);
  for (const key of lists.keys()) if (lists.size > SAVED_LIMITS.catalogs) lists.delete(key);
  const text = lists.size ? serialize(lists) : null;
  let stored = false;
  const store = storage();
  if (store && (text === null || text.length <= SAVED_LIMITS.chars)) {
    try {
      if (text === null) store.removeItem(SAVED_KEY);
      else store.setItem(SAVED_KEY, text);
      stored = true;
    } catch {
      // over quota, or storage went away: the page keeps the list in memory
    }
  }
  current = { text: stored ? text : (current?.text ?? null), lists };
  for (const listener of [...listeners]) listener();
  return stored;
}

function onStorage(event: StorageEvent): void {
  // Another tab changed the list, or cleared the site's storage (key null).
  if (event.key === SAVED_KEY || event.key === null) for (const listener of [...listeners]) listener();
}

/** Calls `listener` whenever the saved lists change, on this page or in another tab; returns the unsubscribe. */
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** A course as it is kept: its id, its title as the visitor saw it, and its first start. */
export function savedEntry(course: Course, title?: Localized): SavedCourse {
  const entry: SavedCourse = { id: course.id, title: (title?.text ?? course.title ?? '').slice(0, TEXT_LIMITS.short) };
  if (title?.lang && LANGUAGE.test(title.lang)) entry.lang = title.lang;
  // The date the card shows: its first session's.
  const start = Date.parse(course.sessions[0]?.start ?? '');
  if (Number.isFinite(start)) entry.start = new Date(start).toISOString();
  return entry;
}

/** What a change did: whether the browser kept it, and the catalog's saved ids now. */
export interface SavedChange {
  stored: boolean;
  savedIds: string[];
}

const idSets = new WeakMap<readonly SavedCourse[], Set<string>>();

/**
 * A widget's view of the visitor's saved courses, live: it reads them once per update, and updates
 * its widget when they change (on this page, or in another tab). Off (`enabled` false: a widget
 * without `saveable`), it reads and writes nothing. A server-rendered widget shows "not saved" in its
 * first render, as the server did (hydration needs the server's markup), then the saved state.
 */
export class SavedCoursesController implements ReactiveController {
  #unsubscribe?: () => void;
  #lists?: SavedLists;
  #live: boolean;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly enabled: () => boolean,
  ) {
    this.#live = !isServer && host.shadowRoot === null;
    host.addController(this);
  }

  hostConnected(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  hostUpdate(): void {
    this.#follow();
    this.#lists = this.#live && this.enabled() ? readLists() : undefined;
  }

  hostUpdated(): void {
    if (this.#live || isServer) return;
    this.#live = true;
    if (this.enabled()) this.host.requestUpdate();
  }

  /** The saved courses of a catalog (by its identity, `catalogUidDomain`), in the order saved. */
  list(catalog: string): readonly SavedCourse[] {
    return this.#lists?.get(catalog) ?? [];
  }

  /** True when the visitor saved the course `id` of `catalog`. */
  has(catalog: string, id: string): boolean {
    const list = this.#lists?.get(catalog);
    if (!list) return false;
    let ids = idSets.get(list);
    if (!ids) idSets.set(list, (ids = new Set(list.map((course) => course.id))));
    return ids.has(id);
  }

  /** The length of the longest saved list (of any catalog): what a skeleton reserves before its catalog is in. */
  longest(): number {
    let most = 0;
    for (const list of this.#lists?.values() ?? []) most = Math.max(most, list.length);
    return most;
  }

  /** Saves these courses (each once, at the end of the list), or removes these ids. */
  change(catalog: string, save: readonly SavedCourse[], remove: readonly string[] = []): SavedChange {
    const gone = new Set([...remove, ...save.map((course) => course.id)]);
    const stored = writeList(catalog, (courses) => [...courses.filter((course) => !gone.has(course.id)), ...save]);
    // The host reads the lists again in its next update; the change is already in them.
    this.#lists = readLists();
    return { stored, savedIds: this.list(catalog).map((course) => course.id) };
  }

  /** Saves `course` (with its title as the widget shows it), or removes it when saved: what `hms-save-change` then says. */
  toggle(catalog: string, course: Course, title?: Localized): HmsSaveChangeDetail {
    const saved = !this.has(catalog, course.id);
    const { stored, savedIds } = this.change(catalog, saved ? [savedEntry(course, title)] : [], saved ? [] : [course.id]);
    return { id: course.id, course, saved, ids: [course.id], savedIds, stored };
  }

  #follow(): void {
    const on = !isServer && this.host.isConnected && this.enabled();
    if (on && !this.#unsubscribe) this.#unsubscribe = subscribe(() => this.host.requestUpdate());
    else if (!on && this.#unsubscribe) this.hostDisconnected();
  }
}

/**
 * The course ids a share link carries (`?hms-saved=c-0001,c-0002` on the current page), or undefined
 * when the page was not opened from one. Ids past the per-catalog limit, or longer than a catalog
 * id can be, are left out.
 */
export function sharedIds(search: string = isServer ? '' : location.search): string[] | undefined {
  const value = queryValue(search, SHARE_PARAMETER);
  if (value === undefined) return undefined;
  const ids = [...new Set(value.split(',').map((id) => id.trim()))].filter((id) => id && id.length <= TEXT_LIMITS.id);
  return ids.length ? ids.slice(0, SAVED_LIMITS.courses) : undefined;
}

/**
 * The current page's address with `ids` as its share parameter, every other byte of it as it was.
 * An id holding a comma cannot go in the list (the comma separates ids) and is left out.
 */
export function shareUrl(ids: readonly string[], href: string = location.href): string {
  const url = new URL(href);
  const value = ids.filter((id) => !id.includes(',')).map((id) => encodeURIComponent(id)).join(',');
  url.search = withQueryValue(url.search, SHARE_PARAMETER, value);
  return url.href;
}

/** Takes the share parameter out of the page's address (in place, no new history entry). */
export function leaveSharedList(): void {
  const url = new URL(location.href);
  url.search = withQueryValue(url.search, SHARE_PARAMETER);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
