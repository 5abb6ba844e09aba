import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { calendarLinks } from '../../catalog/calendar-links.js';
import type { Course } from '../../catalog/types.js';
import type { Messages } from '../../i18n/messages.js';
import { nameWithTitle } from '../../internal/name-with-title.js';

/** What the "Add to calendar" menu of one course or session needs to know. */
export interface CalendarMenuOptions {
  course: Course;
  /** The session the web calendars' links add (the `.ics` holds `icsSessions`); default the first. */
  session?: number;
  t: Messages;
  /** The course's title as the widget shows it (in the visitor's language where the catalog has it); default `course.title`. */
  title?: string;
  /** The language of that title, when it is not the widget's. */
  lang?: string;
  /** Downloads the `.ics` (the widget fires `hms-calendar-download` first). */
  onIcs: () => void;
}

/**
 * The "Add to calendar" menu: a disclosure (`<details>`, so it opens by keyboard and without script)
 * whose choices are Google Calendar, Outlook.com and Microsoft 365 links built from the session, and
 * the `.ics` file for Apple Calendar and every other calendar. The web calendars open in a new tab;
 * Escape closes the menu and gives focus back to its button.
 */
export function renderCalendarMenu({ course, session = 0, t, title, lang, onIcs }: CalendarMenuOptions): TemplateResult {
  const links = calendarLinks(course, session);
  const option = (href: string, label: string) =>
    html`<li><a part="calendar-option" class="calendar-option" href=${href} target="_blank" rel="noopener noreferrer">${label}</a></li>`;
  return html`<details part="calendar-menu" class="calendar-menu" @keydown=${closeOnEscape}>
    <summary part="calendar" class="action">${nameWithTitle(t.addToCalendar, t.addToCalendarFor, title ?? course.title, lang)}</summary>
    <ul part="calendar-options" class="calendar-options">
      ${links ? [option(links.google, t.googleCalendar), option(links.outlook, t.outlookCalendar), option(links.office365, t.office365Calendar)] : nothing}
      <li>
        <button part="calendar-option calendar-ics" class="calendar-option" type="button" @click=${onIcs}>${t.icsFile}</button>
      </li>
    </ul>
  </details>`;
}

function closeOnEscape(event: KeyboardEvent): void {
  const menu = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !menu.open) return;
  event.preventDefault();
  menu.open = false;
  menu.querySelector('summary')?.focus();
}

/** True on an iPhone, iPod or iPad (iPadOS says it is a Mac, but has a touch screen). */
export function isAppleMobile(nav: Pick<Navigator, 'userAgent' | 'maxTouchPoints'> = navigator): boolean {
  return /\b(iPhone|iPad|iPod)\b/.test(nav.userAgent) || (/\bMacintosh\b/.test(nav.userAgent) && nav.maxTouchPoints > 1);
}

/**
 * The link that hands an `.ics` to the visitor's calendar. On iOS and iPadOS: a `data:text/calendar`
 * URL opened in the same tab, which Safari shows as events with "Add All" to Calendar (a `download`
 * link saves the file to Files instead, and a new tab loses the prompt). Elsewhere: a blob URL with
 * `download`, which saves `filename` for the system to open with its calendar.
 */
export function icsLink(ics: string, filename: string, appleMobile = isAppleMobile()): { href: string; download?: string } {
  if (appleMobile) return { href: `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}` };
  return { href: URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' })), download: filename };
}

/** Follows {@link icsLink} from a hidden link in `root` (the blob URL is revoked a second later). */
export function saveIcs(root: ParentNode, ics: string, filename: string): void {
  const { href, download } = icsLink(ics, filename);
  const link = document.createElement('a');
  link.href = href;
  if (download) {
    link.download = download;
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  }
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
}

/** A file name from an id: letters, digits, `_` and `-` only. */
export function icsFileName(id: string): string {
  return `${id.replace(/[^\w-]+/g, '-') || 'sessions'}.ics`;
}
