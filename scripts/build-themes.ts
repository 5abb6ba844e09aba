// Writes the built-in themes as stylesheets partners can link: dist/themes/<theme>.css.
import { mkdirSync, writeFileSync } from 'node:fs';
import { THEMES, themeStylesheet } from '../src/styles/themes.js';

mkdirSync('dist/themes', { recursive: true });
for (const theme of THEMES) writeFileSync(`dist/themes/${theme}.css`, themeStylesheet(theme));
console.error(`Wrote ${THEMES.map((t) => `dist/themes/${t}.css`).join(', ')}`);
