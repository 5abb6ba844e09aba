import { css } from 'lit';
import { base, states } from '../../styles/shared.js';

/** Styles of `<hms-course-card>`; `--hms-course-card-*` tokens fall back to the system tokens. */
export const courseCardStyles = [
  base,
  states,
  css`
    :host {
      --_card-surface: var(--hms-course-card-surface, var(--_color-surface));
      --_card-border: var(--hms-course-card-border-color, var(--_color-border));
      --_card-radius: var(--hms-course-card-radius, var(--_radius-md));
      --_card-padding: var(--hms-course-card-padding, var(--_space-4));
      --_badge-surface: var(--hms-badge-surface, var(--_color-surface-muted));
      block-size: 100%;
    }
    .card {
      display: flex;
      flex-direction: column;
      block-size: 100%;
      overflow: hidden;
      border: var(--_border-width) solid var(--_card-border);
      border-radius: var(--_card-radius);
      background: var(--_card-surface);
      box-shadow: var(--_elevation-1);
    }
    .image {
      display: block;
      inline-size: 100%;
      aspect-ratio: 16 / 9;
      object-fit: cover;
      background: var(--_color-surface-muted);
    }
    .body {
      display: flex;
      flex-direction: column;
      gap: var(--_space-2);
      flex: 1;
      padding: var(--_card-padding);
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-1);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .badge {
      padding: 0 var(--_space-2);
      border-radius: var(--_radius-sm);
      background: var(--_badge-surface);
      font-size: var(--_font-size-sm);
      line-height: 1.4;
    }
    .badge.status-open {
      background: var(--_color-success-surface);
      color: var(--_color-success);
    }
    .badge.status-closed {
      background: var(--_color-danger-surface);
      color: var(--_color-danger);
    }
    .badge.status-waitlist,
    .badge.status-upcoming {
      background: var(--_color-warning-surface);
      color: var(--_color-warning);
    }
    .title {
      margin: 0;
      font-size: var(--_font-size-lg);
      font-weight: var(--_font-weight-bold);
      line-height: 1.3;
    }
    .title a {
      color: inherit;
      text-decoration-color: var(--_color-primary);
    }
    .meta,
    .directors {
      margin: 0;
      font-size: var(--_font-size-sm);
      color: var(--_color-text-muted);
    }
    .summary {
      margin: 0;
    }
    .details {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: var(--_space-1) var(--_space-3);
      margin: 0;
      font-size: var(--_font-size-sm);
    }
    .details dt {
      color: var(--_color-text-muted);
    }
    .details dd {
      margin: 0;
    }
    .topics {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-1);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .topic {
      padding: 0 var(--_space-2);
      border: var(--_border-width) solid var(--_card-border);
      border-radius: var(--_radius-pill);
      font-size: var(--_font-size-sm);
    }
    .actions {
      margin-block-start: auto;
      padding-block-start: var(--_space-2);
    }
    .calendar {
      font: inherit;
      font-size: var(--_font-size-sm);
      min-block-size: var(--_control-height);
      padding: var(--_space-1) var(--_space-3);
      border: var(--_border-width) solid var(--_color-primary);
      border-radius: var(--_radius-sm);
      background: transparent;
      color: var(--_color-primary);
      cursor: pointer;
      transition: background-color var(--_motion-duration) ease-out;
    }
    .calendar:hover {
      background: var(--_color-surface-muted);
    }

    /* row: the list layout, image beside the text when there is room */
    :host([variant='row']) .card {
      flex-direction: row;
    }
    :host([variant='row']) .image {
      inline-size: min(30%, 14em);
      aspect-ratio: auto;
    }
    /* compact: one dense line of title, date and format */
    :host([variant='compact']) .card {
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
