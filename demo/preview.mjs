// `npm run preview`: the demo pages as a partner publishes them, after `npm run build`. The pages
// load the minified CDN bundle (dist/cdn/hms-widgets.js) with one script tag instead of main.ts's
// source import, and are served compressed (brotli or gzip, as the browser asks) by sirv: static
// files, no transform, no dev-mode Lit.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sirv from 'sirv';

const root = fileURLToPath(new URL('../', import.meta.url));
// Under node_modules/.cache: ignored by git and the linter, never packed, rewritten on each run.
const out = `${root}node_modules/.cache/hms-widgets-preview/`;
const devScript = '<script type="module" src="./main.ts"></script>';
const cdnScript = '<script type="module" src="./cdn/hms-widgets.js"></script>';

if (!existsSync(`${root}dist/cdn/hms-widgets.js`)) throw new Error('No dist/cdn/hms-widgets.js: run `npm run build` first (`npm run preview` does).');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(`${root}dist/cdn`, `${out}cdn`, { recursive: true });
for (const file of ['catalog.json', 'partner.css', 'showcase.js', 'images']) cpSync(`${root}demo/${file}`, `${out}${file}`, { recursive: true });
for (const page of ['index.html', 'latam.html', 'mena.html']) {
  const html = readFileSync(`${root}demo/${page}`, 'utf8');
  if (!html.includes(devScript)) throw new Error(`demo/${page}: no ${devScript} to replace with the CDN bundle`);
  writeFileSync(`${out}${page}`, html.replace(devScript, cdnScript));
}

// Pre-compressed copies, as a partner's server or CDN sends them; sirv picks one by Accept-Encoding.
const compressible = /\.(js|html|json|css|svg)$/;
const compress = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) compress(path);
    else if (compressible.test(entry.name)) {
      const body = readFileSync(path);
      writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
      writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  }
};
compress(out);

const files = sirv(out, { gzip: true, brotli: true, etag: true });
const server = createServer((request, response) => files(request, response, () => response.writeHead(404).end('not found')));
const listen = (port) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve(port));
  });
let port = 4173;
for (;;) {
  try {
    await listen(port);
    break;
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || port > 4200) throw error;
    server.removeAllListeners('error');
    port += 1;
  }
}
console.log(`The demo pages on the built CDN bundle, compressed: http://localhost:${port}/, http://localhost:${port}/latam.html and http://localhost:${port}/mena.html (Ctrl+C to stop)`);
