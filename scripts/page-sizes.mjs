// What a partner's page downloads of ours, in bytes: for each page of size-budgets.json's `pages`,
// the gzip (level 9) and brotli (quality 11) sizes of the files it loads through the autoloader,
// each compressed on its own as a server sends it. Which files a page loads is checked in Chromium
// (test/bundle/loader.test.ts); the size test and `npm run bench` read these numbers.
//   node scripts/page-sizes.mjs       prints the table (after npm run build)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The gzip and brotli sizes of one built file. */
export function compressedSize(file) {
  const bytes = readFileSync(`${root}${file}`);
  return {
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Each budgeted page: its files, their total gzip and brotli bytes, and its gzip budget. */
export function pageSizes() {
  const { pages } = JSON.parse(readFileSync(`${root}size-budgets.json`, 'utf8'));
  return Object.entries(pages).map(([page, { files, gzip: budget }]) => {
    const sizes = files.map((file) => compressedSize(`dist/cdn/${file}`));
    return {
      page,
      files,
      gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
      brotli: sizes.reduce((sum, s) => sum + s.brotli, 0),
      budget,
    };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('| page | files | gzip | brotli | gzip budget |\n|---|---|---|---|---|');
  for (const row of pageSizes()) console.log(`| ${row.page} | ${row.files.join(' + ')} | ${kb(row.gzip)} (${row.gzip} B) | ${kb(row.brotli)} | ${kb(row.budget)} |`);
}
