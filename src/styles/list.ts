import { css, unsafeCSS, type CSSResult } from 'lit';

/** The most columns a grid of cards gets, however wide. */
export const MAX_COLUMNS = 4;

/**
 * How many columns a grid of `count` items takes where its width fits `most`: every item in one row
 * when they fit (no empty column beside a short list); else `most` or one fewer, whichever fills the
 * last row better, a lone item on the last row counting as the worst (9 → 3 × 3, not 4 + 4 + 1).
 */
export function gridColumns(count: number, most: number): number {
  const n = Math.max(0, Math.floor(count));
  if (n <= most) return Math.max(1, n);
  let best = most;
  let bestFill = -1;
  for (const columns of most > 2 ? [most, most - 1] : [most]) {
    const last = n % columns || columns;
    const fill = last === 1 ? 0 : last / columns;
    if (fill > bestFill) [best, bestFill] = [columns, fill];
  }
  return best;
}

/**
 * The classes that give a grid of `count` items its columns at each width: for each number of
 * columns the width may fit (2 to {@link MAX_COLUMNS}), the columns to use there ("fit2-2 fit3-3
 * fit4-3" for 9 items). Classes, not a style attribute: a strict `style-src` page allows them.
 */
export function gridClasses(count: number): string {
  const classes = ['grid'];
  for (let most = 2; most <= MAX_COLUMNS; most += 1) classes.push(`fit${most}-${gridColumns(count, most)}`);
  return classes.join(' ');
}

/**
 * The container queries of a grid whose cards are `minCard` em wide at the least, with 1 em gaps:
 * `--_cols` is the columns {@link gridClasses} chose for the width there is. Container queries, not
 * viewport ones: a widget lives in a partner's column, not the whole window.
 */
export function gridTiers(minCard: number): CSSResult {
  let rules = '';
  for (let most = 2; most <= MAX_COLUMNS; most += 1) {
    const width = most * minCard + (most - 1);
    const choices = Array.from({ length: most - 1 }, (_, i) => `.list.fit${most}-${i + 2} { --_cols: ${i + 2}; }`).join(' ');
    rules += `@container (min-width: ${width}em) { ${choices} }\n`;
  }
  return unsafeCSS(rules);
}

/** A responsive grid of cards (by the widget's own width and its number of cards) and the empty state, shared by list widgets. */
export const cardGrid = css`
  :host {
    container-type: inline-size;
  }
  .list {
    display: grid;
    gap: var(--_list-gap);
    margin: 0;
    padding: 0;
    list-style: none;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_list-min-card)), 1fr));
  }
  /* Never narrower than the card's least width; never more columns than --_cols (a hair under the share, so rounding cannot drop one). */
  .list.grid {
    --_cols: 1;
    grid-template-columns: repeat(
      auto-fit,
      minmax(min(100%, max(var(--_list-min-card), (100% - (var(--_cols) - 1) * var(--_list-gap)) / var(--_cols) - 1px)), 1fr)
    );
  }
  .list.layout-list {
    grid-template-columns: minmax(0, 1fr);
  }
  /*
   * A card out of view is neither laid out nor painted until it comes near the viewport (issue 17:
   * on a phone most of a page's cards are below the fold, and their layout was the longest task of
   * the demo's home page). Until then it keeps the height of a typical card of the sample catalog
   * for the list's layout and width (each list sets it), then of its own last drawn size; nothing
   * on screen moves when it is drawn. Its text stays in the page: find in page, assistive
   * technology and keyboard focus reach it.
   */
  .list > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 700px;
  }
  .empty {
    margin: 0;
    padding: var(--_space-5);
    text-align: center;
    border: var(--_border-width) dashed var(--_color-border);
    border-radius: var(--_radius-md);
  }
`;
