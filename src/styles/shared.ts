import { css } from 'lit';
import { print } from './print.js';
import { themeStyles } from './themes.js';
import { tokens } from './tokens.js';

/** What every widget's shadow root starts with: tokens, box model, focus ring, text that stays text, paper. */
export const base = [
  tokens,
  themeStyles,
  print,
  css`
    :host {
      display: block;
      background: var(--_color-background);
      box-sizing: border-box;
      font-family: var(--_font-family);
      font-size: var(--_font-size-md);
      line-height: var(--_line-height);
      color: var(--_color-text);
      text-align: start;
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    :host([theme='dark']),
    :host([theme='high-contrast']) {
      padding: var(--hms-theme-padding, var(--_space-3));
      border-radius: var(--_radius-md);
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        padding: var(--hms-theme-padding, var(--_space-3));
        border-radius: var(--_radius-md);
      }
    }
    @media (forced-colors: active) {
      .card,
      .division,
      .error {
        border-color: CanvasText;
      }
      /* Backgrounds are gone in forced colors: badges keep a box, the current page its highlight,
         disabled controls read as disabled without opacity. */
      .badge,
      .offering {
        border: 1px solid CanvasText;
      }
      .page[aria-current='page'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: Highlight;
        text-decoration: underline;
      }
      :disabled,
      [aria-disabled='true'] {
        opacity: 1 !important;
        color: GrayText;
        border-color: GrayText;
      }
      :focus-visible {
        outline-color: Highlight;
      }
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    button,
    input,
    select {
      /* a page's or a visitor's letter and word spacing reach the controls too (the browser resets them) */
      letter-spacing: inherit;
      word-spacing: inherit;
    }
    a {
      color: var(--_color-primary);
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 2px;
    }
    :focus-visible {
      outline: var(--_focus-width) solid var(--_color-focus);
      outline-offset: 2px;
      border-radius: var(--_radius-sm);
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  `,
];

/** The loading placeholder and the error box, shared by every catalog widget. */
export const states = css`
  .skeleton-line,
  .skeleton-block {
    display: block;
    background: var(--_color-skeleton);
    border-radius: var(--_radius-sm);
    animation: hms-pulse 1.4s ease-in-out infinite;
  }
  .skeleton-line {
    block-size: 1em;
    margin-block: 0.25em;
  }
  /*
   * A skeleton drawn with the widget's own template over placeholder text: same boxes, text blocked out.
   * The skeleton pulses as one layer: its root's opacity, animated on the compositor. Animating each
   * blocked-out box (as before) cost a style recalculation of every box in every frame on the main
   * thread: on the demo's home page at 4x CPU, a third of its style work while skeletons showed.
   */
  .placeholder {
    block-size: 100%;
    pointer-events: none;
    user-select: none;
    animation: hms-pulse 1.4s ease-in-out infinite;
  }
  .placeholder.nested {
    animation: none;
  }
  .placeholder,
  .placeholder * {
    color: transparent !important;
    text-decoration: none !important;
    box-shadow: none !important;
  }
  .placeholder :is(p, dt, dd, li:not(:has(> *)), .title, .division-name, .fact-value, .fact-label, .attribution > span, .action) {
    background: var(--_color-skeleton) !important;
    border-color: transparent !important;
    border-radius: var(--_radius-sm);
  }
  @keyframes hms-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line,
    .skeleton-block {
      animation: none;
    }
    .placeholder,
    .placeholder * {
      animation: none !important;
    }
  }
  /* Under the last good copy shown through an outage: quiet, as the content is still right to read. */
  .last-good-note {
    margin: var(--_space-2) 0 0;
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
  }
  .error {
    padding: var(--_space-4);
    border: var(--_border-width) solid var(--_color-danger);
    border-radius: var(--_radius-md);
    background: var(--_color-danger-surface);
    color: var(--_color-text);
  }
  .error-title {
    margin: 0 0 var(--_space-2);
    font-weight: var(--_font-weight-bold);
    color: var(--_color-danger);
  }
  .error-message,
  .error-help {
    margin: 0 0 var(--_space-3);
  }
  .error-help {
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
  }
  .retry {
    font: inherit;
    font-weight: var(--_font-weight-bold);
    padding: var(--_space-2) var(--_space-4);
    min-block-size: max(44px, var(--_control-height));
    border: var(--_border-width) solid var(--_color-primary);
    border-radius: var(--_radius-sm);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    cursor: pointer;
  }
  .retry {
    transition: opacity var(--_motion-duration) ease-out;
  }
  .retry[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
