import { css } from 'lit';

/** The star toggle of a `saveable` widget (`renderSaveButton`), for the course card and the calendar. */
export const saveButton = css`
  .save {
    gap: var(--_space-1);
  }
  .save-star {
    flex: none;
    font-size: 1.15em;
  }
  .save[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .save[aria-pressed='true']:hover {
    background: var(--_color-primary);
    text-decoration: underline;
  }
`;
