import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { asCatalogError, CatalogNetworkError, CatalogSourceError, isAbortError, type CatalogError } from '../catalog/errors.js';
import { cacheMode, catalogStore, toLoadedCatalog, toLoadedCatalogInSlices, type LoadedCatalog } from '../catalog/loader.js';
import { countCatalog, type Catalog } from '../catalog/types.js';
import { parseInlineCatalog } from '../catalog/parse.js';
import '../events/hms-catalog-issues.js';
import '../events/hms-error.js';
import '../events/hms-load.js';
import { errorMessage } from '../i18n/error-message.js';
import type { Messages } from '../i18n/messages.js';
import { emit } from '../internal/emit.js';
import { pageBaseUrl } from '../internal/page-base.js';
import { catalogContext, type CatalogProviderValue } from './catalog-context.js';
import { CatalogContextRoot } from './context-root.js';
import { renderTurn } from './render-turns.js';
import { whenNearViewport } from '../internal/near-viewport.js';

/** What a widget needs to find its catalog. */
export interface CatalogHost extends ReactiveControllerHost, HTMLElement {
  /** A catalog document given as a JavaScript object. */
  catalog?: object | undefined;
  /** URL of the catalog JSON. */
  src?: string | undefined;
  /** `'none'`: the widget neither shows nor keeps the last good copy of its catalog in the browser. */
  cache?: string | undefined;
  /** False when the widget already has what it shows (a card given its `.course`): nothing is loaded. */
  readonly catalogNeeded?: boolean;
  /** `'lazy'`: the first content render waits until the widget comes within a screen of the viewport. */
  loading?: string | undefined;
  /**
   * A widget that can show its first screen from part of a catalog object not validated yet (a
   * course list's first courses by start date) reads that part here, or says undefined when it
   * cannot (another order, a filter, a later page). The view is then `partial` until the whole
   * catalog, validated once {@link whenFirstScreenPainted} resolves, is in.
   */
  firstScreenCatalog?(catalog: object): Catalog | undefined;
  /** Resolves once the first screen drawn from that part is painted. */
  whenFirstScreenPainted?(): Promise<void>;
}

/** What the controller needs from its widget besides the source. */
export interface CatalogControllerOptions {
  /** The widget's UI strings now, for the visitor-facing message `hms-error` carries. */
  messages: () => Messages;
}

/**
 * What a widget shows now: its skeleton while loading (`announce` when the visitor should hear
 * "Loading"), the error (kept on screen, quietly, while a retry runs), or the catalog.
 */
export type CatalogView =
  | { state: 'loading'; announce: boolean }
  | { state: 'error'; error: CatalogError; retrying: boolean }
  | { state: 'complete'; loaded: LoadedCatalog; partial?: boolean };

/** Where a widget's catalog comes from, in the order the contract gives. */
export type CatalogSource =
  | { kind: 'property'; catalog: object; from?: 'provider' }
  | { kind: 'url'; url: string; from: 'src' | 'provider' | 'meta' }
  | { kind: 'inline'; text: string }
  | { kind: 'none' }
  | { kind: 'skip' };

/**
 * Finds a widget's source: `.catalog`, then `src`, then an inline JSON child, then the nearest
 * `<hms-catalog>`, then the page's meta tag.
 */
export function resolveSource(host: CatalogHost, provider?: CatalogProviderValue): CatalogSource {
  if (host.catalogNeeded === false) return { kind: 'skip' };
  if (host.catalog) return { kind: 'property', catalog: host.catalog };
  if (host.src) return { kind: 'url', url: absolute(host.src), from: 'src' };
  const inline = inlineChild(host);
  if (inline !== undefined) return { kind: 'inline', text: inline };
  if (provider?.catalog) return { kind: 'property', catalog: provider.catalog, from: 'provider' };
  if (provider?.inlineText !== undefined) return { kind: 'inline', text: provider.inlineText };
  if (provider?.url) return { kind: 'url', url: provider.url, from: 'provider' };
  const meta = isServer ? null : document.querySelector<HTMLMetaElement>('meta[name="hms-catalog"]');
  if (meta?.content) return { kind: 'url', url: absolute(meta.content), from: 'meta' };
  return { kind: 'none' };
}

/** A data source that needs no wait: a catalog object, or inline JSON text. */
export type InHandSource = { kind: 'property'; catalog: object } | { kind: 'inline'; text: string };

/**
 * The data a widget has in hand, whatever its `src` says: `.catalog`, an inline JSON child, the
 * nearest `<hms-catalog>`'s object or inline text. A server-rendered snippet with `src` shows its
 * inline copy until the current catalog comes in from `src`.
 */
export function inHandSource(host: CatalogHost, provider?: CatalogProviderValue): InHandSource | undefined {
  if (host.catalogNeeded === false) return undefined;
  if (host.catalog) return { kind: 'property', catalog: host.catalog };
  const inline = inlineChild(host);
  if (inline !== undefined) return { kind: 'inline', text: inline };
  if (provider?.catalog) return { kind: 'property', catalog: provider.catalog };
  if (provider?.inlineText !== undefined) return { kind: 'inline', text: provider.inlineText };
  return undefined;
}

/** The text of the widget's inline `<script type="application/json">` child (a server render sees no children). */
function inlineChild(host: CatalogHost): string | undefined {
  if (isServer) return undefined;
  const inline = host.querySelector(':scope > script[type="application/json"]');
  return inline ? (inline.textContent ?? '') : undefined;
}

/** Catalog objects validated by the synchronous route, once per object however many widgets show it. */
const validatedNow = new WeakMap<object, LoadedCatalog>();

/**
 * The synchronous route for data in hand: validates a catalog object, or parses and validates
 * inline JSON text, now, with the validator the task runs in slices. A server render shows its
 * result, and so does a server-rendered widget's first render in the browser, so that hydration
 * finds the server's markup; the task then completes with this same result. Throws the
 * CatalogError the task would reject with.
 */
export function loadInHand(source: InHandSource): LoadedCatalog {
  if (source.kind === 'inline') return toLoadedCatalog(parseInlineCatalog(source.text), undefined, pageBaseUrl());
  let loaded = validatedNow.get(source.catalog);
  if (!loaded) validatedNow.set(source.catalog, (loaded = toLoadedCatalog(source.catalog, undefined, pageBaseUrl())));
  return loaded;
}

/** Each catalog object is validated once, however many widgets show it (the promise is shared while it runs). */
const validatedObjects = new WeakMap<object, Promise<LoadedCatalog>>();
/**
 * Size (items: courses, programs and posts, a session a quarter of one) up to which a catalog given
 * as an object is validated at once, in the widget's first update, so it renders its content with
 * no skeleton first: 1,000 generated courses (about 1,400 items) take 15-17 ms on their first
 * validation in a new page here, 4-6 ms warm. A larger one is validated in slices between tasks (no
 * long task) and its skeleton shows meanwhile.
 */
const VALIDATE_AT_ONCE = 2000;
/**
 * Size (items, as {@link VALIDATE_AT_ONCE}) from which a widget that can show its first screen from
 * part of a catalog object (`firstScreenCatalog`) does, the rest validated after that screen is painted: 1,000 generated courses took 25 ms to validate in a new page here, the first
 * screen's courses well under a millisecond, their order key (each course's first start) about 2.
 * Under it, validating the whole catalog costs about what the second render would.
 */
const FIRST_SCREEN_FROM = 250;

/** A cheap estimate of a catalog's size in items, read before validation (anything goes here). */
function roughSize(json: object): number {
  const doc = json as { courses?: unknown; programs?: unknown; posts?: unknown };
  let items = 0;
  for (const list of [doc.courses, doc.programs, doc.posts]) {
    if (!Array.isArray(list)) continue;
    items += list.length;
    if (items > VALIDATE_AT_ONCE) break;
    if (list !== doc.courses) continue;
    for (const course of list) {
      const sessions = (course as { sessions?: unknown } | null)?.sessions;
      if (Array.isArray(sessions)) items += sessions.length / 4;
    }
  }
  return items;
}

// Widgets defined before <hms-catalog> (or upgraded before it connects) ask for the context too
// early; the page's context root replays their requests when the provider appears.
let contextRoot: CatalogContextRoot | undefined;
function attachContextRoot(): void {
  if (contextRoot || typeof document === 'undefined') return;
  contextRoot = new CatalogContextRoot();
  contextRoot.attach(document.documentElement);
}

/** @internal How many early context requests the page's context root keeps (for tests). */
export function keptContextRequests(): number {
  return contextRoot?.size ?? 0;
}

/** True when an <hms-catalog> holds `el`, across shadow roots. */
function insideCatalogElement(el: Element): boolean {
  for (let node: Node | null = el.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.localName === 'hms-catalog') return true;
  }
  return false;
}

/** What a run depends on: source kind, URL or inline text, the catalog object, and the refresh count. */
type RunArgs = [string, string, object | undefined, number];

/**
 * Gives a widget its catalog through `@lit/task`: resolves the source, shares URL loads through the
 * page's store, aborts when the source changes or the widget leaves the page, and fires hms-load,
 * hms-error and hms-catalog-issues.
 */
export class CatalogController implements ReactiveController {
  readonly task: Task<RunArgs, LoadedCatalog>;
  #lastArgs?: RunArgs;
  #revision = 0;
  #refreshing = false;
  #retrying = false;
  #abortedOnDisconnect = false;
  /** Unsubscribes from new versions of the URL the widget shows. */
  #unsubscribe?: () => void;
  #subscribedUrl?: string;
  /** Set while a network failure waits for the browser to come back online. */
  #onOnline?: () => void;

  readonly #provider: ContextConsumer<typeof catalogContext, CatalogHost>;
  /** True on a server, and in a widget whose shadow root the server rendered: their renders show data in hand at once. */
  readonly #rendersInHand: boolean;
  /** True once a run has given the widget a catalog to show (a lazy widget waits no more after that). */
  #shown = false;
  /** The data in hand and what it gave, for the source it came from. */
  #inHand?: { key: object | string; view: CatalogView };

  constructor(
    private readonly host: CatalogHost,
    private readonly options: CatalogControllerOptions,
  ) {
    attachContextRoot();
    this.#rendersInHand = isServer || host.shadowRoot !== null;
    host.addController(this);
    this.#provider = new ContextConsumer(host, { context: catalogContext, subscribe: true, callback: () => host.requestUpdate() });
    // The task runs from hostUpdate below rather than by autoRun, so a widget that needs no catalog
    // (a card given its course) never starts a run and never pays its extra renders.
    this.task = new Task(host, {
      autoRun: false,
      // Data in hand, a first render waits for its turn: one widget per task, those on screen first.
      // A refresh or a new version does not: the page swaps every widget on a source at once.
      task: ([kind, key, object], { signal }) => {
        const loading = this.#load(kind, key, object, signal);
        if (this.#refreshing) return loading;
        return loading.then(async (loaded) => {
          // The data in hand the render of this update already drew: there is nothing left to take
          // a turn for (a turn's on-screen measure forced a layout of the half-built list inside
          // this task; the frame lays it out anyway).
          if (this.#inHand?.view.state === 'complete' && this.#inHand.view.loaded === loaded) return loaded;
          // `loading="lazy"`: a widget that has not shown content yet draws it near the viewport only.
          if (this.host.loading === 'lazy' && !this.#shown && !this.#rendersInHand) await whenNearViewport(this.host, signal);
          await renderTurn(this.host, signal);
          // A newer version may have come in meanwhile: the turn renders that one.
          return (loaded.url && catalogStore.latest(loaded.url, { cache: cacheMode(this.host.cache) })) || loaded;
        });
      },
      onComplete: (loaded) => this.#loaded(loaded),
      onError: (error) => this.#failed(error),
    });
  }

  /** What the nearest `<hms-catalog>` provides (its locale and region among it), if there is one. */
  get provider(): CatalogProviderValue | undefined {
    return this.#provider.value;
  }

  hostUpdate(): void {
    const source = resolveSource(this.host, this.#provider.value);
    if (source.kind === 'skip') return;
    const key = source.kind === 'url' ? source.url : source.kind === 'inline' ? source.text : '';
    const args: RunArgs = [source.kind, key, source.kind === 'property' ? source.catalog : undefined, this.#revision];
    const last = this.#lastArgs;
    if (last && args.every((value, i) => value === last[i])) return;
    this.#lastArgs = args;
    void this.task.run(args);
  }

  /** True when the widget's shadow root came from a server render (declarative shadow DOM), or on the server. */
  get serverRendered(): boolean {
    return this.#rendersInHand;
  }

  /**
   * True when a server-rendered widget has nothing to show at its first render in the browser (its
   * catalog was not inline): its markup cannot be hydrated, and is rendered again.
   */
  get missingInHand(): boolean {
    return this.#rendersInHand && this.host.catalogNeeded !== false && this.view.state === 'loading';
  }

  /** What the data in hand gives (validated now, once per source), where renders show it at once. */
  #inHandView(): CatalogView | undefined {
    const source = inHandSource(this.host, this.#provider.value);
    if (!source) return undefined;
    // A first screen drawn from part of a catalog object, the first time the widget shows content.
    if (!this.#rendersInHand && !this.#shown && source.kind === 'property' && this.#inHand?.key !== source.catalog && !validatedNow.has(source.catalog)) {
      const size = roughSize(source.catalog);
      let part: Catalog | undefined;
      try {
        part = size >= FIRST_SCREEN_FROM && size <= VALIDATE_AT_ONCE ? this.host.firstScreenCatalog?.(source.catalog) : undefined;
      } catch {
        // the whole validation says what is wrong
      }
      if (part) this.#inHand = { key: source.catalog, view: { state: 'complete', loaded: { catalog: part, issues: [], url: undefined, issuesReported: true }, partial: true } };
    }
    // In the browser, a client-rendered widget shows a catalog object at once when it is small
    // enough to validate now (or was validated now before); a larger one goes to the task's slices.
    if (!this.#rendersInHand && (source.kind !== 'property' || (!validatedNow.has(source.catalog) && roughSize(source.catalog) > VALIDATE_AT_ONCE))) {
      return undefined;
    }
    const key = source.kind === 'property' ? source.catalog : source.text;
    if (this.#inHand?.key !== key) {
      let view: CatalogView;
      try {
        view = { state: 'complete', loaded: loadInHand(source) };
      } catch (error) {
        view = { state: 'error', error: asCatalogError(error), retrying: false };
      }
      this.#inHand = { key, view };
    }
    return this.#inHand.view;
  }

  /** True while `refresh()` reloads a source that already showed data. */
  get refreshing(): boolean {
    return this.#refreshing;
  }

  /**
   * What the widget shows now. A refresh keeps the current content on screen until the new one is
   * in; a retry keeps the error box (its button disabled) until the new result; an abort on
   * disconnect shows the skeleton again.
   */
  get view(): CatalogView {
    const task = this.task;
    // Data in hand shows until the task has a result (a snippet with `src` keeps its inline copy until then).
    if (task.status !== TaskStatus.COMPLETE) {
      const inHand = this.#inHandView();
      if (inHand) return inHand;
    }
    switch (task.status) {
      case TaskStatus.COMPLETE:
        return { state: 'complete', loaded: task.value! };
      case TaskStatus.PENDING:
        if (this.#retrying && task.error) return { state: 'error', error: asCatalogError(task.error), retrying: true };
        if (this.#refreshing && task.value) return { state: 'complete', loaded: task.value };
        return { state: 'loading', announce: true };
      case TaskStatus.ERROR:
        if (isAbortError(task.error)) return { state: 'loading', announce: false };
        return { state: 'error', error: asCatalogError(task.error), retrying: false };
      default:
        return { state: 'loading', announce: false };
    }
  }

  /** The loaded catalog, once there is one. */
  get value(): LoadedCatalog | undefined {
    if (this.task.status === TaskStatus.COMPLETE) return this.task.value;
    const inHand = this.#inHandView();
    return inHand?.state === 'complete' && !inHand.partial ? inHand.loaded : undefined;
  }

  hostConnected(): void {
    // A catalog on the network is asked for as the widget connects, not at its first render, which
    // may wait for its turn (a frame or more) and comes after the skeleton's: the request is out
    // first. A catalog the nearest <hms-catalog> gives is asked for a microtask later, once that
    // element has answered the widget's context request.
    if (!isServer && !this.#rendersInHand && this.task.status === TaskStatus.INITIAL && !this.#prefetch('src')) queueMicrotask(() => this.#prefetch('later'));
    if (this.task.status === TaskStatus.COMPLETE && this.task.value?.url) this.#follow(this.task.value.url);
    if (this.task.status === TaskStatus.ERROR && this.task.error instanceof CatalogNetworkError) this.#reloadWhenOnline();
    if (this.#abortedOnDisconnect && this.#lastArgs) {
      this.#abortedOnDisconnect = false;
      void this.task.run(this.#lastArgs);
    }
  }

  /**
   * Starts loading the widget's catalog: at once when it is the widget's own `src`; `later` (a
   * microtask on) when the nearest <hms-catalog> gives it, or the page's meta tag does for a widget
   * with no <hms-catalog> around it (one not answering yet must not be taken for the meta tag's).
   * True when a load was started.
   */
  #prefetch(when: 'src' | 'later'): boolean {
    if (!this.host.isConnected || this.task.status !== TaskStatus.INITIAL) return false;
    const source = resolveSource(this.host, this.#provider.value);
    if (source.kind !== 'url' || (when === 'src') !== (source.from === 'src')) return false;
    if (source.from === 'meta' && insideCatalogElement(this.host)) return false;
    catalogStore.prefetch(source.url, { cache: cacheMode(this.host.cache) });
    return true;
  }

  hostDisconnected(): void {
    this.#stopWaitingForOnline();
    this.#follow(undefined);
    // A widget moved in the DOM reconnects in the same task: abort only if it really left.
    queueMicrotask(() => {
      if (this.host.isConnected || this.task.status !== TaskStatus.PENDING) return;
      this.#abortedOnDisconnect = true;
      this.task.abort();
    });
  }

  /** What the error box's Retry does: `refresh()`, once at a time, with the error kept on screen meanwhile. */
  async retry(): Promise<void> {
    if (this.#retrying) return;
    this.#retrying = true;
    this.host.requestUpdate();
    try {
      await this.refresh();
    } finally {
      this.#retrying = false;
      this.host.requestUpdate();
    }
  }

  /** Loads the catalog again, past the page's cache. Resolves when it has settled. */
  async refresh(): Promise<void> {
    const source = resolveSource(this.host, this.#provider.value);
    if (source.kind === 'url') catalogStore.invalidate(source.url);
    if (source.kind === 'property') {
      validatedObjects.delete(source.catalog);
      validatedNow.delete(source.catalog);
    }
    this.#inHand = undefined;
    this.#revision += 1;
    this.#refreshing = true;
    this.host.requestUpdate();
    try {
      await this.host.updateComplete;
      await this.task.taskComplete;
    } catch {
      // the error is rendered and fired as hms-error
    } finally {
      this.#refreshing = false;
      await this.host.updateComplete;
    }
  }

  async #load(
    kind: string,
    key: string,
    object: object | undefined,
    signal: AbortSignal,
  ): Promise<LoadedCatalog> {
    // What the first render shows from data in hand is the result: validated once, and the same
    // object. Asked for here, as the run starts in the update's hostUpdate: a widget whose render
    // reads the view after that (all but the course list) would else validate it a second time,
    // in slices, and render its content again with the copy.
    const inHand = kind === 'url' ? undefined : this.#inHandView();
    const sameSource = this.#inHand?.key === (kind === 'property' ? object : kind === 'inline' ? key : undefined);
    if (inHand?.state === 'complete' && sameSource) {
      if (!inHand.partial) return inHand.loaded;
      // A first screen drawn from part of the catalog: the whole is validated once that screen is
      // painted, at once (a catalog this size validates in 15-25 ms in a new page: slices would let
      // frames in between and show the whole later).
      await this.host.whenFirstScreenPainted?.();
      signal.throwIfAborted();
      return validatedObjects.get(object!) ?? loadInHand({ kind: 'property', catalog: object! });
    }
    switch (kind) {
      case 'url':
        return catalogStore.load(key, signal, { cache: cacheMode(this.host.cache) });
      case 'property': {
        let loaded = validatedObjects.get(object!);
        if (!loaded) {
          loaded = toLoadedCatalogInSlices(object, undefined, pageBaseUrl());
          validatedObjects.set(object!, loaded);
          // Widgets that show this object later have it at once (validated now).
          loaded.then((done) => validatedObjects.get(object!) === loaded && validatedNow.set(object!, done), () => {});
          // A rejected validation is not kept: the next run tries again.
          loaded.catch(() => validatedObjects.get(object!) === loaded && validatedObjects.delete(object!));
        }
        return loaded;
      }
      case 'inline':
        return toLoadedCatalogInSlices(parseInlineCatalog(key), undefined, pageBaseUrl());
      default:
        throw new CatalogSourceError();
    }
  }

  #loaded(loaded: LoadedCatalog): void {
    this.#shown = true;
    this.#stopWaitingForOnline();
    this.#follow(this.host.isConnected ? loaded.url : undefined);
    // A newer version came in while this run finished: show it too, never two versions side by side.
    const latest = loaded.url ? catalogStore.latest(loaded.url, { cache: cacheMode(this.host.cache) }) : undefined;
    if (latest && latest !== loaded) queueMicrotask(() => this.#rerunFor(loaded.url!));
    // The last good copy stands in for a server that failed: try the server again once back online.
    if (loaded.lastGood?.networkFailed && this.host.isConnected) this.#reloadWhenOnline();
    // Task calls this before it renders the result; listeners expect the content to be there.
    this.#afterRender(() => this.#announce(loaded));
  }

  #announce(loaded: LoadedCatalog): void {
    if (loaded.issues.length > 0 && !loaded.issuesReported) {
      loaded.issuesReported = true;
      const where = loaded.url ?? `the catalog of <${this.host.localName}>`;
      console.warn(
        `hms-widgets: ${loaded.issues.length} problem(s) in ${where}:\n` +
          loaded.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n'),
      );
      emit(this.host, 'hms-catalog-issues', { issues: loaded.issues, url: loaded.url });
    }
    emit(this.host, 'hms-load', { counts: countCatalog(loaded.catalog), url: loaded.url });
  }

  #failed(error: unknown): void {
    if (isAbortError(error)) return;
    if (error instanceof CatalogNetworkError) this.#reloadWhenOnline();
    this.#afterRender(() => {
      const failure = asCatalogError(error);
      emit(this.host, 'hms-error', { error: failure, message: errorMessage(failure, this.options.messages()) });
    });
  }

  /**
   * Follows new versions of the catalog at `url`: when another widget on the same source reloads it
   * (Retry, refresh()), this one takes the new version too, so the page never shows two versions.
   */
  #follow(url: string | undefined): void {
    if (url === this.#subscribedUrl) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedUrl = url;
    if (url === undefined) return;
    this.#unsubscribe = catalogStore.subscribe(url, (loaded) => {
      if (this.task.value !== loaded) this.#rerunFor(url);
    });
  }

  /** Runs the task again for a new version of `url`, the current content kept on screen meanwhile. */
  #rerunFor(url: string): void {
    const args = this.#lastArgs;
    if (this.task.status === TaskStatus.PENDING || args?.[0] !== 'url' || args[1] !== url) return;
    this.#refreshing = true;
    void this.task.run(args).finally(() => {
      this.#refreshing = false;
      this.host.requestUpdate();
    });
  }

  /** After a network failure the widget loads again by itself when the browser is back online. */
  #reloadWhenOnline(): void {
    if (this.#onOnline || typeof window === 'undefined') return;
    this.#onOnline = () => {
      this.#stopWaitingForOnline();
      if (this.host.isConnected) void this.refresh();
    };
    window.addEventListener('online', this.#onOnline);
  }

  #stopWaitingForOnline(): void {
    if (!this.#onOnline) return;
    window.removeEventListener('online', this.#onOnline);
    this.#onOnline = undefined;
  }

  #afterRender(callback: () => void): void {
    queueMicrotask(() => void this.host.updateComplete.then(callback));
  }
}

function absolute(url: string): string {
  try {
    return new URL(url, pageBaseUrl()).href;
  } catch {
    return url;
  }
}
