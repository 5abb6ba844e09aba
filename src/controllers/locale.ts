import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadMessages, messagesFor, messagesReady, resolveLocale, textDirection } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { renderTurn } from './render-turns.js';

/**
 * A widget's language: which locale it speaks (its own `locale`, the nearest `<hms-catalog locale>`,
 * the page's, the browser's), its UI strings (loaded on first use, with a new render when they
 * arrive), its text direction and language (set on the host as `dir` and `lang` unless the page set them).
 */
export class LocaleController implements ReactiveController {
  /** The `dir` and `lang` this controller set, so those the page sets are never overwritten. */
  #auto: { dir?: string; lang?: string } = {};

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

  /** True while the widget rendered without its UI strings and has not yet asked for the render with them. */
  get rerendering(): boolean {
    return this.#arrival !== undefined;
  }

  /** Resolves once the widget's UI strings are loaded, and the widget has asked for its render with them. */
  async whenReady(): Promise<void> {
    if (!this.ready) await loadMessages(this.locale);
    await this.#arrival;
  }

  /**
   * Set from a render without the widget's UI strings until the widget asks for its render with
   * them, in a render turn of its own: the strings come for every widget of a page at once, and
   * each widget drawing its skeleton again in that one task made it the longest of ours on the
   * demo's Arabic page on a phone (Lighthouse's 4x CPU).
   */
  #arrival?: Promise<void>;

  hostUpdate(): void {
    const locale = this.locale;
    // UI strings of other languages load on first use; the widget shows its skeleton until then.
    if (!messagesReady(locale)) {
      this.#arrival ??= loadMessages(locale)
        .then(() => (isServer ? undefined : renderTurn(this.host)))
        .then(() => {
          this.#arrival = undefined;
          this.host.requestUpdate();
        });
    }
    // Right-to-left languages lay the widget out right to left, and the widget's language is marked
    // for assistive technology (its text may differ from the page's), unless the page set them itself.
    this.#set('dir', textDirection(locale));
    this.#set('lang', locale);
  }

  #set(name: 'dir' | 'lang', value: string): void {
    const host = this.host;
    if (this.#auto[name] === undefined ? host.hasAttribute(name) : host.getAttribute(name) !== this.#auto[name]) return;
    this.#auto[name] = value;
    if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  }
}
