// A partner's static page, built in plain Node with `hms-widgets/ssr`: the course list and the
// mission rendered into the HTML (readable and indexable before any script), hydrated in the
// browser by the CDN file `hms-widgets-hydrate.js`. Run it with `node examples/node-page/build.mjs
// [out-dir]` after `npm run build`; it writes index.html and copies the CDN files beside it.
// Any Node server (Express, Fastify, a serverless function) does the same per request.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderSnippet } from 'hms-widgets/ssr';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const out = process.argv[2] ?? here('./out/');
// In a partner's build this is their catalog's address: fetch(url).then((r) => r.text()).
const catalog = await readFile(here('../../demo/catalog.json'), 'utf8');
const catalogUrl = 'https://catalog.example/hms/catalog.json';

const courses = await renderSnippet({ tag: 'hms-course-list', catalog, catalogUrl, attributes: { 'page-size': 6, controls: 'search, modality' }, jsonLd: true });
const mission = await renderSnippet({ tag: 'hms-mission', catalog, catalogUrl, attributes: { variant: 'quote' } });
for (const issue of [...courses.issues, ...mission.issues]) console.warn(`${issue.action} ${issue.path}: ${issue.message}`);

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Continuing education at our hospital</title>
  <meta name="description" content="Harvard Medical School continuing education courses offered with our hospital.">
  <style>body { font-family: system-ui, sans-serif; max-width: 72em; margin: 2em auto; padding: 0 1em; }</style>
</head>
<body>
  <main>
    <h1>Continuing education</h1>
    ${mission.html}
    <h2>Find a course</h2>
    ${courses.html}
  </main>
  <script type="module" src="cdn/hms-widgets-hydrate.js"></script>
</body>
</html>
`;
await mkdir(out, { recursive: true });
await writeFile(`${out}/index.html`, page);
await cp(here('../../dist/cdn'), `${out}/cdn`, { recursive: true });
console.log(`Wrote ${out}/index.html: ${courses.shown.length} courses shown, with the mission, hydrated by cdn/hms-widgets-hydrate.js.`);
