// Issue 9, lifecycle: 1,000 connect/disconnect cycles of every widget leave nothing behind: no
// listener on window, document or media queries, no pending timer, no request in flight, no
// subscription in the page's catalog store. Counted by wrapping the browser's own registration
// functions (they still do their work; the wrappers only count).
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { catalogStore } from '../../src/catalog/loader.js';
import '../../src/define.js';
import { scenario } from '../helpers.js';

type Key = string;

/** Live registrations the page holds: listeners on long-lived targets, and pending timers. */
class Census {
  readonly listeners = new Map<EventTarget, Map<Key, Set<unknown>>>();
  readonly timers = new Map<number, string>();
  readonly #restore: (() => void)[] = [];

  constructor(private readonly watched: (target: EventTarget) => boolean) {}

  start(): void {
    // The wrappers below are plain functions (they get the event target as this), so they reach the census by name.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const census = this;
    const proto = EventTarget.prototype;
    const add = proto.addEventListener;
    const remove = proto.removeEventListener;
    const keyOf = (type: string, options?: boolean | EventListenerOptions) =>
      `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
    proto.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: boolean | AddEventListenerOptions) {
      if (listener && census.watched(this) && !(typeof options === 'object' && options.once)) {
        const byKey = census.listeners.get(this) ?? new Map<Key, Set<unknown>>();
        census.listeners.set(this, byKey);
        const set = byKey.get(keyOf(type, options)) ?? new Set();
        byKey.set(keyOf(type, options), set);
        set.add(listener);
      }
      return add.call(this, type, listener as EventListener, options);
    };
    proto.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) {
      census.listeners.get(this)?.get(keyOf(type, options))?.delete(listener);
      return remove.call(this, type, listener as EventListener, options);
    };
    const { setTimeout: set, clearTimeout: clear } = window;
    window.setTimeout = ((callback: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id: number = set(
        (...a: unknown[]) => {
          census.timers.delete(id);
          if (typeof callback === 'function') (callback as (...x: unknown[]) => void)(...a);
        },
        ms,
        ...args,
      );
      census.timers.set(id, new Error().stack?.split('\n').slice(2, 4).join(' ') ?? '');
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) census.timers.delete(id);
      clear(id);
    }) as typeof window.clearTimeout;
    this.#restore.push(() => {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
      window.setTimeout = set;
      window.clearTimeout = clear;
    });
  }

  stop(): void {
    for (const restore of this.#restore.splice(0)) restore();
  }

  /** Listeners still registered on watched targets, as "target type" strings. */
  liveListeners(): string[] {
    const out: string[] = [];
    for (const [target, byKey] of this.listeners) {
      for (const [key, set] of byKey) for (let i = 0; i < set.size; i += 1) out.push(`${target.constructor.name} ${key}`);
    }
    return out;
  }
}

const CYCLES = 1000;

describe('lifecycle: 1,000 connect/disconnect cycles leave nothing behind', () => {
  let census: Census;
  let stage: HTMLElement;
  let restoreMatchMedia: () => void;
  const mediaQueries = new WeakSet<EventTarget>();

  before(() => {
    // The first widget on a page attaches the one ContextRoot per page (two listeners on <html>);
    // that happens once, before the counting starts.
    document.createElement('hms-mission');
  });

  beforeEach(() => {
    stage = document.createElement('div');
    document.body.append(stage);
    const matchMedia = window.matchMedia.bind(window);
    census = new Census((target) => target === window || target === document || target === document.documentElement || mediaQueries.has(target));
    window.matchMedia = (query: string) => {
      const list = matchMedia(query);
      mediaQueries.add(list);
      return list;
    };
    census.start();
    restoreMatchMedia = () => {
      window.matchMedia = matchMedia;
    };
  });

  afterEach(() => {
    census.stop();
    restoreMatchMedia();
    render(html``, stage);
    stage.remove();
  });

  it('loaded widgets (every kind, URL sync, saved courses, theme=auto, a search typed just before leaving)', async function () {
    this.timeout(180_000);
    const widgets = html`<hms-mission src="/demo/catalog.json" theme="auto"></hms-mission>
      <hms-course-list id="cycled" src="/demo/catalog.json" page-size="2" controls="search" sync-url></hms-course-list>
      <hms-course-card src="/demo/catalog.json" course-id="c-0001" saveable></hms-course-card>
      <hms-saved-courses src="/demo/catalog.json"></hms-saved-courses>
      <hms-program-list src="/demo/catalog.json" region="latam"></hms-program-list>
      <hms-news-list src="/demo/catalog.json" limit="2"></hms-news-list>
      <hms-catalog src="/demo/catalog.json"><hms-divisions></hms-divisions></hms-catalog>`;
    const url = location.href;
    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      render(widgets, stage);
      const shown = [...stage.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('hms-mission, hms-course-list, hms-divisions')];
      // Every tenth cycle waits for the widgets to render and types a search (arming its debounce timer).
      if (cycle % 10 === 0) {
        await Promise.all(shown.map((el) => el.updateComplete));
        const search = stage.querySelector('hms-course-list')!.shadowRoot!.querySelector<HTMLInputElement>('#search');
        if (search) {
          search.value = 'cardio';
          search.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }
      render(html``, stage);
      if (cycle % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await new Promise((resolve) => setTimeout(resolve, 400)); // past the search debounce

    expect(census.liveListeners(), 'listeners left on window, document and media queries').to.deep.equal([]);
    expect([...census.timers.values()], 'pending timers').to.deep.equal([]);
    expect(catalogStore.listenerCount, 'catalog store subscriptions').to.equal(0);
    expect(location.href, 'a search typed into a widget that left never reaches the URL').to.equal(url);
    // The census does see what a widget registers while it is on the page.
    render(widgets, stage);
    await stage.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('hms-course-list')!.updateComplete;
    expect(census.liveListeners().join()).to.include('popstate');
    expect(census.liveListeners().join(), 'the saved courses follow other tabs').to.include('storage');
  });

  it('widgets leaving while their catalog is still loading: every request is cancelled', async function () {
    this.timeout(180_000);
    const hanging = scenario('hang');
    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      render(html`<hms-mission src=${hanging.url}></hms-mission><hms-course-list src=${hanging.url}></hms-course-list>`, stage);
      // Let the shared request start before the widgets leave.
      await stage.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('hms-mission')!.updateComplete;
      render(html``, stage);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    let hits = await hanging.hits();
    for (let waited = 0; hits.aborted < hits.count && waited < 5000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      hits = await hanging.hits();
    }
    expect(hits.count, 'the widgets did ask for their catalog').to.be.greaterThan(0);
    expect(hits.count, 'one shared request per cycle at most').to.be.at.most(CYCLES);
    expect(hits.aborted, 'requests the server saw cancelled').to.equal(hits.count);
    expect([...census.timers.values()], 'pending timers (loader timeouts, retry waits)').to.deep.equal([]);
    expect(census.liveListeners()).to.deep.equal([]);
  });
});
