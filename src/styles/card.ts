import { css } from 'lit';

/**
 * The card look shared by course, program and news cards. Each component sets the `--_card-*`
 * values from its own `--hms-<component>-*` tokens (falling back to the system tokens).
 */
export const card = css`
  .card {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    border: var(--_border-width) solid var(--_card-border);
    border-radius: var(--_card-radius);
    background: var(--_card-surface);
    box-shadow: var(--_elevation-1);
  }
  .image {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_color-surface-muted);
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    flex: 1;
    padding: var(--_card-padding);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    padding: 0 var(--_space-2);
    border-radius: var(--_radius-sm);
    background: var(--_badge-surface);
    font-size: var(--_font-size-sm);
  }
  .badge.good {
    background: var(--_color-success-surface);
    color: var(--_color-success);
  }
  .badge.bad {
    background: var(--_color-danger-surface);
    color: var(--_color-danger);
  }
  .badge.caution {
    background: var(--_color-warning-surface);
    color: var(--_color-warning);
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-bold);
  }
  .title a {
    color: inherit;
    text-decoration-color: var(--_color-primary);
  }
  .meta {
    margin: 0;
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
  }
  .summary {
    margin: 0;
  }
  .details {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
    font-size: var(--_font-size-sm);
  }
  .details dt {
    color: var(--_color-text-muted);
  }
  .details dd {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: auto;
    padding-block-start: var(--_space-2);
  }
  .action {
    display: inline-flex;
    align-items: center;
    font: inherit;
    font-size: var(--_font-size-sm);
    min-block-size: var(--_control-height);
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
  }
`;
