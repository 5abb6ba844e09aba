import { queryCourses } from './course-query.js';
import { catalogUidDomain, sessionsToIcs, type SessionRef } from './ics.js';
import { foldForSearch } from './search.js';
import { DIVISION_IDS, MODALITIES, type Catalog, type DivisionId, type Modality } from './types.js';

/**
 * Subscription feeds: one `.ics` per division, modality and topic of a catalog, and one of every
 * session, which the catalog's host publishes (`hms-widgets feeds`) and calendars subscribe to.
 * `feeds.json` lists them, so a widget offers "Subscribe" only for a feed that exists.
 */

/** What one feed holds: every session, or those of one division, modality or topic. */
export interface FeedFilter {
  division?: DivisionId;
  modality?: Modality;
  topic?: string;
}

/** One feed in `feeds.json`. */
export interface FeedEntry {
  /** The file, relative to `feeds.json` (`division-global-academy.ics`). */
  file: string;
  /** What it holds; `{}` for everything. */
  filter: FeedFilter;
  /** The calendar's name, as subscribers see it. */
  name: string;
  /** How many events it has. */
  events: number;
}

/** `feeds.json`: the feeds a catalog's host publishes. */
export interface FeedsIndex {
  version: 1;
  /** When the feeds were written (ISO 8601). */
  generated: string;
  /** How often calendars are asked to fetch them again (ISO 8601 duration). */
  refreshInterval: string;
  feeds: FeedEntry[];
}

/** Options of {@link catalogFeeds}. */
export interface FeedOptions {
  now?: Date;
  /** How often subscribers should fetch again; default `PT12H`. */
  refreshInterval?: string;
  /** Most events per feed (default 10,000, a catalog's course limit). */
  maxEvents?: number;
}

/** The file name of a feed's filter: `all.ics`, `division-<id>.ics`, `modality-<id>.ics`, `topic-<slug>.ics`. */
export function feedFile(filter: FeedFilter): string {
  if (filter.division) return `division-${filter.division}.ics`;
  if (filter.modality) return `modality-${filter.modality}.ics`;
  if (filter.topic !== undefined) return `topic-${slug(filter.topic)}.ics`;
  return 'all.ics';
}

/** A topic as a file name: folded to ASCII lower case, runs of anything else as `-`. */
function slug(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'topic';
}

/** Every feed of a catalog: their `.ics` texts by file name, and the index that lists them. */
export function catalogFeeds(catalog: Catalog, options: FeedOptions = {}): { index: FeedsIndex; files: Map<string, string> } {
  const now = options.now ?? new Date();
  const refreshInterval = options.refreshInterval ?? 'PT12H';
  const maxEvents = options.maxEvents ?? 10_000;
  const organization = catalog.organization?.name ?? 'HMS';
  const uidDomain = catalogUidDomain(catalog);
  const topics = [...new Set(catalog.courses.flatMap((course) => course.topics))].sort();
  const filters: [FeedFilter, string][] = [
    [{}, organization],
    ...DIVISION_IDS.map((division): [FeedFilter, string] => [{ division }, catalog.divisions.find((d) => d.id === division)?.name ?? division]),
    ...MODALITIES.map((modality): [FeedFilter, string] => [{ modality }, modality]),
    ...topics.map((topic): [FeedFilter, string] => [{ topic }, topic]),
  ];
  const files = new Map<string, string>();
  const feeds: FeedEntry[] = [];
  for (const [filter, label] of filters) {
    const refs: SessionRef[] = [];
    for (const course of queryCourses(catalog.courses, filter)) course.sessions.forEach((_, index) => refs.push({ course, index }));
    if (refs.length === 0) continue;
    refs.sort((a, b) => Date.parse(a.course.sessions[a.index].start) - Date.parse(b.course.sessions[b.index].start));
    let file = feedFile(filter);
    // Two topics that fold to one name get their own files.
    for (let n = 2; files.has(file); n += 1) file = feedFile(filter).replace(/\.ics$/, `-${n}.ics`);
    const name = label === organization ? organization : `${organization}: ${label}`;
    const ics = sessionsToIcs(refs, { now, uidDomain, maxEvents, name, refreshInterval });
    if (!ics) continue;
    files.set(file, ics);
    feeds.push({ file, filter, name, events: Math.min(refs.length, maxEvents) });
  }
  return { index: { version: 1, generated: now.toISOString(), refreshInterval, feeds }, files };
}

/** The feed of `feeds` that holds exactly what `filter` shows, if there is one (no filter: everything). */
export function matchingFeed(feeds: readonly FeedEntry[], filter: Record<string, unknown>): FeedEntry | undefined {
  const set = Object.entries(filter).filter(([, value]) => value !== undefined && value !== '');
  if (set.length > 1) return undefined;
  const [key, value] = set[0] ?? [];
  if (key !== undefined && !['division', 'modality', 'topic'].includes(key)) return undefined;
  return feeds.find((feed) => {
    const own = Object.entries(feed.filter);
    return key === undefined ? own.length === 0 : own.length === 1 && own[0][0] === key && own[0][1] === value;
  });
}

/** Reads `feeds.json` as sent: the entries that are well formed (a `.ics` file name next to it, and a filter), or none. */
export function readFeedsIndex(data: unknown): FeedEntry[] {
  if (typeof data !== 'object' || data === null) return [];
  const { version, feeds } = data as { version?: unknown; feeds?: unknown };
  if (version !== 1 || !Array.isArray(feeds)) return [];
  return feeds.filter(
    (feed): feed is FeedEntry =>
      typeof feed === 'object' &&
      feed !== null &&
      typeof feed.file === 'string' &&
      /^[\w-]+\.ics$/.test(feed.file) &&
      typeof feed.filter === 'object' &&
      feed.filter !== null &&
      Object.values(feed.filter).every((value) => typeof value === 'string'),
  );
}

/** Subscribe links for a feed published at `url`: `webcal:` (Apple Calendar, Outlook) and Google Calendar's "add by URL". */
export function subscribeLinks(url: string): { webcal: string; google: string } | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  const webcal = url.replace(/^https?:/i, 'webcal:');
  return { webcal, google: `https://calendar.google.com/calendar/render?${new URLSearchParams({ cid: webcal })}` };
}

/** `feeds.json` next to the feeds, or the URL itself when it names a `.json` file. */
export function feedsIndexUrl(feedsUrl: string, base: string): string | undefined {
  try {
    const url = new URL(feedsUrl, base);
    if (!/^https?:$/.test(url.protocol)) return undefined;
    if (!url.pathname.endsWith('.json')) url.pathname = `${url.pathname.replace(/\/?$/, '/')}feeds.json`;
    return url.href;
  } catch {
    return undefined;
  }
}

const indexes = new Map<string, Promise<FeedEntry[]>>();

/**
 * The feeds listed at an index URL, fetched once per page (without cookies); none when it cannot be
 * read or is not a feeds index, so a widget then simply offers no "Subscribe".
 */
export function loadFeeds(indexUrl: string): Promise<FeedEntry[]> {
  let feeds = indexes.get(indexUrl);
  if (!feeds) {
    feeds = fetch(indexUrl, { credentials: 'omit', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : undefined))
      .then(readFeedsIndex)
      .catch(() => []);
    indexes.set(indexUrl, feeds);
  }
  return feeds;
}
