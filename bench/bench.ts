// The benchmark page's code: the widgets and a hand-written plain-DOM baseline that builds the
// same markup with the same styles, driven by scripts/bench.mjs through window.hmsBench.
import '../src/define.js';
import type { HmsCourseList } from '../src/components/course-list/course-list.component.js';
import type { HmsCourseCard } from '../src/components/course-card/course-card.component.js';
import { courseCardStyles } from '../src/components/course-card/course-card.styles.js';
import { courseListStyles } from '../src/components/course-list/course-list.styles.js';
import { generateCatalog } from '../src/catalog/generate.js';
import { firstStart } from '../src/catalog/course-query.js';
import type { Course } from '../src/catalog/types.js';
import { validateCatalog } from '../src/catalog/validate.js';
import { formatCredit, formatList, formatPrice, formatSession } from '../src/i18n/format.js';
import { en } from '../src/i18n/messages.js';
import type { CSSResultGroup, CSSResult } from 'lit';

const sheets = (group: CSSResultGroup): CSSStyleSheet[] =>
  (Array.isArray(group) ? group.flat(Infinity as 1) : [group]).map((style) => (style as CSSResult).styleSheet!);
const cardSheets = sheets(courseCardStyles);
const listSheets = sheets(courseListStyles);

const catalogs = new Map<number, object>();
/** A generated catalog of n courses (the same object every time, so validation is cached). */
function catalogOf(n: number): object {
  if (!catalogs.has(n)) catalogs.set(n, generateCatalog({ courses: n, seed: 1 }));
  return catalogs.get(n)!;
}

const validatedCatalogs = new Map<number, ReturnType<typeof validateCatalog>>();
function validated(n: number): ReturnType<typeof validateCatalog> {
  if (!validatedCatalogs.has(n)) validatedCatalogs.set(n, validateCatalog(catalogOf(n)));
  return validatedCatalogs.get(n)!;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
const stage = () => document.getElementById('stage')!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string, part?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The markup <hms-course-card> renders, built by hand. */
function baselineCard(course: Course): HTMLElement {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = cardSheets;
  const article = el('article', 'card', undefined, 'card');
  const body = el('div', 'body', undefined, 'body');
  const badges = el('ul', 'badges', undefined, 'badges');
  badges.append(el('li', 'badge', en.modality[course.modality]), el('li', 'badge', en.status[course.status]), el('li', 'badge', course.accredited ? en.accredited : en.notAccredited));
  const title = el('div', 'title', undefined, 'title');
  title.setAttribute('role', 'heading');
  title.setAttribute('aria-level', '3');
  const link = el('a', '', course.title, 'title-link');
  if (course.url) link.href = course.url;
  title.append(link);
  const details = el('dl', 'details', undefined, 'details');
  const session = course.sessions[0];
  if (session) details.append(el('dt', '', en.datesLabel), el('dd', '', formatSession(session, 'en'), 'dates'));
  details.append(el('dt', '', en.locationLabel), el('dd', 'location', session?.location ? `${session.location.city}, ${session.location.country}` : en.online, 'location'));
  if (course.credits.length) details.append(el('dt', '', en.creditsLabel), el('dd', '', course.credits.map((c) => formatCredit(c, 'en')).join(' · '), 'credits'));
  if (course.price) details.append(el('dt', '', en.priceLabel), el('dd', '', formatPrice(course.price, 'en', en), 'price'));
  const topics = el('ul', 'badges', undefined, 'topics');
  for (const topic of course.topics) topics.append(el('li', 'topic', topic, 'topic'));
  body.append(badges, title, el('p', 'meta', en.division[course.division], 'meta'), el('p', 'summary', course.summary, 'summary'), details, topics);
  if (course.directors.length) body.append(el('p', 'directors', en.directedBy(formatList(course.directors, 'en')), 'directors'));
  if (session && course.modality !== 'online') {
    const actions = el('div', 'actions');
    actions.append(el('button', 'action', en.addToCalendar, 'calendar'));
    body.append(actions);
  }
  article.append(body);
  root.append(article);
  return host;
}

/** The markup <hms-course-list> renders around its cards (no controls), built by hand. */
function baselineList(courses: Course[], total: number): HTMLElement {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = listSheets;
  const results = el('div', 'results', undefined, 'results');
  const bar = el('div', 'summary-bar');
  bar.append(el('p', 'count', en.resultCount(total, total.toLocaleString('en')), 'count'));
  const list = el('ul', 'list layout-grid', undefined, 'list');
  for (const course of courses) {
    const item = el('li', '', undefined, 'item');
    item.append(baselineCard(course));
    list.append(item);
  }
  results.append(bar, list);
  root.append(results);
  return host;
}

async function settleWidget(list: HmsCourseList): Promise<void> {
  await list.updateComplete;
  const cards = list.shadowRoot!.querySelectorAll<HmsCourseCard>('hms-course-card');
  for (const card of cards) await card.updateComplete;
}

const hmsBench = {
  /** Validates the catalog once, so the runs measure rendering from data in hand. */
  async prepare(n: number): Promise<number> {
    return validateCatalog(catalogOf(n)).catalog.courses.length;
  },

  /** Widget: data in hand → painted. `all` puts every course in the DOM. */
  async renderWidget(n: number, all: boolean): Promise<number> {
    stage().replaceChildren();
    await frame();
    const start = performance.now();
    const list = document.createElement('hms-course-list');
    list.controls = 'none';
    list.pageSize = all ? n : 12;
    list.catalog = catalogOf(n);
    stage().append(list);
    await settleWidget(list);
    await frame();
    return performance.now() - start;
  },

  /** Baseline: the same markup and styles, by hand. */
  async renderBaseline(n: number, all: boolean): Promise<number> {
    stage().replaceChildren();
    await frame();
    // Data in hand for both sides: validated once (the widget's validation is cached per object too).
    const { catalog } = validated(n);
    const start = performance.now();
    const sorted = [...catalog.courses].sort((a, b) => firstStart(a) - firstStart(b) || a.title.localeCompare(b.title));
    stage().append(baselineList(all ? sorted : sorted.slice(0, 12), sorted.length));
    await frame();
    return performance.now() - start;
  },

  /** A search keystroke (after the debounce) to the next paint, over n courses. */
  async keystroke(n: number, query: string): Promise<number> {
    const list = await this.mounted(n);
    const start = performance.now();
    list.q = query;
    await settleWidget(list);
    await frame();
    return performance.now() - start;
  },

  /** A filter select change to the next paint, over n courses. */
  async filterChange(n: number, modality: string): Promise<number> {
    const list = await this.mounted(n);
    const select = list.shadowRoot!.querySelector<HTMLSelectElement>('#filter-modality')!;
    const start = performance.now();
    select.value = modality;
    select.dispatchEvent(new Event('change'));
    await settleWidget(list);
    await frame();
    return performance.now() - start;
  },

  async mounted(n: number): Promise<HmsCourseList> {
    let list = stage().querySelector<HmsCourseList>('hms-course-list[data-mounted]');
    if (!list || (list.catalog as { courses: unknown[] }).courses.length !== n) {
      stage().replaceChildren();
      list = document.createElement('hms-course-list');
      list.dataset.mounted = '';
      list.catalog = catalogOf(n);
      stage().append(list);
      await settleWidget(list);
    }
    list.q = undefined;
    list.modality = undefined;
    await settleWidget(list);
    await frame();
    return list;
  },

  /** Mounts and removes a list many times (the heap is measured around it). */
  async cycles(count: number): Promise<void> {
    stage().replaceChildren();
    for (let i = 0; i < count; i += 1) {
      const list = document.createElement('hms-course-list');
      list.controls = 'search, modality';
      list.catalog = catalogOf(100);
      stage().append(list);
      await settleWidget(list);
      list.remove();
    }
    await frame();
  },

  clear(): void {
    stage().replaceChildren();
  },
};

declare global {
  interface Window {
    hmsBench: typeof hmsBench;
  }
}
window.hmsBench = hmsBench;
