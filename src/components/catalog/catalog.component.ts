import { ContextProvider } from '@lit/context';
import { css, isServer, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { property } from '../../internal/property.js';
import { pageBaseUrl } from '../../internal/page-base.js';
import { parseInlineCatalog } from '../../catalog/parse.js';
import { catalogContext, type CatalogProviderValue } from '../../controllers/catalog-context.js';
import { HmsElement } from '../../base/hms-element.js';
import { themeStyles } from '../../styles/themes.js';

/**
 * @summary Names the catalog, language and region once for every widget inside it. Widgets without a
 * source, `locale` or `region` of their own take them from the nearest `<hms-catalog>`, so a page
 * of five widgets makes one request. It renders its children as they are and adds no box of its own.
 *
 * @tag hms-catalog
 *
 * @attr {string} src - URL of the catalog JSON for the widgets inside.
 * @attr {string} locale - Language of the widgets inside.
 * @attr {string} region - Region whose program adaptations the widgets inside show (e.g. `latam`).
 * @attr {'light'|'dark'|'high-contrast'|'auto'} theme - Theme of the widgets inside that have none of their own.
 *
 * @slot - Any content, with hms-* widgets anywhere inside.
 */
export class HmsCatalog extends HmsElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** URL of the catalog JSON. */
  @property({ reflect: true }) src?: string = undefined;

  /** A catalog document as a JavaScript object; it wins over `src` and inline JSON. */
  @property({ attribute: false }) catalog?: object = undefined;

  /** Region of the program adaptations shown inside. */
  @property({ reflect: true }) region?: string = undefined;

  readonly #provider = new ContextProvider(this, { context: catalogContext, initialValue: undefined });
  #inline?: { text: string; parsed?: object };

  /** What the widgets inside are given now. */
  get value(): CatalogProviderValue | undefined {
    return this.#provider.value;
  }

  override willUpdate(): void {
    const next = this.describe();
    const current = this.#provider.value;
    const same =
      current &&
      current.url === next.url &&
      current.catalog === next.catalog &&
      current.inlineText === next.inlineText &&
      current.locale === next.locale &&
      current.region === next.region;
    if (!same) this.#provider.setValue(next);
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  private describe(): CatalogProviderValue {
    const value: CatalogProviderValue = { locale: this.locale, region: this.region };
    if (this.catalog) return { ...value, catalog: this.catalog };
    if (this.src) return { ...value, url: absoluteUrl(this.src) };
    // A server render sees no children: there the catalog comes as a property.
    const script = isServer ? null : this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      const text = script.textContent ?? '';
      if (this.#inline?.text !== text) {
        // Parsed once here, so the widgets inside share one object (and one validation).
        // Read as each widget would read it; one that cannot be read goes to the widgets as text,
        // and each shows the parse error.
        let parsed: object | undefined;
        try {
          const json = parseInlineCatalog(text);
          parsed = json !== null && typeof json === 'object' ? json : undefined;
        } catch {
          parsed = undefined;
        }
        this.#inline = { text, parsed };
      }
      return this.#inline.parsed ? { ...value, catalog: this.#inline.parsed } : { ...value, inlineText: text };
    }
    return value;
  }
}

/** `src` made absolute against the page (on a server, where there is no page, as written when it is relative). */
function absoluteUrl(src: string): string {
  try {
    return new URL(src, pageBaseUrl()).href;
  } catch {
    return src;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hms-catalog': HmsCatalog;
  }
}
