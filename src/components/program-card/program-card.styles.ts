import { css } from 'lit';
import { action } from '../../styles/action.js';
import { card } from '../../styles/card.js';
import { base, states } from '../../styles/shared.js';

/** Styles of `<hms-program-card>`. */
export const programCardStyles = [
  base,
  states,
  card,
  action,
  css`
    :host {
      --_card-surface: var(--hms-program-card-surface, var(--_color-surface));
      --_card-border: var(--hms-program-card-border-color, var(--_color-border));
      --_card-radius: var(--hms-program-card-radius, var(--_radius-md));
      --_card-padding: var(--hms-program-card-padding, var(--_space-4));
      --_badge-surface: var(--hms-badge-surface, var(--_color-surface-muted));
      block-size: 100%;
    }
    .notice {
      margin: 0;
      padding: var(--_space-2) var(--_space-3);
      border-inline-start: var(--_focus-width) solid var(--_color-warning);
      background: var(--_color-warning-surface);
      font-size: var(--_font-size-sm);
    }
  `,
];
