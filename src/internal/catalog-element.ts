import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../catalog/errors.js';
import type { LoadedCatalog } from '../catalog/loader.js';
import { asCatalogError, CatalogController } from '../controllers/catalog-controller.js';
import { errorMessage } from '../i18n/error-message.js';
import { messagesFor, resolveLocale } from '../i18n/locale.js';
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

  /** The widget's catalog, loaded through the page's shared store. */
  protected readonly data = new CatalogController(this);

  /** UI strings in the widget's language. */
  protected get t(): Messages {
    return messagesFor(resolveLocale(this.locale));
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
    return html`${body}<div class="visually-hidden" role="status" part="status">${announcement}</div>`;
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
