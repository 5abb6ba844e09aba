import { isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { property } from '../internal/property.js';
import type { CatalogError } from '../catalog/errors.js';
import type { LoadedCatalog } from '../catalog/loader.js';
import { Announcer } from '../controllers/announcer.js';
import { CatalogController } from '../controllers/catalog-controller.js';
import { firstRenderTurn } from '../controllers/render-turns.js';
import { FocusKeeper } from '../controllers/focus-keeper.js';
import { LocaleController } from '../controllers/locale.js';
import { errorMessage } from '../i18n/error-message.js';
import type { Messages } from '../i18n/messages.js';
import { HmsElement } from './hms-element.js';

/**
 * The base of every widget that shows catalog data: the source properties, `refresh()`, the
 * catalog and language controllers, and the shared loading, error and status rendering.
 *
 * @fires {HmsLoadEvent} hms-load - The catalog loaded and the widget rendered it.
 * @fires {HmsErrorEvent} hms-error - The catalog could not be shown.
 * @fires {HmsCatalogIssuesEvent} hms-catalog-issues - Validation dropped or cleaned items of the catalog (once per document).
 */
export class HmsCatalogElement extends HmsElement {
  /** URL of the catalog JSON (relative URLs resolve against the page). */
  @property({ reflect: true }) src?: string = undefined;

  /** A catalog document as a JavaScript object; it wins over every other source. */
  @property({ attribute: false }) catalog?: object = undefined;

  /**
   * `none`: the widget neither shows nor keeps the last good copy of its catalog in the visitor's
   * browser (by default it keeps it, shows it at once on the next visit and through an outage).
   */
  @property({ reflect: true }) cache?: 'last-good' | 'none' = undefined;

  /**
   * `lazy`: the widget shows its skeleton and draws its content only when it comes within a screen
   * of the viewport (and before printing), as `<img loading="lazy">` does; its catalog still loads
   * with the page's. For widgets far below the fold of a busy page. By default (`eager`) it draws
   * its content as soon as the catalog is in.
   */
  @property({ reflect: true }) loading?: 'eager' | 'lazy' = undefined;

  /** The widget's catalog, loaded through the page's shared store; it fires hms-load, hms-error and hms-catalog-issues. */
  protected readonly data: CatalogController = new CatalogController(this, { messages: () => this.t });

  /** The widget's language, UI strings and text direction. */
  readonly #language: LocaleController = new LocaleController(this, () => this.locale ?? this.data.provider?.locale);

  /** The widget's one polite live region: loading and errors here, a widget's own changes through `say()`. */
  protected readonly announcer: Announcer = new Announcer(this, () => this.statusAnnouncement());

  /** Keeps focus in the widget when the focused control goes (Retry replaced by the content, for one). */
  protected readonly focusKeeper: FocusKeeper = new FocusKeeper(this, () => this.focusTarget());

  /** The widget's language: its own `locale`, the nearest `<hms-catalog locale>`, the page's, the browser's. */
  protected get resolvedLocale(): string {
    return this.#language.locale;
  }

  /** UI strings in the widget's language. */
  protected get t(): Messages {
    return this.#language.t;
  }

  /** True once the widget's UI strings are loaded (English always is). */
  protected get stringsReady(): boolean {
    return this.#language.ready;
  }

  /** True when the widget's shadow root came from a server render (declarative shadow DOM), or on the server. */
  protected get serverRendered(): boolean {
    return this.data.serverRendered;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A server render runs no controller's hostUpdate: the host's `dir` and `lang` are set here.
    if (isServer) this.#language.hostUpdate();
  }

  /**
   * A server-rendered widget hydrates with its first render, which must be the server's: that
   * render waits for the widget's UI strings (the server's markup stays on screen meanwhile).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hasUpdated && this.serverRendered && !this.stringsReady) return this.#language.whenReady().then(() => super.scheduleUpdate());
    // A widget off screen when the library started draws its skeleton in a turn of its own, not in
    // the task that defines every widget of the page (issue 17: that task was the page's longest).
    const turn = !this.hasUpdated && !this.serverRendered ? firstRenderTurn(this) : undefined;
    if (turn) return turn.then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  /**
   * A server-rendered widget with nothing in hand at its first render (its catalog was not inline)
   * cannot hydrate the server's markup: that markup is dropped, its styles kept, and the widget
   * renders as a client-only one would.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && this.data.missingInHand && this.shadowRoot) {
      for (const node of [...this.shadowRoot.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
      // The flag Lit's hydration support sets on a declarative shadow root (minified and development names).
      const self = this as unknown as Record<string, unknown>;
      if (self._$AG) self._$AG = false;
      if (self._$needsHydration) self._$needsHydration = false;
    }
    super.update(changed);
  }

  /** `updateComplete` also waits for the widget's UI strings, so it resolves on the translated render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (!this.stringsReady || this.#language.rerendering) {
      await this.#language.whenReady();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Loads the catalog again, past the page's cache. Resolves once the widget has the result. */
  refresh(): Promise<void> {
    return this.data.refresh();
  }

  /**
   * Renders the widget's three states: the skeleton while loading (and until its UI strings are
   * in), the error box with Retry, or `complete(loaded)`, then the live region (see {@link announcer}).
   * `complete` returns nothing while the widget still prepares what it shows: the skeleton stays.
   */
  protected renderCatalog(complete: (loaded: LoadedCatalog) => TemplateResult | undefined, skeleton: () => TemplateResult): TemplateResult {
    if (!this.stringsReady) return this.withAnnouncement(skeleton());
    const view = this.data.view;
    switch (view.state) {
      case 'complete': {
        const content = complete(view.loaded);
        return this.withAnnouncement(content ? html`${content}${this.renderLastGoodNote(view.loaded)}` : skeleton());
      }
      case 'error':
        return this.withAnnouncement(this.renderError(view.error, view.retrying));
      default:
        return this.withAnnouncement(skeleton());
    }
  }

  private withAnnouncement(body: TemplateResult): TemplateResult {
    return html`${body}${this.announcer.render()}`;
  }

  /** What the state wants said: "Loading…" once loading (or a retry) has started, the error, nothing once loaded. */
  private statusAnnouncement(): string | undefined {
    if (!this.stringsReady) return undefined;
    const view = this.data.view;
    if (view.state === 'complete') return '';
    if (view.state === 'error') return view.retrying ? this.t.loading : errorMessage(view.error, this.t);
    return view.announce ? this.t.loading : undefined;
  }

  /** Where focus goes when the focused control goes: the widget's content (its first element). */
  protected focusTarget(): HTMLElement | null {
    return [...(this.renderRoot as ShadowRoot).children].find((el): el is HTMLElement => !el.matches('style, [part~="announcement"]')) ?? null;
  }

  /** The quiet "Updated on …" under a last good copy shown because the catalog server failed. */
  private renderLastGoodNote(loaded: LoadedCatalog): TemplateResult | typeof nothing {
    if (!loaded.lastGood?.networkFailed) return nothing;
    // The visitor's own calendar day (Intl directly: the shared formatters weigh on every bundle).
    const date = new Intl.DateTimeFormat(this.resolvedLocale, { dateStyle: 'medium' }).format(loaded.lastGood.savedAt);
    return html`<p part="last-good-note" class="last-good-note">${this.t.lastGoodNote(date)}</p>`;
  }

  private renderError(error: CatalogError, retrying: boolean): TemplateResult {
    const t = this.t;
    return html`<div part="error" class="error">
      <p part="error-title" class="error-title">${t.errorTitle}</p>
      <p part="error-message" class="error-message">${errorMessage(error, t)}</p>
      ${error.kind === 'no-source' ? html`<p part="error-help" class="error-help">${t.errorNoSourceHow}</p>` : nothing}
      <button part="retry" class="retry" type="button" aria-disabled=${retrying ? 'true' : 'false'} @click=${this.onRetry}>${t.retry}</button>
    </div>`;
  }

  private onRetry = (): void => {
    void this.data.retry();
  };
}
