#!/usr/bin/env node
// hms-widgets validate <file-or-url>: checks a catalog with the same validator the widgets use and
// prints each issue with its JSON path. Exit status: 0 valid (cleaned values are warnings),
// 1 when the document is rejected or any item is dropped, 2 for a usage error.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseCatalogText, validateCatalog } from '../dist/validate.js';

const USAGE = `Usage: hms-widgets validate <file-or-url> [--json]

Checks a catalog (format v1) with the validator the widgets use, and prints every issue with its
JSON path. Exit status 1 when the catalog is rejected or an item would be dropped.`;

let parsed;
try {
  parsed = parseArgs({ options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
} catch (error) {
  // An unknown or malformed option: say which, then how to call.
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
const { json = false, help = false } = parsed.values;
const [command, target] = parsed.positionals;
if (help || command !== 'validate' || !target) {
  console.error(USAGE);
  process.exit(help ? 0 : 2);
}

async function read(source) {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`${source} answered with HTTP status ${response.status}.`);
    return { text: await response.text(), contentType: response.headers.get('content-type') ?? '', base: response.url };
  }
  return { text: await readFile(source, 'utf8'), contentType: '', base: undefined };
}

function report(result) {
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  if (result.error) {
    console.log(`✗ ${target}: ${result.error}`);
    return;
  }
  for (const issue of result.issues) console.log(`  ${issue.action.padEnd(8)} ${issue.path}: ${issue.message}`);
  const { counts, issues } = result;
  const by = (action) => issues.filter((i) => i.action === action).length;
  const mark = result.ok ? '✓' : '✗';
  console.log(
    `${mark} ${target}: ${counts.courses} courses, ${counts.programs} programs, ${counts.posts} posts, ${counts.divisions} divisions; ` +
      `${by('dropped')} dropped, ${by('ignored')} ignored, ${by('fixed')} fixed`,
  );
}

try {
  const { text, contentType, base } = await read(target);
  const { catalog, issues } = validateCatalog(parseCatalogText(text, base, contentType), { baseUrl: base });
  const counts = { courses: catalog.courses.length, programs: catalog.programs.length, posts: catalog.posts.length, divisions: catalog.divisions.length };
  const ok = !issues.some((issue) => issue.action !== 'fixed');
  report({ ok, counts, issues });
  process.exit(ok ? 0 : 1);
} catch (error) {
  report({ ok: false, error: error instanceof Error ? error.message : String(error), issues: [] });
  process.exit(1);
}
