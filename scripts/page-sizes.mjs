// What a partner's page downloads of ours, in bytes: for each page of size-budgets.json's `pages`,
// the gzip (level 9) and brotli (quality 11) sizes of the files it loads through the autoloader,
// each compressed on its own as a server sends it. Which files a page loads is checked in Chromium
// (test/bundle/loader.test.ts); the size test and `npm run bench` read these numbers.
//   node scripts/page-sizes.mjs            prints the table (after npm run build)
//   node scripts/page-sizes.mjs --readme   rewrites the README's table (between its page-sizes markers)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The gzip and brotli sizes of one built file (a path from the repository's root). */
export function compressedSize(file) {
  const bytes = readFileSync(`${root}${file}`);
  return {
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Each budgeted page: its files, their total gzip and brotli bytes, its gzip budget and issue 23's
 * aim. `dir`: where the CDN files are, from the repository's root (the benchmark measures its own build).
 */
export function pageSizes(dir = 'dist/cdn') {
  const { pages } = JSON.parse(readFileSync(`${root}size-budgets.json`, 'utf8'));
  return Object.entries(pages).map(([page, { files, gzip: budget, aim }]) => {
    const sizes = files.map((file) => compressedSize(`${dir}/${file}`));
    return {
      page,
      files,
      gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
      brotli: sizes.reduce((sum, s) => sum + s.brotli, 0),
      budget,
      aim,
    };
  });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const START = '<!-- page-sizes:start -->';
const END = '<!-- page-sizes:end -->';

/** The README's table: each page's gzip and brotli size, in KB. */
export function readmeTable(rows) {
  const label = (page) => page.replace(/<[^>]+>/g, (tag) => `\`${tag}\``);
  return ['| page | gzip | brotli |', '|---|---|---|', ...rows.map((row) => `| ${label(row.page)} | ${kb(row.gzip)} | ${kb(row.brotli)} |`)].join('\n');
}

/** The gzip KB figures of the README's table, by page, as written. */
export function readmeFigures(readme) {
  const block = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END));
  return Object.fromEntries(
    [...block.matchAll(/^\| (.+?) \| ([\d.]+) KB \|/gm)].map(([, page, gzip]) => [page.replaceAll('`', ''), Number(gzip) * 1024]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = pageSizes();
  if (process.argv.includes('--readme')) {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const before = readme.slice(0, readme.indexOf(START) + START.length);
    writeFileSync(`${root}README.md`, `${before}\n${readmeTable(rows)}\n${readme.slice(readme.indexOf(END))}`);
  }
  console.log('| page | files | gzip | brotli | gzip budget | aim (issue 23) |\n|---|---|---|---|---|---|');
  for (const row of rows) {
    console.log(`| ${row.page} | ${row.files.join(' + ')} | ${kb(row.gzip)} (${row.gzip} B) | ${kb(row.brotli)} | ${kb(row.budget)} | ${row.aim ? kb(row.aim) : ''} |`);
  }
}
