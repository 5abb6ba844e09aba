import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../catalog/errors.js';
import type { LoadedCatalog } from '../catalog/loader.js';
import { asCatalogError, CatalogController } from '../controllers/catalog-controller.js';
import { errorMessage } from '../i18n/error-message.js';
import { loadMessages, messagesFor, messagesReady, resolveLocale, textDirection } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { HmsElement } from './hms-element.js';

/**
 * The base of every widget that shows catalog data: the source properties, `refresh()`, the
 * catalog controller and the shared loading, error and status rendering.
 */
export class HmsCatalogElement extends HmsElement {
  /** URL of the catalog JSON (relative URLs resolve against the page). */
  @property({ reflect: true }) src?: string;

  /** A catalog document as a JavaScript object; it wins over every other source. */
  @property({ attribute: false }) catalog?: object;

  @state() private retrying = false;
  #autoDir?: string;

  /** The widget's catalog, loaded through the page's shared store. */
  protected readonly data = new CatalogController(this);

  /** The widget's language: its own `locale`, the nearest `<hms-catalog locale>`, the page's, the browser's. */
  protected get resolvedLocale(): string {
    return resolveLocale(this.locale ?? this.data.provider?.locale);
  }

  /** UI strings in the widget's language. */
  protected get t(): Messages {
    return messagesFor(this.resolvedLocale);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = this.resolvedLocale;
    // UI strings of other languages load on first use; the widget shows its skeleton until then.
    if (!messagesReady(locale)) void loadMessages(locale).then(() => this.requestUpdate());
    // Right-to-left languages lay the widget out right to left, unless the page set dir itself.
    const dir = textDirection(locale);
    if (this.#autoDir === undefined ? !this.hasAttribute('dir') : this.getAttribute('dir') === this.#autoDir) {
      this.#autoDir = dir;
      if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
    }
  }

  /** `updateComplete` also waits for the widget's UI strings, so it resolves on the translated render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (!this.stringsReady) {
      await loadMessages(this.resolvedLocale);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** True once the widget's UI strings are loaded (English always is). */
  protected get stringsReady(): boolean {
    return messagesReady(this.resolvedLocale);
  }

  /** Loads the catalog again, past the page's cache. Resolves once the widget has the result. */
  refresh(): Promise<void> {
    return this.data.refresh();
  }

  /** @internal Used by the catalog controller. */
  emitCatalogEvent(name: 'hms-load' | 'hms-error' | 'hms-catalog-issues', detail: unknown): void {
    if (name === 'hms-error') {
      const error = asCatalogError((detail as { error: unknown }).error);
      this.emit('hms-error', { error, message: errorMessage(error, this.t) });
    } else if (name === 'hms-load') {
      this.emit('hms-load', detail as HTMLElementEventMap['hms-load']['detail']);
    } else {
      this.emit('hms-catalog-issues', detail as HTMLElementEventMap['hms-catalog-issues']['detail']);
    }
  }

  /**
   * Renders the widget's three states: the skeleton while loading (and after a disconnect abort),
   * the error box with Retry, or `complete(loaded)`; a polite live region announces the changes.
   */
  protected renderCatalog(
    complete: (loaded: LoadedCatalog) => TemplateResult,
    skeleton: () => TemplateResult,
  ): TemplateResult {
    const t = this.t;
    let announcement = '';
    if (!this.stringsReady) return html`${skeleton()}<div class="visually-hidden" role="status" part="announcement"></div>`;
    const body = this.data.task.render({
      initial: () => skeleton(),
      pending: () => {
        if (this.retrying && this.data.task.error) return this.renderError(this.data.task.error);
        // A refresh keeps the current content on screen until the new one is in.
        if (this.data.refreshing && this.data.task.value) return complete(this.data.task.value);
        announcement = t.loading;
        return skeleton();
      },
      complete: (loaded) => complete(loaded),
      error: (error) => {
        if (isAbortError(error)) return skeleton();
        announcement = errorMessage(error, t);
        return this.renderError(error);
      },
    });
    return html`${body}<div class="visually-hidden" role="status" part="announcement">${announcement}</div>`;
  }

  private renderError(error: unknown): TemplateResult {
    const t = this.t;
    const failure = asCatalogError(error);
    const noSource = failure.kind === 'no-source';
    return html`<div part="error" class="error">
      <p part="error-title" class="error-title">${t.errorTitle}</p>
      <p part="error-message" class="error-message">${errorMessage(failure, t)}</p>
      ${noSource ? html`<p part="error-help" class="error-help">${t.errorNoSourceHow}</p>` : nothing}
      <button
        part="retry"
        class="retry"
        type="button"
        aria-disabled=${this.retrying ? 'true' : 'false'}
        @click=${this.onRetry}
      >
        ${t.retry}
      </button>
    </div>`;
  }

  private async onRetry(): Promise<void> {
    if (this.retrying) return;
    this.retrying = true;
    try {
      await this.refresh();
    } finally {
      this.retrying = false;
    }
  }
}
