import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadMessages, messagesFor, messagesReady, resolveLocale, textDirection } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';

/**
 * A widget's language: which locale it speaks (its own `locale`, the nearest `<hms-catalog locale>`,
 * the page's, the browser's), its UI strings (loaded on first use, with a new render when they
 * arrive) and its text direction (set on the host unless the page set `dir` itself).
 */
export class LocaleController implements ReactiveController {
  /** The `dir` this controller set, so a `dir` the page sets is never overwritten. */
  #autoDir?: string;

  /** `requested` gives the locale asked for (the widget's own, else its provider's), if any. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly requested: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** The canonical locale the widget speaks. */
  get locale(): string {
    return resolveLocale(this.requested());
  }

  /** UI strings in the widget's language (English until they are loaded). */
  get t(): Messages {
    return messagesFor(this.locale);
  }

  /** True once the widget's UI strings are loaded (English always is). */
  get ready(): boolean {
    return messagesReady(this.locale);
  }

  /** Resolves once the widget's UI strings are loaded. */
  async whenReady(): Promise<void> {
    if (!this.ready) await loadMessages(this.locale);
  }

  hostUpdate(): void {
    const locale = this.locale;
    // UI strings of other languages load on first use; the widget shows its skeleton until then.
    if (!messagesReady(locale)) void loadMessages(locale).then(() => this.host.requestUpdate());
    // Right-to-left languages lay the widget out right to left, unless the page set dir itself.
    const dir = textDirection(locale);
    const host = this.host;
    if (this.#autoDir === undefined ? !host.hasAttribute('dir') : host.getAttribute('dir') === this.#autoDir) {
      this.#autoDir = dir;
      if (host.getAttribute('dir') !== dir) host.setAttribute('dir', dir);
    }
  }
}
