import { html, nothing, type TemplateResult } from 'lit';
import { property } from '../internal/property.js';
import type { CatalogError } from '../catalog/errors.js';
import type { LoadedCatalog } from '../catalog/loader.js';
import { CatalogController } from '../controllers/catalog-controller.js';
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

  /** The widget's catalog, loaded through the page's shared store; it fires hms-load, hms-error and hms-catalog-issues. */
  protected readonly data: CatalogController = new CatalogController(this, { messages: () => this.t });

  /** The widget's language, UI strings and text direction. */
  readonly #language: LocaleController = new LocaleController(this, () => this.locale ?? this.data.provider?.locale);

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

  /** `updateComplete` also waits for the widget's UI strings, so it resolves on the translated render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (!this.stringsReady) {
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
   * in), the error box with Retry, or `complete(loaded)`; a polite live region announces the changes.
   */
  protected renderCatalog(complete: (loaded: LoadedCatalog) => TemplateResult, skeleton: () => TemplateResult): TemplateResult {
    if (!this.stringsReady) return this.withAnnouncement(skeleton(), '');
    const view = this.data.view;
    switch (view.state) {
      case 'complete':
        return this.withAnnouncement(complete(view.loaded), '');
      case 'error':
        return this.withAnnouncement(this.renderError(view.error, view.retrying), view.retrying ? '' : errorMessage(view.error, this.t));
      default:
        return this.withAnnouncement(skeleton(), view.announce ? this.t.loading : '');
    }
  }

  private withAnnouncement(body: TemplateResult, announcement: string): TemplateResult {
    return html`${body}<div class="visually-hidden" role="status" part="announcement">${announcement}</div>`;
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
