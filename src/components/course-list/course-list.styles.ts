import { css, unsafeCSS } from 'lit';
import { filterForm } from '../../styles/filters.js';
import { cardGrid, gridTiers } from '../../styles/list.js';
import { serverStreamed } from '../../styles/streamed.js';
import { base, states } from '../../styles/shared.js';

/** Least width of a grid card, in em (the default of `--hms-course-list-card-min-width`). */
export const COURSE_CARD_MIN_EM = 17;

/** Styles of `<hms-course-list>`. */
export const courseListStyles = [
  base,
  states,
  cardGrid,
  serverStreamed,
  filterForm,
  gridTiers(COURSE_CARD_MIN_EM),
  css`
    :host {
      --_list-min-card: var(--hms-course-list-card-min-width, ${unsafeCSS(`${COURSE_CARD_MIN_EM}em`)});
      --_list-gap: var(--hms-course-list-gap, var(--_space-4));
    }
    .clear,
    .page,
    .pager-step,
    .time-option {
      font: inherit;
      min-block-size: var(--_control-height);
      min-inline-size: var(--_control-height);
      padding: var(--_space-1) var(--_space-3);
      border: var(--_border-width) solid var(--_color-primary);
      border-radius: var(--_radius-sm);
      background: var(--_color-surface);
      color: var(--_color-primary);
      cursor: pointer;
    }
    .time-toggle {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-1);
      font-size: var(--_font-size-sm);
    }
    .time-option[aria-pressed='true'],
    .page[aria-current='page'] {
      background: var(--_color-primary);
      color: var(--_color-on-primary);
    }
    .pager-step:disabled {
      opacity: 0.45;
      cursor: default;
    }
    /* The count and "Sort by" at the start, the actions on what rows are left. */
    .summary-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-2) var(--_space-4);
      margin: 0 0 var(--_space-3);
    }
    .sort-field {
      flex: none;
      flex-direction: row;
      align-items: center;
      gap: var(--_space-2);
      min-inline-size: 0;
    }
    .sort-field select {
      min-inline-size: 0;
    }
    .summary-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-2);
      margin-inline-start: auto;
    }
    .summary-actions:empty {
      display: none;
    }
    .count {
      margin: 0;
      font-weight: var(--_font-weight-bold);
    }
    .results:focus {
      outline: none;
    }
    .results:focus-visible {
      outline: var(--_focus-width) solid var(--_color-focus);
    }
    .list.layout-compact {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    /* The height of a card not drawn yet (see cardGrid), measured on the sample catalog: a grid card
       640-790 px; a row 330-490 px from 40em wide, 520-780 px below (stacked); a compact line 66 px. */
    .list.layout-list > li {
      contain-intrinsic-block-size: auto 680px;
    }
    @container (min-width: 40em) {
      .list.layout-list > li {
        contain-intrinsic-block-size: auto 380px;
      }
    }
    .list.layout-compact > li {
      contain-intrinsic-block-size: auto 66px;
    }
    /* band: the cards side by side in one row, a short card each; sideways scrolling where they do not fit */
    .list.layout-band {
      grid-auto-flow: column;
      grid-template-columns: none;
      grid-auto-columns: minmax(min(85%, var(--_list-min-card)), 1fr);
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scroll-snap-type: x mandatory;
      /* room for the focus ring of a card's link at the scroller's edges */
      padding: var(--_space-1);
      margin: calc(-1 * var(--_space-1));
      scroll-padding-inline: var(--_space-1);
    }
    .list.layout-band > li {
      scroll-snap-align: start;
      /* a card out of view sideways must not make the row taller than the cards drawn (600-670 px) */
      contain-intrinsic-block-size: auto 600px;
    }
    .layout-band hms-course-card::part(summary),
    .layout-band hms-course-card::part(topics),
    .layout-band hms-course-card::part(directors) {
      display: none;
    }
    .empty p {
      margin: 0 0 var(--_space-3);
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: var(--_space-2);
      margin-block-start: var(--_space-4);
    }
    .pager ol {
      display: flex;
      flex-wrap: wrap;
      /* the "…" between page buttons sits on their text's baseline, not at the top of their box */
      align-items: baseline;
      gap: var(--_space-1);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .gap {
      padding: 0 var(--_space-1);
      color: var(--_color-text-muted);
    }
    .view-all {
      display: inline-block;
      margin-block-start: var(--_space-4);
      font-weight: var(--_font-weight-bold);
    }
  `,
];
