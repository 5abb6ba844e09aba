import { css } from 'lit';

/**
 * The filter form of `<hms-course-list>` and `<hms-course-calendar>`: labelled fields in a wrapping
 * bar, and below 40em of the widget's own width (a container query: widgets live in partner
 * columns, not the viewport) the selects folded behind a "Filters" button that shows how many are
 * set, the search box kept beside it. The host must be a size container (`container-type`).
 */
export const filterForm = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-3);
    margin: 0 0 var(--_space-4);
    padding: var(--_space-3);
    border-radius: var(--_radius-md);
    background: var(--_color-surface-muted);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-inline-size: 10em;
    /* as wide as its select's value (field-sizing below), so a long one is not cut */
    flex: 1 1 auto;
  }
  .field.search-field {
    flex: 2 1 16em;
  }
  .field label {
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-bold);
  }
  input,
  select {
    font: inherit;
    min-block-size: var(--_control-height);
    padding: var(--_space-1) var(--_space-2);
    border: var(--_border-width) solid var(--_color-control-border);
    border-radius: var(--_radius-sm);
    background: var(--_color-surface);
    color: var(--_color-text);
    /* at least the field's width, and as wide as its value: a closed select never cuts it, also with wider text spacing */
    field-sizing: content;
    min-inline-size: 100%;
    max-inline-size: 100%;
  }
  /* Wide: the selects sit in the bar as if the panel were not there, and the button is not needed. */
  .filter-panel {
    display: contents;
  }
  .filters-toggle {
    display: none;
    align-items: center;
    gap: var(--_space-2);
    font: inherit;
    font-weight: var(--_font-weight-bold);
    min-block-size: max(44px, var(--_control-height));
    padding: var(--_space-1) var(--_space-3);
    border: var(--_border-width) solid var(--_color-primary);
    border-radius: var(--_radius-sm);
    background: var(--_color-surface);
    color: var(--_color-primary);
    cursor: pointer;
  }
  .filters-toggle[aria-expanded='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .filters-count {
    min-inline-size: 1.6em;
    padding: 0 var(--_space-1);
    border-radius: var(--_radius-pill);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-size: var(--_font-size-sm);
    text-align: center;
  }
  .filters-toggle[aria-expanded='true'] .filters-count {
    background: var(--_color-on-primary);
    color: var(--_color-primary);
  }
  @container (max-width: 40em) {
    .field.search-field {
      flex: 1 1 10em;
    }
    .filters-toggle {
      display: inline-flex;
    }
    .filter-panel {
      display: none;
      flex-direction: column;
      gap: var(--_space-3);
      flex: 1 1 100%;
    }
    .filter-panel.open {
      display: flex;
    }
  }
  /* Backgrounds are gone in forced colors: the count keeps a box. */
  @media (forced-colors: active) {
    .filters-count {
      border: 1px solid CanvasText;
    }
  }
`;
