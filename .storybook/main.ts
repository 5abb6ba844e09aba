import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../demo', to: '/demo' }],
  // Storybook's renderer imports lit/directive-helpers.js, which the dev server's dependency scan
  // misses: served raw, it loaded a second lit-html next to the pre-bundled one ("Multiple versions
  // of Lit loaded" on every story). Pre-bundled with the rest, it shares the one copy.
  viteFinal: (vite) => ({
    ...vite,
    optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
  }),
};
export default config;
