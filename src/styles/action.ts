import { css } from 'lit';

/**
 * A card's or the calendar's call to action ("View course", "Apply", "Add to calendar"): a button
 * or link drawn as an outlined button, filled when `.primary`.
 */
export const action = css`
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    font: inherit;
    font-size: var(--_font-size-sm);
    /* a 44 px target at least; border-box, as a summary is content-box in some engines */
    box-sizing: border-box;
    min-block-size: max(44px, var(--_control-height));
    padding: var(--_space-1) var(--_space-3);
    border: var(--_border-width) solid var(--_color-primary);
    border-radius: var(--_radius-sm);
    background: transparent;
    color: var(--_color-primary);
    cursor: pointer;
    text-decoration: none;
    transition: background-color var(--_motion-duration) ease-out;
  }
  .action:hover {
    background: var(--_color-surface-muted);
  }
  .action.primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: var(--_font-weight-bold);
  }
  .action.primary:hover {
    text-decoration: underline;
  }
`;
