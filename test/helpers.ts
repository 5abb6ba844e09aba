import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Catalog } from '../src/catalog/types.js';

let counter = 0;

/** Hits the test server recorded for one scenario key. */
export interface Hits {
  count: number;
  /** Milliseconds of each request after the first. */
  times: number[];
  aborted: number;
  finished: number;
  /** Requests that carried a Cookie header. */
  cookies: number;
}

/** A scenario on the test server: its URL, and what the server saw of it. */
export interface Scenario {
  key: string;
  url: string;
  hits(): Promise<Hits>;
}

/** A fresh scenario: each request gets the next step of `plan` (see test/server/catalog-routes.mjs). */
export function scenario(plan: string): Scenario {
  counter += 1;
  const key = `s${counter}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    key,
    url: `/api/scenario/${key}?plan=${encodeURIComponent(plan)}`,
    hits: async () => (await fetch(`/api/hits/${key}`)).json() as Promise<Hits>,
  };
}

/** The sample catalog as the demo ships it (raw JSON, close to the validated shape), read over HTTP. */
export type SampleCatalog = Catalog & Required<Pick<Catalog, 'notice' | 'organization' | 'mission'>>;

/** The sample catalog as the demo ships it, read over HTTP like any partner would. */
export async function sampleCatalog(): Promise<SampleCatalog> {
  return (await fetch('/demo/catalog.json')).json();
}

/** Renders a widget and waits until it has loaded or failed (its first hms-load or hms-error). */
export async function settledFixture<T extends HTMLElement>(template: TemplateResult): Promise<{ el: T; event: CustomEvent }> {
  let resolveEvent!: (event: CustomEvent) => void;
  const seen = new Promise<CustomEvent>((resolve) => (resolveEvent = resolve));
  const listener = (event: Event) => resolveEvent(event as CustomEvent);
  document.addEventListener('hms-load', listener);
  document.addEventListener('hms-error', listener);
  try {
    const el = await fixture<T>(template);
    const event = await seen;
    await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
    return { el, event };
  } finally {
    document.removeEventListener('hms-load', listener);
    document.removeEventListener('hms-error', listener);
  }
}

/** Resolves with the next `name` event from `el`. */
export function nextEvent<T = unknown>(el: EventTarget, name: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => el.addEventListener(name, (event) => resolve(event as CustomEvent<T>), { once: true }));
}

/** The element with `part` inside a widget's shadow root. */
export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Every element with `part` inside a widget's shadow root. */
export function parts<T extends Element = HTMLElement>(el: Element, name: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

/** Text content with white space folded. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Resolves with `find()` once it returns something, checking again after every DOM change under
 * `root`. It has no deadline of its own (the test's timeout is the only bound), so a busy machine
 * makes it slower, never wrong.
 */
export function whenFound<T>(root: Node, find: () => T | null | undefined | false): Promise<T> {
  return new Promise((resolve) => {
    const check = () => {
      const found = find();
      if (!found) return false;
      observer.disconnect();
      resolve(found);
      return true;
    };
    const observer = new MutationObserver(check);
    if (!check()) observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

/** Runs `work` with `console.warn` captured, so a test that expects a warning asserts it instead of printing it. */
export async function capturingWarnings<T>(work: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await work(), warnings };
  } finally {
    console.warn = original;
  }
}

/** Resolves once `check()` is true, asking again every 20 ms; like whenFound, with no deadline of its own. */
export async function whenTrue(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
}

/**
 * Resolves once `el` has rendered and shows no skeleton (its catalog loaded, or failed). Skeletons
 * are drawn with the widget's own template, so a part such as `list` or `title` is no sign of data.
 */
export async function whenShown(el: Element): Promise<void> {
  await whenTrue(() => Boolean(el.shadowRoot?.firstElementChild) && !el.shadowRoot!.querySelector('[part~="skeleton"]'));
}

/**
 * Resolves once `count` widgets under `root` have fired hms-load. Call it before rendering them:
 * on a busy machine a catalog can arrive before fixture() returns, and a listener added after
 * that would wait for ever.
 */
export function loadsOf(count: number, root: EventTarget = document): Promise<CustomEvent[]> {
  const events: CustomEvent[] = [];
  return new Promise((resolve) => {
    const onLoad = (event: Event) => {
      events.push(event as CustomEvent);
      if (events.length < count) return;
      root.removeEventListener('hms-load', onLoad);
      resolve(events);
    };
    root.addEventListener('hms-load', onLoad);
  });
}

/** Every widget, layout and variant as a partner embeds it (the sample catalog's ids): the no-jump and template tests render each. */
export const EMBEDS: { tag: string; attrs: string }[] = [
  { tag: 'hms-mission', attrs: 'variant="full"' },
  { tag: 'hms-mission', attrs: 'variant="quote"' },
  { tag: 'hms-mission', attrs: 'variant="compact"' },
  { tag: 'hms-course-list', attrs: 'layout="grid"' },
  { tag: 'hms-course-list', attrs: 'layout="list"' },
  { tag: 'hms-course-list', attrs: 'layout="compact"' },
  { tag: 'hms-course-list', attrs: 'layout="grid" page-size="9"' },
  { tag: 'hms-course-list', attrs: 'layout="list" limit="3" controls="none" modality="live" status="open"' },
  { tag: 'hms-course-list', attrs: 'layout="grid" limit="3" controls="none"' },
  { tag: 'hms-course-list', attrs: 'layout="compact" limit="5" controls="none"' },
  { tag: 'hms-course-list', attrs: 'layout="band" limit="3" controls="none" modality="live" status="open"' },
  { tag: 'hms-course-list', attrs: 'layout="band" limit="4" controls="none"' },
  { tag: 'hms-course-list', attrs: 'layout="list" page-size="3" controls="search, modality"' },
  { tag: 'hms-course-card', attrs: 'course-id="c-0001" variant="card"' },
  { tag: 'hms-course-card', attrs: 'course-id="c-0001" variant="row"' },
  { tag: 'hms-course-card', attrs: 'course-id="c-0001" variant="compact"' },
  { tag: 'hms-program-list', attrs: '' },
  { tag: 'hms-program-card', attrs: 'program-id="gcsrt"' },
  { tag: 'hms-program-card', attrs: 'program-id="lam"' },
  { tag: 'hms-news-list', attrs: 'layout="cards" limit="3"' },
  { tag: 'hms-news-list', attrs: 'layout="cards" limit="2"' },
  { tag: 'hms-news-list', attrs: 'layout="list" limit="2"' },
  { tag: 'hms-divisions', attrs: '' },
];
