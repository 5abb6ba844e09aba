import { css, unsafeCSS, type CSSResult } from 'lit';
import { tokenDefaults } from './tokens.js';

/** The built-in themes. `auto` follows the visitor's `prefers-color-scheme`. */
export type ThemeName = 'light' | 'dark' | 'high-contrast';
export const THEMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast'];

/**
 * The colour tokens of the dark and high-contrast themes. Light is the HMS palette, the defaults of
 * the token sheet (tokens.ts), so it is not repeated here: see {@link themeTokens}.
 */
const THEME_COLORS: Record<Exclude<ThemeName, 'light'>, Record<string, string>> = {
  dark: {
    '--hms-color-background': '#141317',
    '--hms-color-primary': '#ffb3bd',
    '--hms-color-on-primary': '#3d0a12',
    '--hms-color-surface': '#1f1d23',
    '--hms-color-surface-muted': '#2c2a31',
    '--hms-color-text': '#eceaf0',
    '--hms-color-text-muted': '#c0bcc7',
    '--hms-color-border': '#55515c',
    '--hms-color-control-border': '#8d8996',
    '--hms-color-focus': '#9cc3ff',
    '--hms-color-danger': '#ffb4ab',
    '--hms-color-danger-surface': '#3b1512',
    '--hms-color-skeleton': '#38353e',
    '--hms-color-success': '#9be3ad',
    '--hms-color-success-surface': '#123a1f',
    '--hms-color-warning': '#f7cf7c',
    '--hms-color-warning-surface': '#3b2b06',
    '--hms-color-media-surface': '#29252d',
    '--hms-color-division-global-academy': '#ff8a9a',
    '--hms-color-division-continuing-education': '#8cb8ff',
    '--hms-color-division-global-education': '#6fd6cc',
  },
  'high-contrast': {
    '--hms-color-background': '#000000',
    '--hms-color-primary': '#ffe14d',
    '--hms-color-on-primary': '#000000',
    '--hms-color-surface': '#000000',
    '--hms-color-surface-muted': '#000000',
    '--hms-color-text': '#ffffff',
    '--hms-color-text-muted': '#ffffff',
    '--hms-color-border': '#ffffff',
    '--hms-color-control-border': '#ffffff',
    '--hms-color-focus': '#4df3ff',
    '--hms-color-danger': '#ff9c9c',
    '--hms-color-danger-surface': '#000000',
    '--hms-color-skeleton': '#5c5c5c',
    '--hms-color-success': '#7dff9b',
    '--hms-color-success-surface': '#000000',
    '--hms-color-warning': '#ffe14d',
    '--hms-color-warning-surface': '#000000',
    '--hms-color-media-surface': '#000000',
    '--hms-color-division-global-academy': '#ffffff',
    '--hms-color-division-continuing-education': '#ffffff',
    '--hms-color-division-global-education': '#ffffff',
  },
};

/** A theme's colour tokens and their values (light: the token sheet's defaults). */
export function themeTokens(theme: ThemeName): Record<string, string> {
  if (theme !== 'light') return THEME_COLORS[theme];
  return Object.fromEntries([...tokenDefaults()].filter(([name]) => name.startsWith('--hms-color-')));
}

/** `--hms-color-primary` → `--_theme-color-primary`: the inherited theme tier the token sheet reads first. */
const tierName = (token: string) => token.replace('--hms-', '--_theme-');

/**
 * The theme tier of a theme: each colour from the partner's own token for that theme
 * (`--hms-dark-color-primary`, `--hms-high-contrast-color-primary`), else the theme's value. The
 * light-theme tokens (`--hms-color-*`) are not read, so a brand colour chosen for a light page
 * cannot lower the contrast of a dark or high-contrast widget.
 */
function declarations(theme: Exclude<ThemeName, 'light'>): string {
  return Object.entries(THEME_COLORS[theme])
    .map(([token, value]) => `${tierName(token)}: var(${token.replace('--hms-', `--hms-${theme}-`)}, ${value});`)
    .join('\n');
}

/** Clears the theme tier, so a widget given `theme="light"` is light inside a dark list or provider. */
const lightDeclarations = [...Object.keys(THEME_COLORS.dark), '--hms-border-width', '--hms-focus-width']
  .map((token) => `${tierName(token)}: initial;`)
  .join('\n');

/**
 * The `theme` attribute of every widget and of `<hms-catalog>`: `light`, `dark`, `high-contrast`, or
 * `auto` (dark when the visitor prefers it). The theme tier is made of inherited custom properties,
 * so it reaches the cards a list renders and the widgets inside a themed `<hms-catalog>`, unless
 * one has a `theme` of its own. High contrast also thickens borders and the focus ring.
 */
export const themeStyles: CSSResult = css`
  :host([theme='light']) {
    ${unsafeCSS(lightDeclarations)}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${unsafeCSS(declarations('dark'))}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${unsafeCSS(declarations('dark'))}
      color-scheme: dark;
    }
  }
  :host([theme='high-contrast']) {
    ${unsafeCSS(declarations('high-contrast'))}
    --_theme-border-width: var(--hms-high-contrast-border-width, 2px);
    --_theme-focus-width: var(--hms-high-contrast-focus-width, 3px);
    color-scheme: dark;
  }
`;

/** A theme as a stylesheet a partner links: it sets the public tokens for the whole page. */
export function themeStylesheet(theme: ThemeName): string {
  const body = Object.entries(themeTokens(theme))
    .map(([token, value]) => `  ${token}: ${value};`)
    .join('\n');
  return `/* hms-widgets ${theme} theme: link it, or copy the tokens you want. */\n:root {\n${body}\n}\n`;
}
