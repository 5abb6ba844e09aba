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
 * from the URL means the preset, and the host page's own parameters are left alone.
 */
export class UrlSyncController implements ReactiveController {
  /** The embed's presets, as text: the view when the element first connected. */
  #presets?: UrlView;

  /**
   * @param view - The element's view now, as text, in the order parameters are written.
   * @param restore - Applies a view (every name of `view()` is given) over the presets.
   */
  constructor(
    private readonly host: UrlSyncHost,
    private readonly view: () => UrlView,
    private readonly restore: (view: UrlView, presets: UrlView) => void,
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

  /** Writes what differs from the presets into the URL, as a new history entry or in place. */
  write(mode: 'push' | 'replace'): void {
    if (!this.host.syncUrl) return;
    const url = new URL(location.href);
    const prefix = this.prefix;
    for (const key of [...url.searchParams.keys()]) if (key.startsWith(prefix)) url.searchParams.delete(key);
    for (const [name, text] of Object.entries(this.view())) if (text !== (this.presets[name] ?? '')) url.searchParams.set(prefix + name, text);
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

  /** Reads the view from the URL: a parameter overrides the preset ('' means "all"). */
  private read = (): void => {
    const params = new URL(location.href).searchParams;
    const view: UrlView = {};
    for (const [name, preset] of Object.entries(this.presets)) view[name] = params.get(this.prefix + name) ?? preset;
    this.restore(view, this.presets);
  };
}
