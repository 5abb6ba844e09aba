import { css } from 'lit';
import { action } from '../../styles/action.js';
import { calendarMenu } from '../../styles/calendar-menu.js';
import { card } from '../../styles/card.js';
import { saveButton } from '../../styles/save-button.js';
import { base, states } from '../../styles/shared.js';

/** Styles of `<hms-course-card>`; `--hms-course-card-*` tokens fall back to the system tokens. */
export const courseCardStyles = [
  base,
  states,
  card,
  action,
  calendarMenu,
  saveButton,
  css`
    :host {
      --_card-surface: var(--hms-course-card-surface, var(--_color-surface));
      --_card-border: var(--hms-course-card-border-color, var(--_color-border));
      --_card-radius: var(--hms-course-card-radius, var(--_radius-md));
      --_card-padding: var(--hms-course-card-padding, var(--_space-4));
      --_badge-surface: var(--hms-badge-surface, var(--_color-surface-muted));
      block-size: 100%;
    }
    .directors {
      margin: 0;
      font-size: var(--_font-size-sm);
      color: var(--_color-text-muted);
    }
    .topic {
      padding: 0 var(--_space-2);
      border: var(--_border-width) solid var(--_card-border);
      border-radius: var(--_radius-pill);
      font-size: var(--_font-size-sm);
    }

    /* row: the list layout, the media box beside the text when there is room, above it when not */
    :host([variant='row']) .card {
      flex-flow: row wrap;
    }
    :host([variant='row']) .media {
      flex: 1 1 14em;
    }
    :host([variant='row']) .body {
      flex: 999 1 24em;
    }
    /* compact: one dense line of title, date and format */
    :host([variant='compact']) .card {
      /* no image to round off, and the title link's focus ring reaches the edge */
      overflow: visible;
      box-shadow: none;
      border-radius: 0;
      border-inline: 0;
      border-block-start: 0;
      background: transparent;
    }
    :host([variant='compact']) .body {
      padding: var(--_space-2) 0;
      gap: var(--_space-1);
    }
    :host([variant='compact']) .title {
      font-size: var(--_font-size-md);
    }
  `,
];
