import { css, unsafeCSS, type CSSResult } from 'lit';

/** The built-in themes. `auto` follows the visitor's `prefers-color-scheme`. */
export type ThemeName = 'light' | 'dark' | 'high-contrast';
export const THEMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast'];

/** Token defaults per theme; light is the HMS palette in tokens.ts (listed here for the theme files). */
export const THEME_TOKENS: Record<ThemeName, Record<string, string>> = {
  light: {
    '--hms-color-background': 'transparent',
    '--hms-color-primary': '#a51c30',
    '--hms-color-on-primary': '#ffffff',
    '--hms-color-surface': '#ffffff',
    '--hms-color-surface-muted': '#f5f3f0',
    '--hms-color-text': '#1e1e1e',
    '--hms-color-text-muted': '#555555',
    '--hms-color-border': '#d5d0c9',
    '--hms-color-focus': '#1b5fae',
    '--hms-color-danger': '#b3261e',
    '--hms-color-danger-surface': '#fcefee',
    '--hms-color-skeleton': '#e8e4df',
    '--hms-color-success': '#1e6b34',
    '--hms-color-success-surface': '#e6f4ea',
    '--hms-color-warning': '#7a4b00',
    '--hms-color-warning-surface': '#fff4d6',
  },
  dark: {
    '--hms-color-background': '#141317',
    '--hms-color-primary': '#ffb3bd',
    '--hms-color-on-primary': '#3d0a12',
    '--hms-color-surface': '#1f1d23',
    '--hms-color-surface-muted': '#2c2a31',
    '--hms-color-text': '#eceaf0',
    '--hms-color-text-muted': '#c0bcc7',
    '--hms-color-border': '#55515c',
    '--hms-color-focus': '#9cc3ff',
    '--hms-color-danger': '#ffb4ab',
    '--hms-color-danger-surface': '#3b1512',
    '--hms-color-skeleton': '#38353e',
    '--hms-color-success': '#9be3ad',
    '--hms-color-success-surface': '#123a1f',
    '--hms-color-warning': '#f7cf7c',
    '--hms-color-warning-surface': '#3b2b06',
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
    '--hms-color-focus': '#4df3ff',
    '--hms-color-danger': '#ff9c9c',
    '--hms-color-danger-surface': '#000000',
    '--hms-color-skeleton': '#5c5c5c',
    '--hms-color-success': '#7dff9b',
    '--hms-color-success-surface': '#000000',
    '--hms-color-warning': '#ffe14d',
    '--hms-color-warning-surface': '#000000',
  },
};

/** `--hms-color-primary` → `--_color-primary`: the private copy each component reads. */
const privateName = (token: string) => token.replace('--hms-', '--_');

/** Declarations giving the private tokens a theme's defaults (a partner's own --hms-* values still win). */
function declarations(theme: ThemeName): string {
  return Object.entries(THEME_TOKENS[theme])
    .map(([token, value]) => `${privateName(token)}: var(${token}, ${value});`)
    .join('\n');
}

/**
 * The `theme` attribute of every widget: `dark`, `high-contrast`, or `auto` (dark when the visitor
 * prefers it). High contrast also thickens borders and the focus ring.
 */
export const themeStyles: CSSResult = css`
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
    --_border-width: var(--hms-border-width, 2px);
    --_focus-width: var(--hms-focus-width, 3px);
    color-scheme: dark;
  }
`;

/** A theme as a stylesheet a partner links: it sets the public tokens for the whole page. */
export function themeStylesheet(theme: ThemeName): string {
  const body = Object.entries(THEME_TOKENS[theme])
    .map(([token, value]) => `  ${token}: ${value};`)
    .join('\n');
  return `/* hms-widgets ${theme} theme: link it, or copy the tokens you want. */\n:root {\n${body}\n}\n`;
}
