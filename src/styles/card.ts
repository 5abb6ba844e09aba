import { css } from 'lit';

/**
 * The card look shared by course, program and news cards: a media box of a fixed ratio (the image,
 * or a fallback drawn from tokens) so a card is as tall with or without an image, a header of date
 * block and title, one meta line, the facts, and the actions at the foot. Each component sets the
 * `--_card-*` values from its own `--hms-<component>-*` tokens (falling back to the system tokens).
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
  .media {
    position: relative;
    flex: none;
    aspect-ratio: var(--_image-ratio);
    /* a card as wide as a page gets a banner, not a screenful of picture */
    max-block-size: var(--_image-max-height);
    overflow: hidden;
    background: var(--_color-media-surface);
  }
  /* Out of flow: the box's ratio alone sizes it, before, while and after the image loads (an image
     in flow is the box's content, and an aspect-ratio box grows to its content's natural height). */
  .image {
    position: absolute;
    inset: 0;
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  /* No image: the division's colour over the media surface, with what the card is (its format or kind). */
  .image-fallback {
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    gap: var(--_space-1);
    block-size: 100%;
    padding: var(--_space-3) var(--_space-4);
    border-block-start: var(--_space-2) solid var(--_division-color, var(--_color-primary));
    background:
      radial-gradient(circle at 88% 18%, color-mix(in srgb, var(--_division-color, var(--_color-primary)) 28%, transparent) 0 24%, transparent 24.5%),
      radial-gradient(circle at 70% 110%, color-mix(in srgb, var(--_division-color, var(--_color-primary)) 14%, transparent) 0 38%, transparent 38.5%),
      var(--_color-media-surface);
    color: var(--_color-text);
  }
  .fallback-label {
    font-family: var(--_font-family-display);
    font-size: var(--_font-size-xl);
    font-weight: var(--_font-weight-bold);
  }
  .fallback-note {
    font-size: var(--_font-size-sm);
    text-transform: uppercase;
  }
  .division-global-academy {
    --_division-color: var(--_color-division-global-academy);
  }
  .division-continuing-education {
    --_division-color: var(--_color-division-continuing-education);
  }
  .division-global-education {
    --_division-color: var(--_color-division-global-education);
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    flex: 1;
    min-inline-size: 0;
    padding: var(--_card-padding);
  }
  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
  }
  .heading {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-inline-size: 0;
  }
  /* The first day, as a wall calendar shows it: the month over the day. */
  .date-block {
    display: flex;
    flex: none;
    flex-direction: column;
    align-items: center;
    min-inline-size: var(--_date-block-width);
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius-sm);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    text-align: center;
  }
  .date-month {
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-bold);
    text-transform: uppercase;
  }
  .date-day {
    font-family: var(--_font-family-display);
    font-size: var(--_font-size-xl);
    font-weight: var(--_font-weight-bold);
  }
  .placeholder :is(.date-block, .image-fallback) {
    background: var(--_color-skeleton) !important;
    border-color: transparent !important;
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
    font-family: var(--_font-family-display);
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
  .when {
    margin: 0;
    font-size: var(--_font-size-sm);
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
  /* Credits and price side by side, each a small label over its value. */
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-5);
    margin: 0;
    padding-block-start: var(--_space-2);
    border-block-start: var(--_border-width) solid var(--_card-border);
    font-size: var(--_font-size-sm);
  }
  .fact {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .fact dt {
    color: var(--_color-text-muted);
  }
  .fact dd {
    margin: 0;
  }
  .fact.price dd {
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-bold);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin-block-start: auto;
    padding-block-start: var(--_space-2);
  }
  .actions .cta {
    margin-inline-start: auto;
  }
`;
