import { css } from 'lit';

/**
 * The design tokens, in three tiers. A partner sets the public `--hms-*` properties anywhere above a
 * widget; a theme (themes.ts) sets the inherited `--_theme-*` tier, which wins over them, so a brand
 * colour meant for a light page never reaches a dark or high-contrast widget; components read only
 * the private `--_*` copies made here, each with its HMS default, so a raw value never appears in a
 * component's styles. Sizes are in em and px, never rem: many host pages change the root font size.
 */
export const tokens = css`
  :host {
    --_color-background: var(--_theme-color-background, var(--hms-color-background, transparent));
    --_color-primary: var(--_theme-color-primary, var(--hms-color-primary, #a51c30));
    --_color-on-primary: var(--_theme-color-on-primary, var(--hms-color-on-primary, #ffffff));
    --_color-surface: var(--_theme-color-surface, var(--hms-color-surface, #ffffff));
    --_color-surface-muted: var(--_theme-color-surface-muted, var(--hms-color-surface-muted, #f5f3f0));
    --_color-text: var(--_theme-color-text, var(--hms-color-text, #1e1e1e));
    --_color-text-muted: var(--_theme-color-text-muted, var(--hms-color-text-muted, #555555));
    --_color-border: var(--_theme-color-border, var(--hms-color-border, #d5d0c9));
    --_color-control-border: var(--_theme-color-control-border, var(--hms-color-control-border, #7a746d));
    --_color-focus: var(--_theme-color-focus, var(--hms-color-focus, #1b5fae));
    --_color-danger: var(--_theme-color-danger, var(--hms-color-danger, #b3261e));
    --_color-danger-surface: var(--_theme-color-danger-surface, var(--hms-color-danger-surface, #fcefee));
    --_color-skeleton: var(--_theme-color-skeleton, var(--hms-color-skeleton, #e8e4df));
    --_color-success: var(--_theme-color-success, var(--hms-color-success, #1e6b34));
    --_color-success-surface: var(--_theme-color-success-surface, var(--hms-color-success-surface, #e6f4ea));
    --_color-warning: var(--_theme-color-warning, var(--hms-color-warning, #7a4b00));
    --_color-warning-surface: var(--_theme-color-warning-surface, var(--hms-color-warning-surface, #fff4d6));
    --_color-media-surface: var(--_theme-color-media-surface, var(--hms-color-media-surface, #f3ecea));
    --_color-division-global-academy: var(--_theme-color-division-global-academy, var(--hms-color-division-global-academy, #a51c30));
    --_color-division-continuing-education: var(--_theme-color-division-continuing-education, var(--hms-color-division-continuing-education, #1b4f8a));
    --_color-division-global-education: var(--_theme-color-division-global-education, var(--hms-color-division-global-education, #0b6e69));

    --_font-family: var(--hms-font-family, inherit);
    --_font-family-display: var(--hms-font-family-display, var(--_font-family));
    --_font-size-sm: var(--hms-font-size-sm, 0.875em);
    --_font-size-md: var(--hms-font-size-md, 1em);
    --_font-size-lg: var(--hms-font-size-lg, 1.25em);
    --_font-size-xl: var(--hms-font-size-xl, 1.5em);
    --_font-size-display: var(--hms-font-size-display, 2em);
    --_font-weight-bold: var(--hms-font-weight-bold, 600);
    --_line-height: var(--hms-line-height, 1.5);

    --_space-1: var(--hms-space-1, 4px);
    --_space-2: var(--hms-space-2, 8px);
    --_space-3: var(--hms-space-3, 12px);
    --_space-4: var(--hms-space-4, 16px);
    --_space-5: var(--hms-space-5, 24px);
    --_space-6: var(--hms-space-6, 32px);

    --_radius-sm: var(--hms-radius-sm, 4px);
    --_radius-md: var(--hms-radius-md, 8px);
    --_radius-pill: var(--hms-radius-pill, 999px);
    --_control-height: var(--hms-control-height, 40px);
    --_border-width: var(--_theme-border-width, var(--hms-border-width, 1px));
    --_focus-width: var(--_theme-focus-width, var(--hms-focus-width, 2px));
    --_elevation-1: var(--hms-elevation-1, 0 1px 2px rgb(0 0 0 / 0.08));
    --_image-ratio: var(--hms-image-ratio, 16 / 9);
    --_image-max-height: var(--hms-image-max-height, 18em);
    --_date-block-width: var(--hms-date-block-width, 3.5em);
    --_motion-duration: var(--hms-motion-duration, 150ms);
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion-duration: 0ms;
    }
  }
`;

/**
 * Each public token's default, read from the sheet above (for the light theme's stylesheet and
 * tests; no widget calls it, so it stays out of the bundles).
 */
export function tokenDefaults(): Map<string, string> {
  const defaults = new Map<string, string>();
  for (let [, value] of tokens.cssText.matchAll(/--_[\w-]+:\s*([^;]+);/g)) {
    // A tiered token reads its theme's value first: var(--_theme-x, var(--hms-x, default)).
    if (value.startsWith('var(--_theme-')) value = value.slice(value.indexOf(',') + 1, -1).trim();
    const token = /^var\((--hms-[\w-]+),\s*(.+)\)$/.exec(value);
    if (token) defaults.set(token[1], token[2].trim());
  }
  return defaults;
}

/** Public token names, listed by hand: the token test checks the sheet defines each and a component uses it. */
export const TOKEN_NAMES = [
  '--hms-color-background',
  '--hms-color-primary',
  '--hms-color-on-primary',
  '--hms-color-surface',
  '--hms-color-surface-muted',
  '--hms-color-text',
  '--hms-color-text-muted',
  '--hms-color-border',
  '--hms-color-control-border',
  '--hms-color-focus',
  '--hms-color-danger',
  '--hms-color-danger-surface',
  '--hms-color-skeleton',
  '--hms-color-success',
  '--hms-color-success-surface',
  '--hms-color-warning',
  '--hms-color-warning-surface',
  '--hms-color-media-surface',
  '--hms-color-division-global-academy',
  '--hms-color-division-continuing-education',
  '--hms-color-division-global-education',
  '--hms-font-family',
  '--hms-font-family-display',
  '--hms-font-size-sm',
  '--hms-font-size-md',
  '--hms-font-size-lg',
  '--hms-font-size-xl',
  '--hms-font-size-display',
  '--hms-font-weight-bold',
  '--hms-line-height',
  '--hms-space-1',
  '--hms-space-2',
  '--hms-space-3',
  '--hms-space-4',
  '--hms-space-5',
  '--hms-space-6',
  '--hms-radius-sm',
  '--hms-radius-md',
  '--hms-radius-pill',
  '--hms-control-height',
  '--hms-border-width',
  '--hms-focus-width',
  '--hms-elevation-1',
  '--hms-image-ratio',
  '--hms-image-max-height',
  '--hms-date-block-width',
  '--hms-motion-duration',
] as const;
