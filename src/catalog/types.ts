/**
 * The HMS catalog data model, version 1: what a catalog document holds once it is validated.
 * `schema/catalog-v1.schema.json` describes the same shape for catalog authors.
 */

/** The only document version this reader accepts. Richer v1 documents keep `version: 1`. */
export const CATALOG_VERSION = 1;

/** The three parts of HMS Global and Continuing Education. */
export type DivisionId = 'global-academy' | 'continuing-education' | 'global-education';
/** How a course is taught: `rss` is a Regularly Scheduled Series. */
export type Modality = 'online' | 'live' | 'rss' | 'blended';
/** Where a course stands for a visitor who wants to take it. */
export type CourseStatus = 'open' | 'waitlist' | 'closed' | 'upcoming' | 'on-demand';
/** News and blog posts. */
export type PostKind = 'news' | 'blog';

/** All division ids, in the order widgets show them. */
export const DIVISION_IDS: readonly DivisionId[] = ['global-academy', 'continuing-education', 'global-education'];
/** All modalities. */
export const MODALITIES: readonly Modality[] = ['online', 'live', 'rss', 'blended'];
/** All course statuses. */
export const COURSE_STATUSES: readonly CourseStatus[] = ['open', 'waitlist', 'closed', 'upcoming', 'on-demand'];
/** All post kinds. */
export const POST_KINDS: readonly PostKind[] = ['news', 'blog'];

/**
 * An item's text in other languages: BCP 47 tag (canonical, e.g. `es`, `pt-BR`) to the item's own
 * text fields in that language. A list field (a division's `offerings`) translates as a list.
 * Widgets pick each field in the visitor's language ({@link localized} in `catalog/localize.ts`).
 */
export type Translations = Record<string, Record<string, string | string[]>>;

/** Anything a catalog holds that has text of its own: it may carry translations of that text. */
export interface Translatable {
  translations?: Translations;
}

/**
 * A topic or an audience: a stable id (what courses list, filters choose and URLs hold) and its
 * label, which may be translated.
 */
export interface Term extends Translatable {
  id: string;
  label: string;
}

/** A headline number about the organization ("17" / "affiliated hospitals"). */
export interface Fact extends Translatable {
  value: string;
  label: string;
}

/** The organization behind the catalog. */
export interface Organization extends Translatable {
  name: string;
  url?: string;
  founded?: number;
  facts: Fact[];
}

/** Who signs the mission statement. */
export interface Attribution extends Translatable {
  name: string;
  title?: string;
}

/** The mission statement with its attribution. */
export interface Mission extends Translatable {
  statement: string;
  attribution: Attribution;
}

/** One division, with the kinds of offering it runs ("Live Courses", ...). */
export interface Division extends Translatable {
  id: DivisionId;
  name: string;
  summary: string;
  url?: string;
  offerings: string[];
}

/** An image and its text alternative (empty alt marks it decorative). */
export interface CatalogImage extends Translatable {
  url: string;
  alt: string;
}

/** Credit a learner can claim, e.g. 24 "AMA PRA Category 1 Credit™". */
export interface Credit {
  type: string;
  amount: number;
}

/** A price: free, or an amount in an ISO 4217 currency. */
export type Price = { free: true } | { free: false; amount: number; currency: string };

/** Where a session happens; absent or `online: true` means online. */
export interface SessionLocation extends Translatable {
  name?: string;
  city?: string;
  country?: string;
}

/** One dated session of a course, with its IANA time zone. */
export interface CourseSession {
  /** ISO 8601 date-time with offset. */
  start: string;
  /** ISO 8601 date-time with offset, not before `start`. */
  end?: string;
  /** IANA time zone the course is held in, e.g. `America/New_York`. */
  timeZone: string;
  online: boolean;
  location?: SessionLocation;
}

/** A course in the catalog. */
export interface Course extends Translatable {
  id: string;
  title: string;
  summary: string;
  url?: string;
  division: DivisionId;
  modality: Modality;
  accredited: boolean;
  credits: Credit[];
  /** Topic ids (see {@link Catalog.topics}); a topic the catalog does not list is its own label. */
  topics: string[];
  /** Audience ids (see {@link Catalog.audiences}). */
  audience: string[];
  /** BCP 47 language tag of the course content (its plain title and summary are in it). */
  language?: string;
  price?: Price;
  status: CourseStatus;
  sessions: CourseSession[];
  directors: string[];
  image?: CatalogImage;
  /** ISO 8601 date or date-time of the last change. */
  updated?: string;
}

/** Fields a regional adaptation may lay over its program. */
export interface Adaptation extends Translatable {
  /** Region id, e.g. `latam`, `mena`, `china`, `brazil`. */
  region: string;
  /** Human name of the region, in the adaptation's language. */
  regionName?: string;
  /** BCP 47 locale of the adapted text. */
  locale: string;
  title?: string;
  summary?: string;
  /** Language of instruction, when it differs from the text's locale. */
  language?: string;
  cohortStart?: string;
  applicationDeadline?: string;
  fee?: Price;
  url?: string;
  venue?: string;
}

/** An Office of Global Education program. */
export interface Program extends Translatable {
  id: string;
  title: string;
  summary: string;
  url?: string;
  durationMonths: number;
  format: Modality;
  audience: string[];
  language?: string;
  cohortStart?: string;
  applicationDeadline?: string;
  fee?: Price;
  image?: CatalogImage;
  adaptations: Adaptation[];
}

/** A news item or blog post. */
export interface Post extends Translatable {
  id: string;
  kind: PostKind;
  title: string;
  summary: string;
  url?: string;
  /** ISO 8601 date or date-time. */
  published: string;
  author?: string;
  image?: CatalogImage;
}

/** A validated catalog document. */
export interface Catalog {
  version: 1;
  /** Free text such as "Sample data", kept for people reading the file. */
  notice?: string;
  /** BCP 47 tag of the catalog's plain text (the default language); `en` when not given. */
  language?: string;
  /** The topics courses refer to by id, with their labels. */
  topics?: Term[];
  /** The audiences courses and programs refer to by id, with their labels. */
  audiences?: Term[];
  organization?: Organization;
  mission?: Mission;
  divisions: Division[];
  courses: Course[];
  programs: Program[];
  posts: Post[];
}

/** One problem found while validating, with the JSON path of the value it concerns. */
export interface CatalogIssue {
  /** JSON path such as `$.courses[3].price.currency`. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
  /** `dropped`: the item was left out; `fixed`: the value was cleaned (trimmed, shortened, link removed). */
  action: 'dropped' | 'fixed' | 'ignored';
}

/** How many items of each kind a catalog holds. */
export interface CatalogCounts {
  divisions: number;
  courses: number;
  programs: number;
  posts: number;
}

/** Counts the items of a catalog (the detail of `hms-load`). */
export function countCatalog(catalog: Catalog): CatalogCounts {
  return {
    divisions: catalog.divisions.length,
    courses: catalog.courses.length,
    programs: catalog.programs.length,
    posts: catalog.posts.length,
  };
}
