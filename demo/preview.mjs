// `npm run preview`: the demo pages as a partner publishes them, after `npm run build`. The pages
// load the minified CDN bundle (dist/cdn/hms-widgets.js) with one script tag instead of main.ts's
// source import, and are served by `vite preview` (static files, no transform, no dev-mode Lit).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));
// Under node_modules/.cache: ignored by git and the linter, never packed, rewritten on each run.
const out = `${root}node_modules/.cache/hms-widgets-preview/`;
const devScript = '<script type="module" src="./main.ts"></script>';
const cdnScript = '<script type="module" src="./cdn/hms-widgets.js"></script>';

if (!existsSync(`${root}dist/cdn/hms-widgets.js`)) throw new Error('No dist/cdn/hms-widgets.js: run `npm run build` first (`npm run preview` does).');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(`${root}dist/cdn`, `${out}cdn`, { recursive: true });
for (const file of ['catalog.json', 'partner.css']) cpSync(`${root}demo/${file}`, `${out}${file}`);
for (const page of ['index.html', 'latam.html']) {
  const html = readFileSync(`${root}demo/${page}`, 'utf8');
  if (!html.includes(devScript)) throw new Error(`demo/${page}: no ${devScript} to replace with the CDN bundle`);
  writeFileSync(`${out}${page}`, html.replace(devScript, cdnScript));
}

const server = await preview({
  configFile: false,
  root,
  build: { outDir: out },
  preview: { port: 4173, strictPort: false },
});
console.log('The demo pages on the built CDN bundle (Ctrl+C to stop):');
server.printUrls();
