import { css } from 'lit';

/** A responsive grid of cards (by the widget's own width) and the empty state, shared by list widgets. */
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
  .list.layout-list {
    grid-template-columns: minmax(0, 1fr);
  }
  .empty {
    margin: 0;
    padding: var(--_space-5);
    text-align: center;
    border: var(--_border-width) dashed var(--_color-border);
    border-radius: var(--_radius-md);
  }
`;
