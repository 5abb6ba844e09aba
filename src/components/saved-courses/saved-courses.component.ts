import { isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { property } from '../../internal/property.js';
import { headingLevel } from '../../internal/heading.js';
import { nameWithTitle } from '../../internal/name-with-title.js';
import { visitorTimeZone } from '../../catalog/calendar-days.js';
import { firstStart } from '../../catalog/course-query.js';
import { catalogUidDomain, coursesToIcs } from '../../catalog/ics.js';
import type { LoadedCatalog } from '../../catalog/loader.js';
import { localized, type Localized } from '../../catalog/localize.js';
import type { Course } from '../../catalog/types.js';
import { LIST_LIMITS } from '../../catalog/validate.js';
import { bdi, langOf } from '../../i18n/catalog-text.js';
import { formatDate, formatNumber, formatSession, zoneName } from '../../i18n/format.js';
import { leaveSharedList, SavedCoursesController, savedEntry, sharedIds, shareUrl, type SavedCourse } from '../../controllers/saved-courses.js';
import { TimeViewController, timeView } from '../../controllers/time-view.js';
import { HmsCatalogElement } from '../../base/catalog-element.js';
import { placeholder, placeholderCourse } from '../../base/placeholder.js';
import { icsFileName, saveIcs } from '../course-card/calendar-menu.js';
import { savedCoursesStyles } from './saved-courses.styles.js';
import '../../events/hms-calendar-download.js';
import '../../events/hms-course-select.js';
import '../../events/hms-save-change.js';

/** Rows a skeleton draws at most (a visitor's list is read before the catalog is in). */
const SKELETON_ROWS = 12;

/** One row: a saved course as kept, and the catalog's course when the catalog still has it. */
interface Row {
  saved: SavedCourse;
  course?: Course;
  title: Localized;
}

const coursesById = new WeakMap<readonly Course[], Map<string, Course>>();
/** A catalog's courses by id, made once per catalog. */
function courseMap(courses: readonly Course[]): Map<string, Course> {
  let byId = coursesById.get(courses);
  if (!byId) coursesById.set(courses, (byId = new Map(courses.map((course) => [course.id, course]))));
  return byId;
}

/**
 * @summary The visitor's saved courses ("My plan"): the courses they starred with a `saveable`
 * widget's Save button, kept in their browser only, with their sessions as one .ics and a link that
 * opens the same list on another device.
 *
 * @tag hms-saved-courses
 *
 * @attr {string} src - URL of the catalog JSON.
 * @attr {'last-good'|'none'} cache - `none`: neither show nor keep the last good copy of the catalog in the visitor's browser.
 * @attr {number} heading-level - Heading level of course titles (default 3).
 * @attr {string} locale - Language of the widget's own text, dates and numbers.
 *
 * @fires {HmsSaveChangeEvent} hms-save-change - The visitor removed a course, or saved the courses of a shared list.
 * @fires {HmsCalendarDownloadEvent} hms-calendar-download - "Add these N sessions" is about to download the saved courses' sessions as one .ics (cancelable).
 * @fires {HmsCourseSelectEvent} hms-course-select - A course title link was activated (cancelable).
 * @fires {HmsLoadEvent} hms-load - The catalog loaded.
 * @fires {HmsErrorEvent} hms-error - The catalog could not be shown.
 *
 * @csspart shared - Above a list opened from a share link: what it is, and the choices to keep it or show one's own.
 * @csspart shared-note - "Shared with you: 3 courses".
 * @csspart keep - "Save these courses": adds the shared list's courses to the visitor's own.
 * @csspart show-mine - "Show my saved courses": leaves the shared list.
 * @csspart toolbar - The count and the list's actions.
 * @csspart count - "3 saved courses".
 * @csspart add-all - "Add these N sessions to a calendar": every session of the listed courses as one .ics.
 * @csspart share - "Copy a link to this list".
 * @csspart share-status - "Link copied", once it is.
 * @csspart share-field - The link in a text field, when the browser cannot copy it (with `share-url`, the field).
 * @csspart share-url - The read-only field holding the link, selected, to copy by hand.
 * @csspart list - The list of saved courses.
 * @csspart item - One saved course (also `unavailable` when the catalog no longer has it).
 * @csspart unavailable - A saved course the catalog no longer offers (with `item`).
 * @csspart title - A course's title (a heading).
 * @csspart title-link - The link on the title.
 * @csspart meta - Format and dates, or "No longer offered" and the date it had.
 * @csspart dates - The first session's dates.
 * @csspart time-zone - The zone those dates are in.
 * @csspart unavailable-note - "No longer offered".
 * @csspart remove - A course's Remove button.
 * @csspart empty - The empty list, with how to save courses.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The error box (with `error-title`, `error-message`, `retry`).
 * @csspart last-good-note - "Updated on …" under the last good copy of the catalog, shown while its server cannot be reached.
 * @csspart announcement - The visually hidden live region: counts, "Link copied", loading and errors.
 */
export class HmsSavedCourses extends HmsCatalogElement {
  static override styles = savedCoursesStyles;

  /** Heading level of course titles, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The ids of a list opened from a share link (`?hms-saved=`), shown instead of the visitor's own. */
  @state() private shared?: string[];
  /** The share link once made: `copied`, or `field` when it is shown to copy by hand. */
  @state() private shareState?: { url: string; how: 'copied' | 'field' };

  /** The visitor's saved courses, always on here: this widget is where they are. */
  #saved = new SavedCoursesController(this, () => true);
  /** Re-renders the dates when the visitor switches between the course's time zone and their own. */
  protected readonly timeView = new TimeViewController(this);
  /** The rows of the last render, for the actions. */
  #rows: Row[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    window.addEventListener('popstate', this.readSharedList);
    // A server-rendered widget hydrates with the server's markup (which had no address to read) first.
    if (this.hasUpdated || !this.serverRendered) this.readSharedList();
  }

  override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.serverRendered && !isServer) this.readSharedList();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!isServer) window.removeEventListener('popstate', this.readSharedList);
  }

  override render(): TemplateResult {
    return this.renderCatalog(
      (loaded) => this.renderSaved(loaded),
      () => this.renderSkeleton(),
    );
  }

  private renderSaved({ catalog }: LoadedCatalog): TemplateResult {
    const key = catalogUidDomain(catalog);
    const entries = this.shared ? this.shared.map((id) => ({ id, title: '' })) : this.#saved.list(key);
    this.#rows = this.rowsOf(entries, catalog.courses);
    return html`${this.shared ? this.renderShared() : nothing}${this.renderRows(this.#rows)}`;
  }

  /** The saved courses, each with the catalog's course when it still has it, by first date (undated last, in the order saved). */
  private rowsOf(entries: readonly SavedCourse[], courses: readonly Course[]): Row[] {
    const byId = courseMap(courses);
    const locale = this.resolvedLocale;
    const rows = entries.map((saved) => {
      const course = byId.get(saved.id);
      const title = (course && localized(course, 'title', locale)) ??
        (saved.title ? { text: saved.title, lang: saved.lang ?? locale } : { text: this.t.unknownCourse(saved.id), lang: locale });
      return { saved, course, title };
    });
    const when = (row: Row) => (row.course ? firstStart(row.course) : row.saved.start ? Date.parse(row.saved.start) : Number.POSITIVE_INFINITY);
    return rows.map((row, index) => ({ row, index, when: when(row) })).sort((a, b) => a.when - b.when || a.index - b.index).map(({ row }) => row);
  }

  /** Above a shared list: what it is, "Save these courses" and "Show my saved courses". */
  private renderShared(): TemplateResult {
    const t = this.t;
    const count = this.shared?.length ?? 0;
    return html`<div part="shared" class="shared">
      <p part="shared-note" class="shared-note">${t.sharedList(count, formatNumber(count, this.resolvedLocale))}</p>
      <div class="actions">
        ${this.#rows.some((row) => row.course) ? html`<button part="keep" class="action primary" type="button" @click=${this.onKeep}>${t.keepShared}</button>` : nothing}
        <button part="show-mine" class="action" type="button" @click=${this.onShowMine}>${t.showMine}</button>
      </div>
    </div>`;
  }

  private renderRows(rows: readonly Row[]): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    if (rows.length === 0) {
      return html`<div part="empty" class="empty">
        <p class="empty-title">${t.savedEmpty}</p>
        <p>${t.savedEmptyHow}</p>
      </div>`;
    }
    const sessions = this.sessionCount(rows);
    const share = this.shareState;
    return html`<div part="toolbar" class="toolbar">
        <p part="count" class="count">${t.savedCount(rows.length, formatNumber(rows.length, locale))}</p>
        <div class="actions">
          ${sessions > 0
            ? html`<button part="add-all" class="action" type="button" @click=${this.onAddAll}>${t.addSessions(sessions, formatNumber(sessions, locale))}</button>`
            : nothing}
          <button part="share" class="action" type="button" @click=${this.onShare}>${t.copyLink}</button>
          ${share?.how === 'copied' ? html`<span part="share-status" class="share-status">${t.linkCopied}</span>` : nothing}
        </div>
      </div>
      ${share?.how === 'field'
        ? html`<div part="share-field" class="share-field">
            <label for="share-url">${t.linkLabel}</label>
            <input part="share-url" id="share-url" type="text" readonly .value=${share.url} @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />
          </div>`
        : nothing}
      <ul part="list" class="list" aria-label=${t.savedLabel}>
        ${repeat(
          rows,
          (row) => row.saved.id,
          (row) => this.renderRow(row),
        )}
      </ul>`;
  }

  private renderRow({ saved, course, title }: Row): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const session = course?.sessions[0];
    const visitorTime = timeView() === 'visitor';
    const lang = langOf(title, locale);
    return html`<li part=${course ? 'item' : 'item unavailable'} class="item ${course ? '' : 'unavailable'}">
      <div class="item-text">
        <div part="title" class="title" role="heading" aria-level=${headingLevel(this.headingLevel)}>
          ${course?.url ? html`<a part="title-link" href=${course.url} @click=${(event: MouseEvent) => this.onSelect(event, course)}>${bdi(title, locale)}</a>` : bdi(title, locale)}
        </div>
        <p part="meta" class="meta">
          ${course
            ? html`${t.modality[course.modality] ?? course.modality}${session
                ? html` · <span part="dates">${formatSession(session, locale, visitorTime)}</span> · <span part="time-zone">${zoneName(session, locale, visitorTime)}</span>`
                : nothing}`
            : html`<span part="unavailable-note" class="unavailable-note">${t.noLongerOffered}</span>${saved.start
                ? html` · <span part="dates">${formatDate(saved.start, locale, visitorTimeZone())}</span>`
                : nothing}`}
        </p>
      </div>
      ${this.shared
        ? nothing
        : html`<button part="remove" class="action" type="button" @click=${() => this.removeSaved(saved, course)}>${nameWithTitle(t.remove, t.removeCourse, title.text, lang)}</button>`}
    </li>`;
  }

  /** The skeleton: as many placeholder rows as the visitor's longest saved list (or the shared link's), else the empty box. */
  private renderSkeleton(): TemplateResult {
    const count = Math.min(SKELETON_ROWS, this.shared?.length ?? this.#saved.longest());
    const rows = Array.from({ length: count }, (_, i) => {
      const course = placeholderCourse(i);
      return { saved: { id: course.id, title: course.title }, course, title: { text: course.title, lang: this.resolvedLocale } };
    });
    return placeholder(this.renderRows(rows));
  }

  /** Sessions in the .ics of the listed courses: theirs, at most a file's 500. */
  private sessionCount(rows: readonly Row[]): number {
    let sessions = 0;
    for (const row of rows) if (row.course) sessions += row.course.sessions.length;
    return Math.min(sessions, LIST_LIMITS.sessions);
  }

  private onSelect(event: MouseEvent, course: Course): void {
    if (!this.emit('hms-course-select', { course }, { cancelable: true })) event.preventDefault();
  }

  /** Removes a course from the visitor's list; focus goes to the next course's Remove, else the list's first action. */
  private removeSaved(saved: SavedCourse, course: Course | undefined): void {
    const key = catalogUidDomain(this.data.value?.catalog);
    const index = this.#rows.findIndex((row) => row.saved === saved);
    const { stored, savedIds } = this.#saved.change(key, [], [saved.id]);
    this.shareState = undefined;
    this.emit('hms-save-change', { id: saved.id, course, saved: false, ids: [saved.id], savedIds, stored });
    this.announcer.say(() => this.t.savedCount(savedIds.length, formatNumber(savedIds.length, this.resolvedLocale)));
    this.focusKeeper.moveAfterUpdate(() => {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="remove"]')];
      return buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('[part~="empty"]');
    });
  }

  /** Keeps a shared list: its courses the catalog has join the visitor's own, and the page leaves the shared list. */
  private onKeep = (): void => {
    const key = catalogUidDomain(this.data.value?.catalog);
    const kept = this.#rows.filter((row) => row.course).map((row) => ({ course: row.course!, entry: savedEntry(row.course!, row.title) }));
    if (kept.length === 0) return;
    const { stored, savedIds } = this.#saved.change(key, kept.map(({ entry }) => entry));
    const ids = kept.map(({ entry }) => entry.id);
    this.emit('hms-save-change', { id: ids[0], course: kept[0].course, saved: true, ids, savedIds, stored });
    this.leaveShared();
  };

  private onShowMine = (): void => {
    this.leaveShared();
  };

  /** Shows the visitor's own list again: the share parameter leaves the address (no new history entry). */
  private leaveShared(): void {
    leaveSharedList();
    this.shared = undefined;
    this.shareState = undefined;
    this.announcer.say(() => {
      const count = this.#rows.length;
      return this.t.savedCount(count, formatNumber(count, this.resolvedLocale));
    });
    this.focusKeeper.moveAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('[part~="count"], [part~="empty"]'));
  }

  /** "Add these N sessions": every session of the listed courses as one .ics, after a cancelable `hms-calendar-download`. */
  private onAddAll = (): void => {
    const courses = this.#rows.flatMap((row) => (row.course && row.course.sessions.length > 0 ? [row.course] : []));
    const ics = coursesToIcs(courses, { uidDomain: catalogUidDomain(this.data.value?.catalog) });
    if (!ics || !this.emit('hms-calendar-download', { course: courses[0], courses, ics }, { cancelable: true })) return;
    saveIcs(this.renderRoot, ics, icsFileName('saved-courses'));
  };

  /**
   * Copies a link to this page with the listed ids (`?hms-saved=`), which shows the same list on
   * another device; where the browser cannot copy (no Clipboard API, or it refuses), the link shows
   * in a field, selected, to copy by hand.
   */
  private onShare = async (): Promise<void> => {
    const url = shareUrl(this.#rows.map((row) => row.saved.id));
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(url);
      this.shareState = { url, how: 'copied' };
      this.announcer.say(this.t.linkCopied);
    } catch {
      this.shareState = { url, how: 'field' };
      this.focusKeeper.moveAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('[part~="share-url"]'));
    }
  };

  /** Reads the share parameter of the page's address (on connect, and on Back and Forward). */
  private readSharedList = (): void => {
    const ids = sharedIds();
    if (ids?.join(',') === this.shared?.join(',')) return;
    this.shared = ids;
    this.shareState = undefined;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'hms-saved-courses': HmsSavedCourses;
  }
}
