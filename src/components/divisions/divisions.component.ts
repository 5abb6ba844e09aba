import { css, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { property } from '../../internal/property.js';
import type { LoadedCatalog } from '../../catalog/loader.js';
import { currentOfferings } from '../../catalog/offerings.js';
import { formatNumber } from '../../i18n/format.js';
import { HmsCatalogElement } from '../../base/catalog-element.js';
import { renderDivisionList } from './division-list.js';
import { divisionList } from '../../styles/divisions.js';
import { base, states } from '../../styles/shared.js';
import { placeholder, PLACEHOLDER_CATALOG } from '../../base/placeholder.js';
import { headingLevel } from '../../internal/heading.js';

/**
 * @summary The three divisions side by side (HMS Global Academy, Continuing Education, Office of
 * Global Education), each with its summary, its kinds of offering, its count of current offerings
 * in the catalog, and a link.
 *
 * @tag hms-divisions
 *
 * @attr {number} heading-level - Heading level of the division names (default 3).
 * @attr {string} src - URL of the catalog JSON.
 * @attr {'last-good'|'none'} cache - `none`: neither show nor keep the last good copy of the catalog in the visitor's browser.
 * @attr {string} locale - Language of the widget's own text.
 *
 * @fires {HmsLoadEvent} hms-load - The catalog loaded.
 * @fires {HmsErrorEvent} hms-error - The catalog could not be shown.
 *
 * @csspart divisions - The list.
 * @csspart division - One division.
 * @csspart division-name - Its name (a heading).
 * @csspart division-link - The link on the name.
 * @csspart division-summary - Its summary.
 * @csspart offerings - Its kinds of offering.
 * @csspart offering - One kind of offering.
 * @csspart division-count - "12 current offerings".
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The error box.
 * @csspart last-good-note - "Updated on …" under the last good copy of the catalog, shown while its server cannot be reached.
 */
export class HmsDivisions extends HmsCatalogElement {
  static override styles = [
    base,
    states,
    divisionList,
    css`
      :host {
        container-type: inline-size;
      }
    `,
  ];

  /** Heading level of the division names, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  override render(): TemplateResult {
    const complete = ({ catalog }: LoadedCatalog) => {
        const locale = this.resolvedLocale;
        return html`${renderDivisionList(catalog.divisions, {
          t: this.t,
          locale,
          level: headingLevel(this.headingLevel),
          detailed: true,
          footer: (division) => {
            const count = currentOfferings(catalog, division.id);
            return this.t.offeringsCount(count, formatNumber(count, locale));
          },
        })}`;
    };
    return this.renderCatalog(complete, () => placeholder(complete({ catalog: PLACEHOLDER_CATALOG, issues: [], url: undefined, issuesReported: true })));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hms-divisions': HmsDivisions;
  }
}
