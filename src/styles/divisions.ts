import { css } from 'lit';

/** The look of a division list, shared by `<hms-mission>` and `<hms-divisions>`. */
export const divisionList = css`
  .divisions {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .division {
    display: flex;
    flex-direction: column;
    padding: var(--_space-4);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-md);
    background: var(--_color-surface);
    box-shadow: var(--_elevation-1);
  }
  .division-name {
    margin: 0 0 var(--_space-2);
    font-size: var(--_font-size-xl);
    font-weight: var(--_font-weight-bold);
  }
  .division-summary {
    margin: 0 0 var(--_space-2);
  }
  .offerings {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .offering {
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius-sm);
    background: var(--_color-surface-muted);
    font-size: var(--_font-size-sm);
  }
  .division-count {
    margin: auto 0 0;
    padding-block-start: var(--_space-3);
    font-weight: var(--_font-weight-bold);
    color: var(--_color-primary);
  }
  @container (min-width: 48em) {
    .divisions {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
`;
