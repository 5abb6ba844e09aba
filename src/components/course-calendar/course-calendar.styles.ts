import { css } from 'lit';
import { action } from '../../styles/action.js';
import { calendarMenu } from '../../styles/calendar-menu.js';
import { saveButton } from '../../styles/save-button.js';
import { filterForm } from '../../styles/filters.js';
import { base, states } from '../../styles/shared.js';
import { serverStreamed } from '../../styles/streamed.js';

/** Styles of `<hms-course-calendar>`; `--hms-course-calendar-*` tokens fall back to the system tokens. */
export const courseCalendarStyles = [
  base,
  states,
  action,
  calendarMenu,
  saveButton,
  filterForm,
  serverStreamed,
  css`
    :host {
      --_cell-min-height: var(--hms-course-calendar-cell-min-height, 6.5em);
      --_today: var(--hms-course-calendar-today-color, var(--_color-primary));
      --_session-surface: var(--hms-course-calendar-session-surface, var(--_color-surface-muted));
      container-type: inline-size;
    }
    .width-probe {
      block-size: 0;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-3);
      margin: 0 0 var(--_space-3);
    }
    .month-nav,
    .choices {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-2);
    }
    .title {
      margin: 0;
      min-inline-size: 9em;
      text-align: center;
      font-size: var(--_font-size-lg);
      font-weight: var(--_font-weight-bold);
    }
    .step,
    .button,
    .switch button {
      font: inherit;
      min-block-size: max(44px, var(--_control-height));
      min-inline-size: max(44px, var(--_control-height));
      padding: var(--_space-1) var(--_space-3);
      border: var(--_border-width) solid var(--_color-primary);
      border-radius: var(--_radius-sm);
      background: var(--_color-surface);
      color: var(--_color-primary);
      cursor: pointer;
    }
    .step {
      font-size: var(--_font-size-lg);
    }
    .switch {
      display: inline-flex;
    }
    .switch button {
      border-radius: 0;
      font-size: var(--_font-size-sm);
    }
    .switch button + button {
      margin-inline-start: calc(-1 * var(--_border-width));
    }
    .switch button:first-child {
      border-start-start-radius: var(--_radius-sm);
      border-end-start-radius: var(--_radius-sm);
    }
    .switch button:last-child {
      border-start-end-radius: var(--_radius-sm);
      border-end-end-radius: var(--_radius-sm);
    }
    .switch button[aria-pressed='true'] {
      background: var(--_color-primary);
      color: var(--_color-on-primary);
    }
    .subscribe {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-1) var(--_space-3);
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: var(--_font-size-sm);
    }
    .subscribe a {
      display: inline-flex;
      align-items: center;
      min-block-size: 44px;
    }
    .grid {
      inline-size: 100%;
      table-layout: fixed;
      border-collapse: collapse;
    }
    .grid th {
      padding: var(--_space-1);
      font-size: var(--_font-size-sm);
      font-weight: var(--_font-weight-bold);
      color: var(--_color-text-muted);
    }
    .cell {
      block-size: var(--_cell-min-height);
      padding: var(--_space-1);
      vertical-align: top;
      border: var(--_border-width) solid var(--_color-border);
      background: var(--_color-surface);
      cursor: pointer;
    }
    .cell.outside {
      background: var(--_color-surface-muted);
      color: var(--_color-text-muted);
    }
    .cell[aria-selected='true'] {
      box-shadow: inset 0 0 0 2px var(--_color-primary);
    }
    .cell:focus-visible {
      outline-offset: -3px;
    }
    .date {
      display: inline-block;
      min-inline-size: 1.8em;
      margin: 0;
      text-align: center;
      font-size: var(--_font-size-sm);
      font-weight: var(--_font-weight-bold);
    }
    .cell.today .date {
      border-radius: var(--_radius-pill);
      background: var(--_today);
      color: var(--_color-on-primary);
    }
    .cell-sessions {
      display: flex;
      flex-direction: column;
      gap: 2px;
      margin: var(--_space-1) 0 0;
      padding: 0;
      list-style: none;
    }
    .session,
    .more {
      padding: 0 var(--_space-1);
      border-radius: var(--_radius-sm);
      font-size: 0.8em;
    }
    /* Cells too narrow for titles show each session's time (the day's sessions, under the grid, have the rest). */
    @container (max-width: 40em) {
      .session-title {
        display: none;
      }
    }
    .session {
      background: var(--_session-surface);
      border-inline-start: 3px solid var(--_color-primary);
    }
    .session.modality-online {
      border-inline-start-color: var(--_color-success);
    }
    .session.modality-rss {
      border-inline-start-color: var(--_color-warning);
    }
    .session-time {
      font-weight: var(--_font-weight-bold);
      margin-inline-end: var(--_space-1);
    }
    .more {
      font-weight: var(--_font-weight-bold);
      color: var(--_color-primary);
    }
    .day,
    .agenda {
      margin-block-start: var(--_space-4);
    }
    .day {
      padding: var(--_space-3);
      border: var(--_border-width) solid var(--_color-border);
      border-radius: var(--_radius-md);
      background: var(--_color-surface);
    }
    .day:focus {
      outline: none;
    }
    .day:focus-visible {
      outline: var(--_focus-width) solid var(--_color-focus);
    }
    .day-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-2);
    }
    .day-title,
    .agenda-date {
      margin: 0;
      font-weight: var(--_font-weight-bold);
    }
    .agenda-date {
      padding-block: var(--_space-2);
      border-block-end: var(--_border-width) solid var(--_color-border);
    }
    .agenda-date.today {
      color: var(--_today);
    }
    .items {
      display: flex;
      flex-direction: column;
      gap: var(--_space-3);
      margin: var(--_space-3) 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: flex;
      flex-direction: column;
      gap: var(--_space-1);
      align-items: flex-start;
    }
    .item p {
      margin: 0;
    }
    .time {
      font-weight: var(--_font-weight-bold);
    }
    .course-time,
    .modality {
      font-size: var(--_font-size-sm);
      color: var(--_color-text-muted);
    }
    .item-title {
      font-size: var(--_font-size-lg);
    }
    .item-title a {
      color: inherit;
      text-decoration-color: var(--_color-primary);
    }
    .item-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: var(--_space-2);
    }
    .empty {
      margin: var(--_space-4) 0 0;
      padding: var(--_space-5);
      text-align: center;
      border: var(--_border-width) dashed var(--_color-border);
      border-radius: var(--_radius-md);
    }
    @media (forced-colors: active) {
      .cell.today .date,
      .switch button[aria-pressed='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      .cell[aria-selected='true'] {
        outline: 2px solid Highlight;
      }
    }
  `,
];
