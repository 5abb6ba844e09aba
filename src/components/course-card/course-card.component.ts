import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { property } from '../../internal/property.js';
import { catalogUidDomain, courseToIcs } from '../../catalog/ics.js';
import type { LoadedCatalog } from '../../catalog/loader.js';
import type { Catalog, Course } from '../../catalog/types.js';
import { creditType, formatNumber, formatPrice, formatSession, languageName, regionName, zoneName } from '../../i18n/format.js';
import { localized, termLabel, textLanguage, type CatalogTerms, type Localized } from '../../catalog/localize.js';
import { around, bdi, langOf, list, text } from '../../i18n/catalog-text.js';
import { TimeViewController, timeView } from '../../controllers/time-view.js';
import { HmsCatalogElement } from '../../base/catalog-element.js';
import { courseCardStyles } from './course-card.styles.js';
import { placeholder, placeholderCourse } from '../../base/placeholder.js';
import { headingLevel } from '../../internal/heading.js';
import { nameWithTitle } from '../../internal/name-with-title.js';
import { renderDateBlock, renderMedia, type ImageLoading } from '../../base/card-media.js';
import { icsFileName, renderCalendarMenu, saveIcs } from './calendar-menu.js';
import { renderSaveButton } from './save-button.js';
import { SavedCoursesController } from '../../controllers/saved-courses.js';
import '../../events/hms-calendar-download.js';
import '../../events/hms-course-select.js';
import '../../events/hms-save-change.js';

const STATUS_TONE: Record<Course['status'], string> = { open: 'good', 'on-demand': 'good', waitlist: 'caution', upcoming: 'caution', closed: 'bad' };

/** How a card is laid out: a `card` in a grid, a `row` in a list, or one `compact` line. */
export type CourseCardVariant = 'card' | 'row' | 'compact';

/**
 * @summary One course: its image (or a fallback in the division's colour), the first day as a date
 * block, title, one meta line (division, place, language), dates in the course's time zone,
 * credits, price, status and topics, with "Add to calendar" for dated courses and "View course".
 *
 * @tag hms-course-card
 *
 * @attr {string} course-id - Which course of the catalog to show (with a source), when `course` is not set.
 * @attr {string} src - URL of the catalog JSON.
 * @attr {'last-good'|'none'} cache - `none`: neither show nor keep the last good copy of the catalog in the visitor's browser.
 * @attr {'card'|'row'|'compact'} variant - Layout of the card.
 * @attr {number} heading-level - Heading level of the title (2 to 6; default 3).
 * @attr {'lazy'|'eager'} image-loading - `eager` for a card on the first screen (a list sets it on its first row); default `lazy`.
 * @attr {boolean} saveable - Show a Save (star) button that keeps the course in the visitor's saved list, in this browser only.
 * @attr {string} locale - Language of the widget's own text, dates and numbers.
 *
 * @fires {HmsCourseSelectEvent} hms-course-select - The title link was activated (cancelable: cancel to stay on the page).
 * @fires {HmsCalendarDownloadEvent} hms-calendar-download - The menu's .ics choice is about to download the file (cancelable).
 * @fires {HmsSaveChangeEvent} hms-save-change - The visitor saved or removed the course (with `saveable`).
 * @fires {HmsLoadEvent} hms-load - The catalog loaded (when the card loads one itself).
 * @fires {HmsErrorEvent} hms-error - The catalog could not be shown.
 *
 * @csspart card - The card's root.
 * @csspart media - The box of the image or its fallback, its ratio reserved (`--hms-image-ratio`).
 * @csspart image - The course image.
 * @csspart image-fallback - Shown in the media box when the course has no image: its format over the division's colour.
 * @csspart body - Everything but the media box.
 * @csspart badges - The list of badges.
 * @csspart badge - One badge (also `modality`, `status`, `accreditation`).
 * @csspart header - The date block, the title and the meta line.
 * @csspart date-block - The first day, month over day (dated courses).
 * @csspart title - The course title (a heading).
 * @csspart title-link - The link on the title.
 * @csspart meta - The one meta line: division, place (`location`) and the content's language when not the visitor's.
 * @csspart summary - The one-line summary.
 * @csspart details - Credits and price, each a label over its value.
 * @csspart dates - The session dates.
 * @csspart time-zone - The name of the time zone the dates are in (the course's, or the visitor's when they chose it).
 * @csspart location - Where it happens, or "Online" (in the meta line).
 * @csspart credits - The credits.
 * @csspart price - The price, or "Free".
 * @csspart topics - The list of topics.
 * @csspart topic - One topic.
 * @csspart directors - Course directors.
 * @csspart actions - The foot of the card: "Add to calendar" and the call to action.
 * @csspart cta - "View course": the call to action, a link to the course's page.
 * @csspart calendar-menu - The "Add to calendar" menu (a disclosure).
 * @csspart calendar - The "Add to calendar" button that opens the menu.
 * @csspart calendar-options - The menu's list of choices.
 * @csspart calendar-option - One choice: Google Calendar, Outlook.com, Microsoft 365 (links), or the .ics file (also `calendar-ics`).
 * @csspart calendar-ics - The .ics download button.
 * @csspart save - The Save (star) toggle button, with `saveable` (`aria-pressed="true"` when saved).
 * @csspart empty - Shown for a course id the catalog does not have.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The error box (with `error-title`, `error-message`, `retry`).
 * @csspart last-good-note - "Updated on …" under the last good copy of the catalog, shown while its server cannot be reached.
 *
 * @cssprop --hms-course-card-surface - Card background (default: --hms-color-surface).
 * @cssprop --hms-course-card-border-color - Card border (default: --hms-color-border).
 * @cssprop --hms-course-card-radius - Card corner radius (default: --hms-radius-md).
 * @cssprop --hms-course-card-padding - Card padding (default: --hms-space-4).
 * @cssprop --hms-badge-surface - Badge background (default: --hms-color-surface-muted).
 */
export class HmsCourseCard extends HmsCatalogElement {
  static override styles = courseCardStyles;

  /** The course to show; when set, the card loads nothing. */
  @property({ attribute: false }) course?: Course = undefined;

  /** Which course of the catalog to show, when `course` is not set. */
  @property({ attribute: 'course-id', reflect: true }) courseId?: string = undefined;

  /** Layout: `card`, `row` or `compact`. */
  @property({ reflect: true }) variant: CourseCardVariant = 'card';

  /** Heading level of the title, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** How the image loads: `eager` for a card on the first screen, else `lazy`. */
  @property({ attribute: 'image-loading' }) imageLoading: ImageLoading = 'lazy';

  /** Show a Save (star) button that keeps the course in the visitor's saved list, in this browser only. */
  @property({ type: Boolean, reflect: true }) saveable = false;

  /** Division names from the catalog, when a list passes them. */
  @property({ attribute: false }) divisionNames?: Partial<Record<Course['division'], string>> = undefined;

  /**
   * The catalog's divisions, topics and audiences, when a list passes the course: names and labels
   * in the visitor's language.
   * @internal
   */
  @property({ attribute: false }) terms?: CatalogTerms = undefined;

  /** Re-renders the dates when the visitor switches between the course's time zone and their own. */
  protected readonly timeView = new TimeViewController(this);

  /** The visitor's saved courses, with `saveable` (without it, nothing is read or stored). */
  protected readonly savedCourses = new SavedCoursesController(this, () => this.saveable && !this.placeholder);

  /**
   * The host part of the `.ics` UIDs, from the catalog's identity, when a list passes the course.
   * @internal
   */
  @property({ attribute: false }) uidDomain?: string = undefined;

  /** @internal A list's skeleton item: the card drawn over placeholder content, loading nothing. */
  @property({ attribute: false }) placeholder = false;
  /** @internal Which placeholder of the list's skeleton this is (placeholder text lengths vary). */
  @property({ attribute: false }) placeholderIndex = 0;

  /** @internal */
  get catalogNeeded(): boolean {
    return !this.course && !this.placeholder;
  }

  /** The course's sessions as an iCalendar file (RFC 5545), or undefined when it has no dated session. */
  toIcs(): string | undefined {
    const course = this.shownCourse;
    return course ? courseToIcs(course, { uidDomain: this.shownUidDomain }) : undefined;
  }

  /** The UID host: the list's, else the card's own catalog's; never the page's. */
  private get shownUidDomain(): string {
    return this.uidDomain ?? catalogUidDomain(this.data.value?.catalog);
  }

  private get shownCourse(): Course | undefined {
    return this.course ?? this.data.value?.catalog.courses.find((c) => c.id === this.courseId);
  }

  override render(): TemplateResult {
    if (this.placeholder) return this.renderSkeleton();
    if (this.course) return this.stringsReady ? this.renderCourse(this.course, undefined) : this.renderSkeleton();
    return this.renderCatalog(
      (loaded) => this.renderFromCatalog(loaded),
      () => this.renderSkeleton(),
    );
  }

  private renderFromCatalog({ catalog }: LoadedCatalog): TemplateResult {
    const course = catalog.courses.find((c) => c.id === this.courseId);
    if (!course) return html`<p part="empty" class="empty">${this.t.courseNotFound(this.courseId ?? '')}</p>`;
    return this.renderCourse(course, catalog);
  }

  private renderCourse(course: Course, catalog: Catalog | undefined): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const level = headingLevel(this.headingLevel);
    const ownLanguage = course.language && course.language.split('-')[0] !== locale.split('-')[0] ? course.language : undefined;
    const terms = catalog ?? this.terms;
    const division = terms?.divisions.find((d) => d.id === course.division);
    const hostName = this.divisionNames?.[course.division];
    const divisionName: Localized = hostName
      ? { text: hostName, lang: locale }
      : ((division && localized(division, 'name', locale)) ?? { text: t.division[course.division], lang: locale });
    const title = localized(course, 'title', locale) ?? { text: course.title ?? '', lang: locale };
    const session = course.sessions[0];
    const visitorTime = timeView() === 'visitor';
    const compact = this.variant === 'compact';
    const where = session?.location;
    const place = where
      ? html`${where.city ? text(where, 'city', locale) : text(where, 'name', locale)}${where.country
          ? html`${where.city || where.name ? ', ' : ''}<bdi>${regionName(where.country, locale)}</bdi>`
          : nothing}`
      : t.online;
    const credits = course.credits.length > 0 && !compact;
    const price = course.price && !compact;
    return html`<article part="card" class="card division-${course.division}">
      ${compact
        ? nothing
        : renderMedia(course.image, locale, this.imageLoading, { label: t.modality[course.modality], note: bdi(divisionName, locale) })}
      <div part="body" class="body">
        <ul part="badges" class="badges">
          <li part="badge modality" class="badge">${t.modality[course.modality]}</li>
          <li part="badge status" class="badge ${STATUS_TONE[course.status]}">${t.status[course.status]}</li>
          ${compact
            ? nothing
            : html`<li part="badge accreditation" class="badge">${course.accredited ? t.accredited : t.notAccredited}</li>`}
        </ul>
        <div part="header" class="header">
          ${session && !compact ? renderDateBlock(session.start, locale, visitorTime ? undefined : session.timeZone) : nothing}
          <div class="heading">
            <div part="title" class="title" role="heading" aria-level=${level}>
              ${course.url
                ? html`<a part="title-link" href=${course.url} @click=${(event: MouseEvent) => this.onSelect(event, course)}>${bdi(title, locale)}</a>`
                : bdi(title, locale)}
            </div>
            ${compact
              ? nothing
              : html`<p part="meta" class="meta">
                  ${bdi(divisionName, locale)} · <span part="location" class="location">${place}</span>${ownLanguage
                    ? html` · ${languageName(ownLanguage, locale)}`
                    : nothing}
                </p>`}
          </div>
        </div>
        ${session
          ? html`<p part="dates" class="when">
              ${formatSession(session, locale, visitorTime)} ·
              <span part="time-zone" class="time-zone">${zoneName(session, locale, visitorTime)}</span>${course.sessions.length > 1
                ? html` · ${t.sessionCount(course.sessions.length, formatNumber(course.sessions.length, locale))}`
                : nothing}
            </p>`
          : nothing}
        ${course.summary && !compact ? html`<p part="summary" class="summary">${text(course, 'summary', locale)}</p>` : nothing}
        ${course.topics.length > 0 && !compact
          ? html`<ul part="topics" class="badges" aria-label=${t.topicsLabel}>
              ${course.topics.map((topic) => html`<li part="topic" class="topic">${bdi(termLabel(terms?.topics, topic, locale, textLanguage(course)), locale)}</li>`)}
            </ul>`
          : nothing}
        ${course.directors.length > 0 && !compact
          ? html`<p part="directors" class="directors">${around(t.directedBy, list(course.directors.map((name) => ({ text: name, lang: locale })), locale))}</p>`
          : nothing}
        ${credits || price
          ? html`<dl part="details" class="facts">
              ${credits
                ? html`<div class="fact">
                    <dt>${t.creditsLabel}</dt>
                    <dd part="credits">
                      ${course.credits.map(
                        // The amount in the visitor's digits, the credit type (a name, never translated) isolated in its language.
                        (credit, i) => html`${i > 0 ? ' · ' : ''}${formatNumber(credit.amount, locale)} ${bdi({ text: creditType(credit), lang: textLanguage(credit) }, locale)}`,
                      )}
                    </dd>
                  </div>`
                : nothing}
              ${price ? html`<div class="fact price"><dt>${t.priceLabel}</dt><dd part="price">${formatPrice(course.price!, locale, t)}</dd></div>` : nothing}
            </dl>`
          : nothing}
        ${compact && !this.saveable ? nothing : this.renderActions(course, session !== undefined, title, compact)}
      </div>
    </article>`;
  }

  /** "Add to calendar" for a dated course that meets, and the call to action to the course's page. */
  /** The card's actions: Add to calendar, Save (with `saveable`) and View course; a compact line has Save only. */
  private renderActions(course: Course, dated: boolean, title: Localized, compact = false): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    const calendar = !compact && dated && course.modality !== 'online';
    const link = !compact && !!course.url;
    if (!calendar && !link && !this.saveable) return nothing;
    const t = this.t;
    return html`<div part="actions" class="actions">
      ${calendar ? renderCalendarMenu({ course, t, title: title.text, lang: langOf(title, locale), onIcs: () => this.onCalendar(course) }) : nothing}
      ${this.saveable
        ? renderSaveButton({ saved: this.savedCourses.has(this.shownUidDomain, course.id), t, title: title.text, lang: langOf(title, locale), onToggle: () => this.onSave(course, title) })
        : nothing}
      ${link
        ? html`<a part="cta" class="action primary cta" href=${course.url} @click=${(event: MouseEvent) => this.onSelect(event, course)}
            >${nameWithTitle(t.viewCourse, t.viewCourseFor, title.text, langOf(title, locale))}</a
          >`
        : nothing}
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    return placeholder(this.renderCourse(placeholderCourse(this.placeholderIndex), undefined), this.placeholder);
  }

  private onSelect(event: MouseEvent, course: Course): void {
    const proceed = this.emit('hms-course-select', { course }, { cancelable: true });
    if (!proceed) event.preventDefault();
  }

  /** Saves the course, or removes it when saved, and says so with `hms-save-change`. */
  private onSave(course: Course, title: Localized): void {
    this.emit('hms-save-change', this.savedCourses.toggle(this.shownUidDomain, course, title));
  }

  private onCalendar(course: Course): void {
    const ics = courseToIcs(course, { uidDomain: this.shownUidDomain });
    if (!ics) return;
    if (!this.emit('hms-calendar-download', { course, ics }, { cancelable: true })) return;
    saveIcs(this.renderRoot, ics, icsFileName(course.id));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hms-course-card': HmsCourseCard;
  }
}
