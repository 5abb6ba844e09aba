import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** A view as URL text: one value per parameter name (without the prefix); '' stands for "unset". */
export type UrlView = Record<string, string>;

/** What an element that can keep its view in the page URL gives the controller. */
export interface UrlSyncHost extends ReactiveControllerHost, HTMLElement {
  /** Keep the view in the URL: read it on connect, follow Back and Forward, write each change. */
  readonly syncUrl: boolean;
}

/**
 * Keeps an element's view in the page URL, in parameters prefixed `hms-` (or `hms-<id>-` when the
 * element has an id), so a shared link or Back reproduces it. The embed's presets are the view the
 * element had when it first connected: only what differs from them is written, a parameter missing
 * from the URL means the preset. The element owns exactly `prefix + name` for each name of its
 * presets (the view always has the same names); every other byte of the query string (other lists' and the host page's parameters, their
 * encoding, their order) and the hash stay as they were.
 */
export class UrlSyncController implements ReactiveController {
  /** The embed's presets, as text: the view when the element first connected. */
  #presets?: UrlView;

  /**
   * @param view - The element's view now, as text, in the order parameters are written.
   * @param restore - Applies a view (every name of `view()` is given) over the presets.
   * @param settable - Whether a visitor can set a name now: only those are read from and written to
   *   the URL; the others keep their preset (a curated embed stays curated, whatever the link says).
   */
  constructor(
    private readonly host: UrlSyncHost,
    private readonly view: () => UrlView,
    private readonly restore: (view: UrlView, presets: UrlView) => void,
    private readonly settable: (name: string) => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#presets ??= this.view();
    // Only a browser has a URL to follow; a server render keeps the presets.
    if (isServer || !this.host.syncUrl) return;
    this.read();
    window.addEventListener('popstate', this.read);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.read);
  }

  /** True when one of `names` differs from the embed's preset. */
  changed(names: readonly string[]): boolean {
    const view = this.view();
    return names.some((name) => view[name] !== (this.presets[name] ?? ''));
  }

  /** Puts the element back to the embed's presets. */
  reset(): void {
    this.restore(this.presets, this.presets);
  }

  /**
   * Writes what differs from the presets into the URL, as a new history entry or in place: the
   * element's own parameters are taken out of the query text and the changed ones appended, in one
   * edit of the raw text (the other segments are kept verbatim, never decoded and encoded again).
   */
  write(mode: 'push' | 'replace'): void {
    if (!this.host.syncUrl) return;
    const prefix = this.prefix;
    const view = this.view();
    const segments = querySegments(location.search);
    const kept = segments.filter((segment) => {
      const name = ownName(segment, prefix);
      return name === undefined || !Object.hasOwn(this.presets, name);
    });
    const added: string[] = [];
    for (const [name, text] of Object.entries(view)) {
      if (this.settable(name) && text !== (this.presets[name] ?? '')) added.push(new URLSearchParams([[prefix + name, text]]).toString());
    }
    if (kept.length === segments.length && added.length === 0) return;
    const query = [...kept, ...added].join('&');
    const url = new URL(location.href);
    // Setting `search` only percent-encodes what the URL parser would: the kept segments are already in that form.
    url.search = query;
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private get presets(): UrlView {
    return this.#presets ?? {};
  }

  private get prefix(): string {
    return `hms-${this.host.id ? `${this.host.id}-` : ''}`;
  }

  /** Reads the view from the URL: a parameter the visitor could have set overrides the preset ('' means "all"). */
  private read = (): void => {
    const prefix = this.prefix;
    const found = new Map<string, string>();
    // One pass over the raw query; only the element's own names are decoded further (the first one wins, as URLSearchParams.get).
    for (const segment of querySegments(location.search)) {
      const name = ownName(segment, prefix);
      if (name === undefined || !Object.hasOwn(this.presets, name) || found.has(name)) continue;
      const equals = segment.indexOf('=');
      found.set(name, equals < 0 ? '' : decodePart(segment.slice(equals + 1)));
    }
    const view: UrlView = {};
    for (const [name, preset] of Object.entries(this.presets)) view[name] = this.settable(name) ? (found.get(name) ?? preset) : preset;
    this.restore(view, this.presets);
  };
}

/**
 * The value of the first `name` parameter of a query string (`location.search`), decoded as
 * `URLSearchParams.get` would; undefined when there is none. One pass over the raw text.
 */
export function queryValue(search: string, name: string): string | undefined {
  for (const segment of querySegments(search)) {
    if (ownName(segment, name) !== '') continue;
    const equals = segment.indexOf('=');
    return equals < 0 ? '' : decodePart(segment.slice(equals + 1));
  }
  return undefined;
}

/**
 * A query string (with its `?`, or '' when nothing is left) with every `name` parameter taken out
 * and, when `encoded` is given (already percent-encoded), `name=encoded` appended. Every other
 * segment stays byte for byte as it was, as {@link UrlSyncController.write} keeps them.
 */
export function withQueryValue(search: string, name: string, encoded?: string): string {
  const kept = querySegments(search).filter((segment) => ownName(segment, name) !== '');
  if (encoded !== undefined) kept.push(`${new URLSearchParams([[name, '']]).toString()}${encoded}`);
  return kept.length ? `?${kept.join('&')}` : '';
}

/** The `&`-separated segments of a query string (`location.search`), as written. */
function querySegments(search: string): string[] {
  return search.length > 1 ? search.slice(1).split('&') : [];
}

/** The name a segment sets after `prefix`, or undefined when its name does not start with it. */
function ownName(segment: string, prefix: string): string | undefined {
  const equals = segment.indexOf('=');
  const name = decodePart(equals < 0 ? segment : segment.slice(0, equals));
  return name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
}

/** Decodes a name or value exactly as URLSearchParams does (`+` is a space, a malformed escape stays as written). */
function decodePart(text: string): string {
  if (!/[%+]/.test(text)) return text;
  const plain = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plain);
  } catch {
    // Only a malformed escape gets here; URLSearchParams keeps it as written, byte by byte.
    return new URLSearchParams(`x=${text}`).get('x') ?? text;
  }
}
