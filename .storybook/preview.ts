import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/catalog/catalog.js';
import { THEMES, themeTokens, type ThemeName } from '../src/styles/themes.js';
import manifest from '../custom-elements.json';

// Controls and docs come from the same manifest as the README tables and the editor data.
setCustomElementsManifest(manifest);

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
  parameters: {
    controls: { expanded: true },
    layout: 'fullscreen',
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
  decorators: [withThemeAndLocale],
};
export default preview;
