import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { property } from '../../internal/property.js';
import type { LoadedCatalog } from '../../catalog/loader.js';
import type { Catalog, Organization } from '../../catalog/types.js';
import { HmsCatalogElement } from '../../base/catalog-element.js';
import { renderDivisionList } from '../divisions/division-list.js';
import { localized } from '../../catalog/localize.js';
import { text } from '../../i18n/catalog-text.js';
import { missionStyles } from './mission.styles.js';
import { placeholder, PLACEHOLDER_CATALOG } from '../../base/placeholder.js';
import { headingLevel } from '../../internal/heading.js';

/** What `<hms-mission>` shows. */
export type MissionVariant = 'full' | 'quote' | 'compact';
const VARIANTS: readonly MissionVariant[] = ['full', 'quote', 'compact'];

/**
 * @summary The HMS Global Academy mission block: the mission statement with its attribution, the
 * organization's facts and its three divisions, from the catalog.
 *
 * @tag hms-mission
 *
 * @attr {string} src - URL of the catalog JSON.
 * @attr {'last-good'|'none'} cache - `none`: neither show nor keep the last good copy of the catalog in the visitor's browser.
 * @attr {'full'|'quote'|'compact'} variant - `full` (quote, facts, divisions), `quote` (the statement only) or `compact` (facts and division links on one band).
 * @attr {number} heading-level - Heading level of the division names (2 to 6; default 3).
 * @attr {string} locale - Language of the widget's own text.
 *
 * @fires {HmsLoadEvent} hms-load - The catalog loaded; detail has item counts and the URL.
 * @fires {HmsErrorEvent} hms-error - The catalog could not be shown; detail has the error and the message shown.
 * @fires {HmsCatalogIssuesEvent} hms-catalog-issues - Validation dropped or cleaned items (once per document).
 *
 * @csspart mission - The root of the loaded content.
 * @csspart quote - The figure holding the statement and its attribution.
 * @csspart statement - The quoted mission statement.
 * @csspart attribution - Who signs it: name and title.
 * @csspart attribution-name - The name.
 * @csspart attribution-title - The title.
 * @csspart organization - The organization's name (compact variant).
 * @csspart facts - The list of facts.
 * @csspart fact - One fact.
 * @csspart fact-value - A fact's number.
 * @csspart fact-label - A fact's label.
 * @csspart divisions - The list of divisions.
 * @csspart division - One division.
 * @csspart division-name - A division's name (a heading in the full variant).
 * @csspart division-link - The link on a division's name.
 * @csspart division-summary - A division's one-line summary.
 * @csspart offerings - The kinds of offering of a division.
 * @csspart offering - One kind of offering.
 * @csspart empty - Shown when the catalog has no mission.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error box.
 * @csspart last-good-note - "Updated on …" under the last good copy of the catalog, shown while its server cannot be reached.
 * @csspart error-title - The error box's heading.
 * @csspart error-message - What went wrong.
 * @csspart error-help - How to fix a missing source.
 * @csspart retry - The Retry button.
 * @csspart announcement - The visually hidden live region that announces loading and errors.
 *
 * @cssprop --hms-mission-accent-color - Quote rule and fact numbers (default: --hms-color-primary).
 * @cssprop --hms-mission-quote-font-size - Size of the statement (default: --hms-font-size-lg).
 * @cssprop --hms-mission-fact-font-size - Size of fact numbers (default: --hms-font-size-display).
 * @cssprop --hms-mission-rule-width - Width of the rule beside the quote (default 4px).
 */
export class HmsMission extends HmsCatalogElement {
  static override styles = missionStyles;

  /** What the block shows: `full`, `quote` or `compact`. */
  @property({ reflect: true }) variant: MissionVariant = 'full';

  /** Heading level of the division names, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel = 3;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant') && !VARIANTS.includes(this.variant)) {
      console.warn(`<hms-mission>: variant="${this.variant}" is not one of ${VARIANTS.join(', ')}; showing "full".`);
    }
  }

  override render(): TemplateResult {
    return this.renderCatalog(
      (loaded) => this.renderContent(loaded),
      () => this.renderSkeleton(),
    );
  }

  private get shownVariant(): MissionVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'full';
  }

  private get level(): number {
    return headingLevel(this.headingLevel);
  }

  private renderContent({ catalog }: LoadedCatalog): TemplateResult {
    const variant = this.shownVariant;
    if (variant === 'compact') return this.renderCompact(catalog);
    return html`<div part="mission" class="mission variant-${variant}">
      ${this.renderQuote(catalog)}
      ${variant === 'full' ? html`${this.renderFacts(catalog.organization)} ${renderDivisionList(catalog.divisions, { t: this.t, locale: this.resolvedLocale, level: this.level, detailed: true })}` : nothing}
    </div>`;
  }

  private renderQuote({ mission }: Catalog): TemplateResult {
    if (!mission) return html`<p part="empty" class="empty">${this.t.missionEmpty}</p>`;
    const { attribution } = mission;
    const locale = this.resolvedLocale;
    return html`<figure part="quote" class="quote" aria-label=${this.t.missionLabel}>
      <blockquote part="statement" class="statement"><p>${text(mission, 'statement', locale)}</p></blockquote>
      <figcaption part="attribution" class="attribution">
        <span part="attribution-name" class="attribution-name">${text(attribution, 'name', locale)}</span>
        ${attribution.title ? html`<span part="attribution-title" class="attribution-title">${text(attribution, 'title', locale)}</span>` : nothing}
      </figcaption>
    </figure>`;
  }

  private renderFacts(organization: Organization | undefined): TemplateResult | typeof nothing {
    if (!organization || organization.facts.length === 0) return nothing;
    const locale = this.resolvedLocale;
    return html`<ul part="facts" class="facts" aria-label=${this.t.factsLabel(localized(organization, 'name', locale)?.text ?? organization.name)}>
      ${organization.facts.map(
        (fact) => html`<li part="fact" class="fact">
          <span part="fact-value" class="fact-value">${text(fact, 'value', locale)}</span>
          <span part="fact-label" class="fact-label">${text(fact, 'label', locale)}</span>
        </li>`,
      )}
    </ul>`;
  }

  private renderCompact(catalog: Catalog): TemplateResult {
    return html`<div part="mission" class="compact">
      ${catalog.organization ? html`<p part="organization" class="organization">${text(catalog.organization, 'name', this.resolvedLocale)}</p>` : nothing}
      ${this.renderFacts(catalog.organization)} ${renderDivisionList(catalog.divisions, { t: this.t, locale: this.resolvedLocale, level: this.level, detailed: false })}
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    return placeholder(this.renderContent({ catalog: PLACEHOLDER_CATALOG, issues: [], url: undefined, issuesReported: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hms-mission': HmsMission;
  }
}
