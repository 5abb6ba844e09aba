import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/catalog/catalog.js';
import { THEMES, themeTokens, type ThemeName } from '../src/styles/themes.js';
import { WIDGET_EVENTS } from '../src/widgets.js';
import manifest from '../custom-elements.json';
import { widgetArgTypes, widgetHtml } from './widget-args.js';

// Descriptions, controls and API tables come from the same manifest as the README tables and the
// editor data; widget-args.ts says why the controls and tables are ours and not Storybook's reading.
setCustomElementsManifest(manifest);

/** Every hms-* event any widget fires, for the Actions panel (they bubble and are composed). */
const EVENTS = [...new Set(Object.values(WIDGET_EVENTS).flat())].sort();

/** Wraps every story in the toolbar's theme (its tokens) and language (an <hms-catalog locale>). */
const withThemeAndLocale: Decorator = (story, context) => {
  const theme = (context.globals.theme ?? 'light') as ThemeName;
  const locale = context.globals.locale as string | undefined;
  const tokens = themeTokens(THEMES.includes(theme) ? theme : 'light');
  const style = { ...tokens, background: tokens['--hms-color-background'] === 'transparent' ? '#ffffff' : tokens['--hms-color-background'], padding: '16px' };
  // styleMap sets the properties through the CSSOM, which a strict style-src allows.
  // eslint-disable-next-line no-restricted-syntax
  return html`<div class="story-root" style=${styleMap(style)}>
    ${locale ? html`<hms-catalog locale=${locale}>${story()}</hms-catalog>` : story()}
  </div>`;
};

const preview: Preview = {
  // A docs page per widget: its description, its stories with their HTML, and the API tables.
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true, sort: 'none' },
    layout: 'fullscreen',
    actions: { handles: EVENTS },
    docs: {
      extractArgTypes: widgetArgTypes,
      // The HTML a partner copies: the tag with the attributes the story sets (stories with more
      // than one element give their own `docs.source.code`).
      source: {
        transform: (code: string, context: { component?: string; args: Record<string, unknown>; parameters?: { docs?: { source?: { code?: string } } } }) =>
          context.parameters?.docs?.source?.code ?? (context.component ? widgetHtml(context.component, context.args) : code),
      },
    },
    // axe in the Accessibility panel; `npm run check-stories` runs axe on every story in CI.
    a11y: { test: 'error' },
  },
  globalTypes: {
    theme: {
      description: 'Built-in theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['light', 'dark', 'high-contrast'], dynamicTitle: true },
    },
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: '', title: 'Page default' },
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'fr', title: 'Français' },
          { value: 'ar', title: 'العربية' },
          { value: 'zh-Hans', title: '简体中文' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: '' },
  decorators: [withThemeAndLocale, withActions],
};
export default preview;
