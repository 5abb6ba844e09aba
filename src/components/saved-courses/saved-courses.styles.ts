import { css } from 'lit';
import { action } from '../../styles/action.js';
import { base, states } from '../../styles/shared.js';

/** Styles of `<hms-saved-courses>`: system tokens only. */
export const savedCoursesStyles = [
  base,
  states,
  action,
  css`
    .shared,
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-2) var(--_space-3);
      margin-block-end: var(--_space-3);
    }
    .shared {
      padding: var(--_space-3);
      border: var(--_border-width) solid var(--_color-border);
      border-radius: var(--_radius-md);
      background: var(--_color-surface-muted);
    }
    .shared-note,
    .count {
      margin: 0;
      font-weight: var(--_font-weight-bold);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-2);
    }
    .share-status {
      font-size: var(--_font-size-sm);
      color: var(--_color-success);
    }
    .share-field {
      display: flex;
      flex-direction: column;
      gap: var(--_space-1);
      margin-block-end: var(--_space-3);
      font-size: var(--_font-size-sm);
    }
    .share-field input {
      font: inherit;
      min-block-size: max(44px, var(--_control-height));
      padding: var(--_space-1) var(--_space-2);
      border: var(--_border-width) solid var(--_color-control-border);
      border-radius: var(--_radius-sm);
      background: var(--_color-surface);
      color: var(--_color-text);
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
      border-block-start: var(--_border-width) solid var(--_color-border);
    }
    .item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-2) var(--_space-3);
      padding: var(--_space-3) 0;
      border-block-end: var(--_border-width) solid var(--_color-border);
    }
    .item-text {
      flex: 1 1 16em;
      min-inline-size: 0;
    }
    .title {
      margin: 0;
      font-size: var(--_font-size-md);
      font-weight: var(--_font-weight-bold);
    }
    .title a {
      color: inherit;
      text-decoration-color: var(--_color-primary);
    }
    .item.unavailable .title {
      color: var(--_color-text-muted);
    }
    .meta {
      margin: var(--_space-1) 0 0;
      font-size: var(--_font-size-sm);
      color: var(--_color-text-muted);
    }
    .unavailable-note {
      padding: 0 var(--_space-2);
      border-radius: var(--_radius-sm);
      background: var(--_color-warning-surface);
      color: var(--_color-warning);
      font-weight: var(--_font-weight-bold);
    }
    .empty {
      margin: 0;
      padding: var(--_space-5);
      text-align: center;
      border: var(--_border-width) dashed var(--_color-border);
      border-radius: var(--_radius-md);
    }
    .empty p {
      margin: 0;
    }
    .empty p + p {
      margin-block-start: var(--_space-2);
    }
    .empty-title {
      font-weight: var(--_font-weight-bold);
    }
    @media (forced-colors: active) {
      .unavailable-note {
        border: 1px solid CanvasText;
      }
    }
  `,
];
