#!/usr/bin/env node
// hms-widgets validate <file-or-url>: checks a catalog with the same validator the widgets use and
// prints each issue with its JSON path. Exit status: 0 valid (cleaned values are warnings),
// 1 when the document is rejected or any item is dropped, 2 for a usage error.
// hms-widgets render <widget> <file-or-url>: writes a server-rendered HTML snippet of the widget
// (hms-widgets/ssr). Exit status: 0 written, 1 when the catalog cannot be read or rendered, 2 for a usage error.
// hms-widgets feeds <file-or-url> --out <dir>: writes the catalog's subscription feeds (.ics) and
// feeds.json, for the catalog's host to publish.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { catalogFeeds, parseCatalogText, validateCatalog } from '../dist/validate.js';

/** What a terminal acts on: C0 but newline (so every escape sequence), DEL, C1, the line separators, the bidi controls. */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const USAGE = `Usage: hms-widgets validate <file-or-url> [--json] [--max-size <MB>]
       hms-widgets render <widget> <file-or-url> [--attr name=value]... [--locale <tag>] [--region <id>]
                          [--theme <name>] [--live | --src <url>] [--json-ld] [--script <url>] [--out <file>]
       hms-widgets feeds <file-or-url> --out <dir> [--refresh <hours>] [--max-size <MB>]

validate: checks a catalog (format v1) with the validator the widgets use, and prints every issue
with its JSON path. Exit status 1 when the catalog is rejected or an item would be dropped.
render: writes an HTML snippet of the widget (hms-course-list, hms-mission, ...) for any page or
CMS: its content in a declarative shadow root (readable with no script), the part of the catalog it
shows inline, and the script tag that makes it interactive.
  --attr name=value  an attribute of the widget (repeat it), e.g. --attr limit=6 --attr layout=list
  --locale, --region, --theme  the widget's language (default en), region and theme
  --live             write src="<the catalog URL>": in the browser the widget updates from it
  --src <url>        write this src instead (the catalog's public address)
  --json-ld          add the schema.org JSON-LD of the shown courses (hms-course-list)
  --script <url>     where the page loads dist/cdn/hms-widgets-hydrate.js from (no script tag without it)
  --out <file>       write the snippet to a file instead of standard output
feeds: writes one iCalendar feed per division, modality and topic, and all.ics with every session,
into <dir>, with feeds.json listing them (a widget's feeds-url reads it). Publish <dir> as is.
--refresh: how often subscribed calendars should fetch the feeds again, in hours (default 12).
--max-size: the largest catalog read, in megabytes (default 20); a larger one is rejected unread.`;

let parsed;
try {
  parsed = parseArgs({
    options: {
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      'max-size': { type: 'string' },
      attr: { type: 'string', multiple: true },
      locale: { type: 'string' },
      region: { type: 'string' },
      theme: { type: 'string' },
      live: { type: 'boolean' },
      src: { type: 'string' },
      'json-ld': { type: 'boolean' },
      script: { type: 'string' },
      out: { type: 'string' },
      refresh: { type: 'string' },
    },
    allowPositionals: true,
  });
} catch (error) {
  // An unknown or malformed option: say which, then how to call.
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
const { json = false, help = false, 'max-size': maxSizeText = '20', out, refresh = '12' } = parsed.values;
const [command, ...operands] = parsed.positionals;
const target = command === 'render' ? operands[1] : operands[0];
const maxSize = Number(maxSizeText);
if (!(maxSize > 0)) {
  console.error(`--max-size takes a number of megabytes, such as 20, not "${printable(maxSizeText)}".\n\n${USAGE}`);
  process.exit(2);
}
const maxBytes = Math.floor(maxSize * 1024 * 1024);
if (help || !['validate', 'render', 'feeds'].includes(command) || !target || (command === 'feeds' && !out)) {
  console.error(USAGE);
  process.exit(help ? 0 : 2);
}
const refreshHours = Number(refresh);
if (!(Number.isInteger(refreshHours) && refreshHours > 0 && refreshHours <= 24 * 7)) {
  console.error(`--refresh takes a whole number of hours from 1 to 168, such as 12, not "${printable(refresh)}".\n\n${USAGE}`);
  process.exit(2);
}

/**
 * Text as the terminal should show it: every control character (C0 but newline, DEL, C1, so every
 * escape sequence), the line and paragraph separators and the bidi controls written as \u{…}, so
 * catalog text cannot move the cursor, erase a line, set colours, plant a hyperlink or reorder text.
 */
function printable(text) {
  return String(text).replace(TERMINAL_CONTROLS, (c) => `\\u{${c.codePointAt(0).toString(16).padStart(4, '0')}}`);
}

/** The body of a response, read as it streams in and abandoned past `maxBytes`. */
async function readCapped(response, source) {
  const tooLarge = () => new Error(`${source} is larger than ${maxSize} MB; it was not read further (--max-size changes the limit).`);
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function read(source) {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`${source} answered with HTTP status ${response.status}.`);
    return { text: await readCapped(response, source), contentType: response.headers.get('content-type') ?? '', base: response.url };
  }
  if ((await stat(source)).size > maxBytes) throw new Error(`${source} is larger than ${maxSize} MB; it was not read (--max-size changes the limit).`);
  return { text: await readFile(source, 'utf8'), contentType: '', base: undefined };
}

function report(result) {
  if (json) {
    // JSON.stringify escapes C0 only: C1, the separators and the bidi controls are escaped here (in JSON, only strings hold them).
    console.log(JSON.stringify(result, null, 2).replace(TERMINAL_CONTROLS, (c) => `\\u${c.codePointAt(0).toString(16).padStart(4, '0')}`));
    return;
  }
  if (result.error) {
    console.log(`✗ ${printable(target)}: ${printable(result.error)}`);
    return;
  }
  for (const issue of result.issues) console.log(`  ${issue.action.padEnd(8)} ${printable(issue.path)}: ${printable(issue.message)}`);
  const { counts, issues } = result;
  const by = (action) => issues.filter((i) => i.action === action).length;
  const mark = result.ok ? '✓' : '✗';
  console.log(
    `${mark} ${printable(target)}: ${counts.courses} courses, ${counts.programs} programs, ${counts.posts} posts, ${counts.divisions} divisions, ` +
      `text in ${printable(result.languages.join(', '))}; ` +
      `${by('dropped')} dropped, ${by('ignored')} ignored, ${by('fixed')} fixed`,
  );
}

if (command === 'render') await renderCommand();

/** `hms-widgets render`: the snippet to standard output or `--out`; validation problems to standard error. */
async function renderCommand() {
  const { attr = [], locale, region, theme, live = false, src, 'json-ld': jsonLd = false, script, out } = parsed.values;
  const tag = operands[0];
  const attributes = {};
  for (const pair of attr) {
    const at = pair.indexOf('=');
    const name = at === -1 ? pair : pair.slice(0, at);
    if (!/^[a-z][a-z0-9-]*$/.test(name)) {
      console.error(`--attr takes name=value (or a bare name for a boolean attribute), not "${printable(pair)}".\n\n${USAGE}`);
      process.exit(2);
    }
    attributes[name] = at === -1 ? true : pair.slice(at + 1);
  }
  Object.assign(attributes, Object.fromEntries(Object.entries({ locale, region, theme }).filter(([, value]) => value !== undefined)));
  try {
    const { renderSnippet } = await import('../dist/ssr.js');
    const { text, base } = await read(target);
    if (live && !base) throw new Error('--live writes the catalog URL as src: give the catalog as an http(s) URL, or its address with --src.');
    const snippet = await renderSnippet({ tag, catalog: text, catalogUrl: base, src: src ?? live, attributes, jsonLd, script });
    for (const issue of snippet.issues) console.error(`  ${issue.action.padEnd(8)} ${printable(issue.path)}: ${printable(issue.message)}`);
    if (!script) console.error('No --script: the snippet shows its content without script; add the hydrate script tag to make it interactive.');
    if (out) await writeFile(out, snippet.html);
    // A pipe takes a large snippet in several writes: exit only once it has all of it.
    else await new Promise((resolve) => process.stdout.write(snippet.html, resolve));
    process.exit(0);
  } catch (error) {
    console.error(`✗ ${printable(target)}: ${printable(error instanceof Error ? error.message : String(error))}`);
    process.exit(1);
  }
}

if (command === 'feeds') {
  try {
    const { text, contentType, base } = await read(target);
    const { catalog, issues } = validateCatalog(parseCatalogText(text, base, contentType), { baseUrl: base });
    const dropped = issues.filter((issue) => issue.action === 'dropped').length;
    const { index, files } = catalogFeeds(catalog, { refreshInterval: `PT${refreshHours}H` });
    await mkdir(out, { recursive: true });
    for (const [file, ics] of files) await writeFile(join(out, file), ics);
    await writeFile(join(out, 'feeds.json'), `${JSON.stringify(index, null, 2)}\n`);
    const events = index.feeds.find((feed) => feed.file === 'all.ics')?.events ?? 0;
    console.log(`✓ ${printable(out)}: ${index.feeds.length} feeds and feeds.json, ${events} sessions in all.ics${dropped ? ` (${dropped} items of the catalog dropped: run validate)` : ''}`);
    process.exit(0);
  } catch (error) {
    console.log(`✗ ${printable(target)}: ${printable(error instanceof Error ? error.message : String(error))}`);
    process.exit(1);
  }
}

/** The languages a validated catalog has text in: its own, then every language of a translation, each once. */
function languagesOf(catalog) {
  const languages = new Set([catalog.language ?? 'en']);
  const walk = (value) => {
    if (Array.isArray(value)) for (const entry of value) walk(entry);
    else if (value && typeof value === 'object') {
      for (const [key, entry] of Object.entries(value)) {
        if (key === 'translations') for (const tag of Object.keys(entry)) languages.add(tag);
        else walk(entry);
      }
    }
  };
  walk(catalog);
  return [...languages];
}

try {
  const { text, contentType, base } = await read(target);
  const { catalog, issues } = validateCatalog(parseCatalogText(text, base, contentType), { baseUrl: base });
  const counts = { courses: catalog.courses.length, programs: catalog.programs.length, posts: catalog.posts.length, divisions: catalog.divisions.length };
  const ok = !issues.some((issue) => issue.action !== 'fixed');
  report({ ok, counts, issues, languages: languagesOf(catalog) });
  process.exit(ok ? 0 : 1);
} catch (error) {
  report({ ok: false, error: error instanceof Error ? error.message : String(error), issues: [] });
  process.exit(1);
}
