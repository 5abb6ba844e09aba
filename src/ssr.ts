/**
 * Server rendering (`hms-widgets/ssr`, Node only): a widget's content as HTML, before any script
 * runs, in declarative shadow DOM that `dist/cdn/hms-widgets-hydrate.js` (or `hms-widgets/hydrate`
 * imported first) hydrates in the browser. `hms-widgets render` is this module on the command line.
 *
 * It renders with `@lit-labs/ssr` and the DOM shim Lit itself brings to Node (custom elements,
 * attributes, events); the widgets touch no `document`, `window` or `navigator` there. Importing it
 * registers every widget, loads every UI language (a server render cannot wait for one), and lets
 * `<hms-catalog>` hand its catalog, language and region to the widgets inside (their
 * `connectedCallback` runs on the server for that).
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type LitElement } from 'lit';
import { parseInlineCatalog } from './catalog/parse.js';
import { courseListJsonLd, serializeJsonLd } from './catalog/structured-data.js';
import type { Catalog, Course } from './catalog/types.js';
import { validateCatalog } from './catalog/validate.js';
import { loadMessages, SUPPORTED_LOCALES } from './i18n/locale.js';
import { defineWidgets, WIDGETS, type WidgetTag } from './widgets.js';

defineWidgets();
await Promise.all(SUPPORTED_LOCALES.map((locale) => loadMessages(locale)));

/** The element being rendered whose instance {@link renderSnippet} reads afterwards (its shown courses). */
let capture: { tag: string; element?: LitElement } | undefined;
LitElementRenderer.renderOptions.push((element: LitElement) => {
  if (!element.localName.startsWith('hms-')) return undefined;
  if (capture && !capture.element && element.localName === capture.tag) capture.element = element;
  // Context (<hms-catalog> and the widgets inside) is asked for from connectedCallback.
  return { connectedCallback: true };
});

/** Renders any Lit template holding hms-* widgets (with `.catalog` or inside `<hms-catalog .catalog>`) to an HTML string. */
export function renderToString(template: unknown): Promise<string> {
  return collectResult(render(template));
}

/**
 * JSON as the text of a `<script type="application/json">` (or `ld+json`): `<`, `>` and `&` as
 * `\u003c`, `\u003e`, `\u0026`, so no text closes the element or opens a comment, and the line
 * separators U+2028 and U+2029 escaped too. `JSON.parse` gives back the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** What each widget shows of a catalog: the snippet inlines only that. */
const NEEDS: Record<WidgetTag, readonly ('divisions' | 'courses' | 'programs' | 'posts' | 'mission')[]> = {
  'hms-course-list': ['divisions', 'courses'],
  'hms-course-card': ['divisions', 'courses'],
  'hms-course-calendar': ['divisions', 'courses'],
  'hms-saved-courses': ['courses'],
  'hms-mission': ['mission', 'divisions'],
  'hms-divisions': ['divisions'],
  'hms-program-list': ['programs'],
  'hms-program-card': ['programs'],
  'hms-news-list': ['posts'],
  'hms-catalog': ['mission', 'divisions', 'courses', 'programs', 'posts'],
};

/**
 * The part of a validated catalog a widget shows (the organization always: it names the provider
 * in JSON-LD and the calendar's UIDs); a card given `course-id` or `program-id` keeps that one item.
 */
export function catalogFor(tag: WidgetTag, catalog: Catalog, attributes: Readonly<Record<string, unknown>> = {}): Catalog {
  const needs = NEEDS[tag];
  const part: Catalog = { version: 1, divisions: [], courses: [], programs: [], posts: [] };
  // The catalog's own language and the labels of the topics and audiences its items refer to by id (issue 19).
  if (catalog.language) part.language = catalog.language;
  if (catalog.topics) part.topics = catalog.topics;
  if (catalog.audiences) part.audiences = catalog.audiences;
  if (catalog.organization) part.organization = catalog.organization;
  if (needs.includes('mission') && catalog.mission) part.mission = catalog.mission;
  if (needs.includes('divisions')) part.divisions = catalog.divisions;
  if (needs.includes('courses')) {
    const id = tag === 'hms-course-card' ? attributes['course-id'] : undefined;
    part.courses = typeof id === 'string' ? catalog.courses.filter((course) => course.id === id) : catalog.courses;
  }
  if (needs.includes('programs')) {
    const id = tag === 'hms-program-card' ? attributes['program-id'] : undefined;
    part.programs = typeof id === 'string' ? catalog.programs.filter((program) => program.id === id) : catalog.programs;
  }
  if (needs.includes('posts')) part.posts = catalog.posts;
  return part;
}

/** What {@link renderSnippet} renders. */
export interface SnippetOptions {
  /** The widget: `hms-course-list`, `hms-mission`, ... */
  tag: WidgetTag;
  /** The catalog as a parsed object, or as JSON text (read as inline JSON is). */
  catalog: object | string;
  /**
   * Where the catalog came from: its relative links are resolved against it. Also written as the
   * widget's `src` when `src` is true, so the browser shows the current catalog once it is loaded.
   */
  catalogUrl?: string;
  /** Write `src` (the catalog's URL, or this URL when a string) so that the page updates in place from it. */
  src?: boolean | string;
  /** The widget's attributes (kebab-case), such as `{ locale: 'ar', limit: 6, 'sync-url': true }`; false or undefined leaves one out. */
  attributes?: Readonly<Record<string, string | number | boolean | undefined>>;
  /**
   * Add the schema.org JSON-LD of the shown courses (a course list) to the snippet, in the list's
   * light DOM, and set `structured-data` so that the list keeps it in step with what it shows.
   */
  jsonLd?: boolean;
  /** URL of the hydrating script (`dist/cdn/hms-widgets-hydrate.js` where the partner serves it); no script tag without it. */
  script?: string;
}

/** A rendered snippet and what it holds. */
export interface Snippet {
  /** The HTML to paste: the widget with its declarative shadow root, its catalog inline, JSON-LD, the script tag. */
  html: string;
  /** Validation problems in the catalog (items dropped or cleaned), as `hms-widgets validate` prints them. */
  issues: { path: string; message: string; action: string }[];
  /** Titles of the courses a course list shows (empty for the other widgets), for a caller to check. */
  shown: string[];
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Renders one widget as a snippet for any page or CMS: the tag and its attributes, its content in a
 * declarative shadow root, the part of the catalog it shows inline (escaped for a script element),
 * JSON-LD when asked, and the script tag that hydrates it. Throws the catalog's error (a document
 * that is not a catalog) with a clear message.
 */
export async function renderSnippet(options: SnippetOptions): Promise<Snippet> {
  const { tag } = options;
  if (!Object.hasOwn(WIDGETS, tag)) throw new TypeError(`"${tag}" is not a widget; one of: ${Object.keys(WIDGETS).join(', ')}.`);
  const json = typeof options.catalog === 'string' ? parseInlineCatalog(options.catalog) : options.catalog;
  const { catalog, issues } = validateCatalog(json, { baseUrl: options.catalogUrl });
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`"${name}" is not an attribute name (lower case, digits and dashes).`);
    if (value === undefined || value === false) continue;
    attributes[name] = value === true ? '' : String(value);
  }
  const src = typeof options.src === 'string' ? options.src : options.src ? options.catalogUrl : undefined;
  if (src) attributes.src = src;
  const jsonLd = options.jsonLd === true && tag === 'hms-course-list';
  if (jsonLd) attributes['structured-data'] = '';
  // The page's own language would win in the browser over what the server assumed: the snippet says it.
  attributes.locale ??= 'en';

  // The widget renders the very data the browser will read back from the inline script.
  const inlineText = jsonForScript(catalogFor(tag, catalog, attributes));
  const data = parseInlineCatalog(inlineText) as object;
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`))
    .join(' ');
  // The tag and its attributes are this template's own text (checked names, escaped values), as
  // lit/static-html makes them; only the catalog is bound. Written out because the build's template
  // minifier cannot read a static-html template whose tag is a value.
  const strings = [`<${tag} ${attributeText} .catalog=`, `></${tag}>`];
  const template = html(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, data);

  capture = { tag };
  let rendered: string;
  let element: LitElement | undefined;
  try {
    rendered = await renderToString(template);
    element = capture.element;
  } finally {
    capture = undefined;
  }
  // The courses the list shows (its private `shown`: the first `limit`, or the first page).
  const shownCourses = tag === 'hms-course-list' ? ((element as unknown as { shown?: Course[] } | undefined)?.shown ?? []) : [];
  // The light DOM, after the declarative shadow root: the catalog inline, and the JSON-LD where the
  // list's own structured data goes (data-hms-generated: the list keeps it in step with what it shows).
  let light = `<script type="application/json">${inlineText}</script>`;
  if (jsonLd && shownCourses.length > 0) {
    light += `<script type="application/ld+json" data-hms-generated>${serializeJsonLd(courseListJsonLd(shownCourses, catalog))}</script>`;
  }
  const outer = stripOuterMarkers(rendered, tag);
  const snippet = `${outer.slice(0, -`</${tag}>`.length)}${light}</${tag}>`;
  const script = options.script ? `\n<script type="module" src="${escapeAttribute(options.script)}"></script>` : '';
  return { html: `${snippet}${script}\n`, issues, shown: shownCourses.map((course) => course.title) };
}

/** The snippet without Lit's markers around the widget itself (those inside its shadow root stay: hydration reads them). */
function stripOuterMarkers(text: string, tag: string): string {
  const open = text.indexOf(`<${tag}`);
  const close = text.lastIndexOf(`</${tag}>`);
  if (open === -1 || close === -1) return text;
  return text.slice(open, close + tag.length + 3);
}
