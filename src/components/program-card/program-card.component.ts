import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { property } from '../../internal/property.js';
import type { LoadedCatalog } from '../../catalog/loader.js';
import { adaptProgram, applicationState, deadlineTime, regionNameFromCatalog, type RegionalProgram } from '../../catalog/programs.js';
import type { Catalog, Program } from '../../catalog/types.js';
import { formatDate, formatNumber, formatPrice, formatRelativeDays, languageName, regionName } from '../../i18n/format.js';
import { localized, termLabel, textLanguage, type CatalogTerms } from '../../catalog/localize.js';
import { bdi, langOf, list, text } from '../../i18n/catalog-text.js';
import type { Messages } from '../../i18n/messages.js';
import { HmsCatalogElement } from '../../base/catalog-element.js';
import { dateAttribute } from '../../internal/converters.js';
import { programCardStyles } from './program-card.styles.js';
import { placeholder, placeholderProgram } from '../../base/placeholder.js';
import { headingLevel } from '../../internal/heading.js';
import { nameWithTitle } from '../../internal/name-with-title.js';
import { renderDateBlock, renderMedia, type ImageLoading } from '../../base/card-media.js';
import '../../events/hms-program-select.js';

/** The line that says where applications stand: "Applications close in 12 days" or "Applications closed". */
export function deadlineWording(deadline: string | undefined, now: number, locale: string, t: Messages): { text: string; tone: string } | undefined {
  const state = applicationState(deadline, now);
  if (state.state === 'none') return undefined;
  if (state.state === 'closed') return { text: t.applicationsClosed, tone: 'bad' };
  return { text: t.applicationsClose(formatRelativeDays(state.daysLeft, locale)), tone: state.daysLeft <= 14 ? 'caution' : 'good' };
}

/**
 * @summary One Office of Global Education program, adapted to a region: title, summary, duration,
 * format, audience, next cohort, application deadline with the time left, fee in the region's
 * currency, language of instruction and an Apply link.
 *
 * @tag hms-program-card
 *
 * @attr {string} program-id - Which program of the catalog to show (with a source), when `program` is not set.
 * @attr {string} region - Region whose adaptation is laid over the program (else the nearest `<hms-catalog region>`).
 * @attr {string} now - ISO date-time to count the deadline from (previews and tests); defaults to the current time.
 * @attr {number} heading-level - Heading level of the title (default 3).
 * @attr {'lazy'|'eager'} image-loading - `eager` for a card on the first screen (a list sets it on its first row); default `lazy`.
 * @attr {string} src - URL of the catalog JSON.
 * @attr {'last-good'|'none'} cache - `none`: neither show nor keep the last good copy of the catalog in the visitor's browser.
 * @attr {string} locale - Language of the widget's own text.
 *
 * @fires {HmsProgramSelectEvent} hms-program-select - The title link was activated (cancelable).
 * @fires {HmsLoadEvent} hms-load - The catalog loaded (when the card loads one itself).
 * @fires {HmsErrorEvent} hms-error - The catalog could not be shown.
 *
 * @csspart card - The card's root.
 * @csspart media - The box of the image or its fallback, its ratio reserved (`--hms-image-ratio`).
 * @csspart image - The program image.
 * @csspart image-fallback - Shown in the media box when the program has no image: its format over the division's colour.
 * @csspart body - Everything but the media box.
 * @csspart badges - Format and deadline badges.
 * @csspart badge - One badge (also `modality`, `application-status`).
 * @csspart header - The date block, the title and the meta line.
 * @csspart date-block - The next cohort's first day, month over day.
 * @csspart meta - The one meta line: `duration`, `language` of instruction, `venue`.
 * @csspart title - The program title (a heading).
 * @csspart title-link - The link on the title.
 * @csspart notice - "Not yet offered in this region", with `base-link`.
 * @csspart base-link - Link to the program as HMS offers it.
 * @csspart summary - The summary.
 * @csspart details - Format, audience, cohort, deadline and fee.
 * @csspart duration - "12 months" (in the meta line).
 * @csspart format - The format.
 * @csspart audience - Who it is for.
 * @csspart cohort - Next cohort start.
 * @csspart deadline - Application deadline.
 * @csspart fee - The fee.
 * @csspart language - Language of instruction (in the meta line).
 * @csspart venue - Where the live sessions are (in the meta line).
 * @csspart actions - The foot of the card, with the Apply link.
 * @csspart apply - The Apply link (the call to action).
 * @csspart empty - Shown for an unknown program id.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The error box.
 * @csspart last-good-note - "Updated on …" under the last good copy of the catalog, shown while its server cannot be reached.
 *
 * @cssprop --hms-program-card-surface - Card background (default: --hms-color-surface).
 * @cssprop --hms-program-card-border-color - Card border (default: --hms-color-border).
 * @cssprop --hms-program-card-radius - Corner radius (default: --hms-radius-md).
 * @cssprop --hms-program-card-padding - Padding (default: --hms-space-4).
 */
export class HmsProgramCard extends HmsCatalogElement {
  static override styles = programCardStyles;

  /** The program to show; when set, the card loads nothing. */
  @property({ attribute: false }) program?: Program = undefined;

  /** Which program of the catalog to show. */
  @property({ attribute: 'program-id', reflect: true }) programId?: string = undefined;

  /** Region whose adaptation is shown. */
  @property({ reflect: true }) region?: string = undefined;

  /** The time deadlines are counted from; defaults to now. */
  @property({ converter: dateAttribute }) now?: Date = undefined;

  /** Heading level of the title, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** How the image loads: `eager` for a card on the first screen, else `lazy`. */
  @property({ attribute: 'image-loading' }) imageLoading: ImageLoading = 'lazy';

  /** The region's display name, when a list passes it. */
  @property({ attribute: false }) regionLabel?: string = undefined;

  /**
   * The catalog's audiences, when a list passes the program: labels in the visitor's language.
   * @internal
   */
  @property({ attribute: false }) terms?: CatalogTerms = undefined;

  /** @internal A list's skeleton item: the card drawn over placeholder content, loading nothing. */
  @property({ attribute: false }) placeholder = false;
  /** @internal Which placeholder of the list's skeleton this is (placeholder text lengths vary). */
  @property({ attribute: false }) placeholderIndex = 0;

  /** @internal */
  get catalogNeeded(): boolean {
    return !this.program && !this.placeholder;
  }

  /** The region in force: the card's own, else the nearest `<hms-catalog region>`. */
  get effectiveRegion(): string | undefined {
    return this.region ?? this.data.provider?.region;
  }

  override render(): TemplateResult {
    if (this.placeholder) return this.renderSkeleton();
    if (this.program && this.stringsReady) return this.renderProgram(adaptProgram(this.program, this.effectiveRegion), undefined);
    return this.renderCatalog(
      ({ catalog }: LoadedCatalog) => {
        const program = catalog.programs.find((p) => p.id === this.programId);
        if (!program) return html`<p part="empty" class="empty">${this.t.programNotFound(this.programId ?? '')}</p>`;
        return this.renderProgram(adaptProgram(program, this.effectiveRegion), catalog);
      },
      () => this.renderSkeleton(),
    );
  }

  private renderSkeleton(): TemplateResult {
    return placeholder(this.renderProgram(adaptProgram(placeholderProgram(this.placeholderIndex)), undefined), this.placeholder);
  }

  private renderProgram(regional: RegionalProgram, catalog: Catalog | undefined): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    // The fields an adaptation replaces resolve from it, with its own translations (see adaptProgram).
    const { program, adaptation } = regional;
    const now = (this.now ?? new Date()).getTime();
    const level = headingLevel(this.headingLevel);
    const title = localized(program, 'title', locale) ?? { text: program.title, lang: locale };
    const audiences = (catalog ?? this.terms)?.audiences;
    const deadline = deadlineWording(program.applicationDeadline, now, locale, t);
    const regionLabel =
      this.regionLabel ?? (regional.region ? ((catalog && regionNameFromCatalog(catalog, regional.region)) ?? regionName(regional.region, locale)) : '');
    return html`<article part="card" class="card division-global-education">
      ${renderMedia(program.image, locale, this.imageLoading, { label: t.programFormat[program.format], note: t.division['global-education'] })}
      <div part="body" class="body">
        <ul part="badges" class="badges">
          <li part="badge modality" class="badge">${t.modality[program.format]}</li>
          ${deadline ? html`<li part="badge application-status" class="badge ${deadline.tone}">${deadline.text}</li>` : nothing}
        </ul>
        <div part="header" class="header">
          ${program.cohortStart ? renderDateBlock(program.cohortStart, locale, undefined) : nothing}
          <div class="heading">
            <div part="title" class="title" role="heading" aria-level=${level}>
              ${program.url
                ? html`<a part="title-link" href=${program.url} @click=${(event: MouseEvent) => this.onSelect(event, program, regional.region)}
                    >${bdi(title, locale)}</a
                  >`
                : bdi(title, locale)}
            </div>
            <p part="meta" class="meta">
              <span part="duration">${t.durationMonths(program.durationMonths, formatNumber(program.durationMonths, locale))}</span>${program.language
                ? html` · <span part="language">${languageName(program.language, locale)}</span>`
                : nothing}${regional.venue
                ? html` · <span part="venue">${adaptation ? text(adaptation, 'venue', locale) : regional.venue}</span>`
                : nothing}
            </p>
          </div>
        </div>
        ${regional.offered
          ? nothing
          : html`<p part="notice" class="notice">
              ${t.notOffered(regionLabel)}
              ${regional.base.url ? html` <a part="base-link" href=${regional.base.url}>${t.seeBaseProgram}</a>` : nothing}
            </p>`}
        ${program.summary ? html`<p part="summary" class="summary">${text(program, 'summary', locale)}</p>` : nothing}
        <dl part="details" class="details">
          <dt>${t.formatLabel}</dt>
          <dd part="format">${t.programFormat[program.format]}</dd>
          ${program.audience.length
            ? html`<dt>${t.audienceLabel}</dt
                ><dd part="audience">${list(program.audience.map((id) => termLabel(audiences, id, locale, textLanguage(regional.base))), locale)}</dd>`
            : nothing}
          ${program.cohortStart
            ? html`<dt>${t.cohortLabel}</dt><dd part="cohort"><time datetime=${program.cohortStart}>${formatDate(program.cohortStart, locale)}</time></dd>`
            : nothing}
          ${program.applicationDeadline
            ? html`<dt>${t.deadlineLabel}</dt>
                <dd part="deadline">
                  <time datetime=${new Date(deadlineTime(program.applicationDeadline)).toISOString()}
                    >${formatDate(program.applicationDeadline, locale)}</time
                  >
                </dd>`
            : nothing}
          ${program.fee ? html`<dt>${t.feeLabel}</dt><dd part="fee">${formatPrice(program.fee, locale, t)}</dd>` : nothing}
        </dl>
        ${program.url && regional.offered
          ? html`<div part="actions" class="actions">
              <a part="apply" class="action primary cta" href=${program.url}>${nameWithTitle(t.apply, t.applyFor, title.text, langOf(title, locale))}</a>
            </div>`
          : nothing}
      </div>
    </article>`;
  }

  private onSelect(event: MouseEvent, program: Program, region: string | undefined): void {
    if (!this.emit('hms-program-select', { program, region }, { cancelable: true })) event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hms-program-card': HmsProgramCard;
  }
}
