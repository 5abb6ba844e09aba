import { css } from 'lit';

/**
 * Every widget on paper: black on white whatever the theme, no controls (a printed button does
 * nothing), no loading placeholder, each title link followed by its address (paper has no links),
 * and a card kept whole on one page. Colours are the system's `Canvas`/`CanvasText` (white and
 * black on paper), not values of our own; no backgrounds, as browsers print none by default.
 */
export const print = css`
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      --_color-background: Canvas;
      --_color-surface: Canvas;
      --_color-surface-muted: Canvas;
      --_color-text: CanvasText;
      --_color-text-muted: CanvasText;
      --_color-primary: CanvasText;
      --_color-on-primary: CanvasText;
      --_color-border: CanvasText;
      --_color-success: CanvasText;
      --_color-success-surface: Canvas;
      --_color-warning: CanvasText;
      --_color-warning-surface: Canvas;
      --_color-danger: CanvasText;
      --_color-danger-surface: Canvas;
      --_elevation-1: none;
    }
    /* Browsers leave backgrounds off paper by default: text meant for a coloured box must not be white. */
    *,
    *::before,
    *::after {
      background: none !important;
      box-shadow: none !important;
      text-shadow: none !important;
      transition: none !important;
    }
    button,
    form,
    details,
    [part~='filters'],
    [part~='pager'],
    [part~='skeleton'],
    [part~='calendar-menu'],
    [part~='add-all'],
    [part~='clear'],
    [part~='time-toggle'],
    [part~='view-all'],
    .summary-actions,
    .sort-field {
      display: none !important;
    }
    a[part~='title-link']::after {
      content: ' (' attr(href) ')';
      font-size: var(--_font-size-sm);
      font-weight: normal;
      overflow-wrap: anywhere;
    }
    [part~='card'],
    [part~='item'],
    [part~='division'] {
      break-inside: avoid;
    }
    /* Paper shows every card: none is left undrawn for being out of view (the lists' content-visibility, which this outranks). */
    :host .list > li {
      content-visibility: visible;
    }
  }
`;
