import { css } from 'lit';

/** The "Add to calendar" menu (a disclosure under its button), for the course card and the calendar. */
export const calendarMenu = css`
  .calendar-menu > summary {
    list-style: none;
  }
  .calendar-menu > summary::-webkit-details-marker {
    display: none;
  }
  .calendar-menu > summary::after {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-start: var(--_space-2);
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform var(--_motion-duration) ease-out;
  }
  .calendar-menu[open] > summary::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .calendar-options {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin: var(--_space-2) 0 0;
    padding: var(--_space-1);
    list-style: none;
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-sm);
    background: var(--_color-surface);
  }
  .calendar-option {
    display: flex;
    align-items: center;
    inline-size: 100%;
    min-block-size: max(44px, var(--_control-height));
    padding: var(--_space-1) var(--_space-3);
    border: 0;
    border-radius: var(--_radius-sm);
    background: transparent;
    color: var(--_color-primary);
    font: inherit;
    font-size: var(--_font-size-sm);
    text-align: start;
    cursor: pointer;
  }
  .calendar-option:hover {
    background: var(--_color-surface-muted);
  }
`;
