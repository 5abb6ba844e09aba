// The validator CLI, run as a partner's regional team would run it (after `npm run build`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [`${root}bin/hms-widgets.mjs`, ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });

test('the sample catalog passes', async () => {
  const { code, stdout } = await run('validate', 'demo/catalog.json');
  assert.equal(code, 0, stdout);
  const sample = JSON.parse(readFileSync(`${root}demo/catalog.json`, 'utf8'));
  assert.match(stdout, new RegExp(`✓ demo/catalog.json: ${sample.courses.length} courses, ${sample.programs.length} programs`));
});

test('the bad-items fixture fails, with every dropped item and its JSON path', async () => {
  const { code, stdout } = await run('validate', 'test/fixtures/bad-items.json');
  assert.equal(code, 1);
  for (const path of ['$.courses[1].id', '$.courses[2].title', '$.courses[3].id', '$.courses[6].price.currency', '$.divisions[1].id']) {
    assert.match(stdout, new RegExp(`dropped\\s+${path.replace(/[$.[\]]/g, '\\$&')}:`), path);
  }
  assert.match(stdout, /fixed\s+\$\.courses\[9\]\.url/);
});

test('--json gives the same issues as data', async () => {
  const { code, stdout } = await run('validate', 'test/fixtures/bad-items.json', '--json');
  assert.equal(code, 1);
  const result = JSON.parse(stdout);
  assert.equal(result.ok, false);
  assert.ok(result.issues.some((issue) => issue.path === '$.courses[3].id' && issue.action === 'dropped'));
});

test('a document that is not a catalog, or not JSON, is rejected with its reason', async () => {
  const notCatalog = await run('validate', 'test/fixtures/not-a-catalog.json');
  assert.equal(notCatalog.code, 1);
  assert.match(notCatalog.stdout, /no "version" field/);
  const missing = await run('validate', 'test/fixtures/no-such-file.json');
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /no-such-file\.json/);
});

test('a URL is fetched and checked', async () => {
  const server = await serveStatic(`${root}demo`);
  try {
    const ok = await run('validate', `${server.origin}/catalog.json`);
    assert.equal(ok.code, 0, ok.stdout);
    const notFound = await run('validate', `${server.origin}/missing.json`);
    assert.equal(notFound.code, 1);
    assert.match(notFound.stdout, /HTTP status 404/);
  } finally {
    await server.close();
  }
});

test('no arguments prints the usage and exits 2', async () => {
  const { code, stderr } = await run();
  assert.equal(code, 2);
  assert.match(stderr, /Usage: hms-widgets validate/);
});

test('an unknown option is named, with the usage, and exits 2', async () => {
  const { code, stderr } = await run('validate', 'demo/catalog.json', '--jsn');
  assert.equal(code, 2);
  assert.match(stderr, /Unknown option '--jsn'/);
  assert.match(stderr, /Usage: hms-widgets validate/);
});

/** A local HTTP server that answers every request with `handler`; closed after `work`. */
async function withServer(handler, work) {
  const { createServer } = await import('node:http');
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await work(`http://127.0.0.1:${server.address().port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

// Every byte a terminal acts on: C0 but newline, DEL, C1 (as UTF-8), bidi controls, line separators.
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

test('catalog text reaches the terminal with its control characters written out, never as escape sequences (issue 27, item 7)', async () => {
  const payloads = [
    '\u001b[2K\u001b[1G\u2713 all good', // erase the line, then a fake check mark
    '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007', // a hyperlink (OSC 8)
    '\u001b[8mhidden\u001b[0m', // concealed text
    '\u009b31mC1 CSI', // the one-byte C1 introducer
    'tab\tbell\u0007del\u007f nul\u0000',
    'bidi \u202eevil\u202c \u2066iso\u2069 \u2028line',
  ];
  const doc = {
    version: 1,
    courses: payloads.map((text, i) => ({ id: `c${i}`, title: 'T', division: text, modality: 'online', status: 'open' })),
  };
  await withServer(
    (request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(doc));
    },
    async (origin) => {
      const { code, stdout } = await run('validate', `${origin}/catalog.json`);
      assert.equal(code, 1);
      assert.doesNotMatch(stdout, TERMINAL_CONTROLS);
      assert.match(stdout, /\\u\{001b\}\[2K\\u\{001b\}\[1G/);
      assert.match(stdout, /\\u\{009b\}31m/);
      assert.match(stdout, /\\u\{202e\}evil/);
      assert.equal(stdout.match(/dropped\s+\$\.courses\[\d\]\.division/g).length, payloads.length);
      // --json is data, escaped by JSON itself.
      const { stdout: json } = await run('validate', `${origin}/catalog.json`, '--json');
      assert.doesNotMatch(json, TERMINAL_CONTROLS);
      assert.equal(JSON.parse(json).issues.length, payloads.length);
    },
  );
});

test('a response past --max-size (20 MB by default) is abandoned while it streams, with a clear message', async () => {
  const MB = 1024 * 1024;
  let sent = 0;
  let closed = false;
  await withServer(
    async (request, response) => {
      // 30 MB of a valid catalog, chunked (no Content-Length to check up front).
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.on('close', () => (closed = true));
      response.write('{"version": 1, "notice": "');
      const chunk = 'x'.repeat(MB);
      for (let i = 0; i < 30 && !closed; i += 1) {
        if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve).once('close', resolve));
        sent += 1;
      }
      if (!closed) response.end('"}');
    },
    async (origin) => {
      const big = await run('validate', `${origin}/big.json`);
      assert.equal(big.code, 1);
      assert.match(big.stdout, /big\.json is larger than 20 MB; it was not read further \(--max-size changes the limit\)/);
      assert.ok(sent < 30, `the server sent all ${sent} MB: the CLI read past its limit`);
      sent = 0;
      closed = false;
      const allowed = await run('validate', `${origin}/big.json`, '--max-size', '40');
      assert.equal(allowed.code, 0, allowed.stdout);
      assert.match(allowed.stdout, /fixed\s+\$\.notice: is longer than 2000 characters/);
    },
  );
});

test('a file past --max-size is not read; --max-size must be a positive number', async () => {
  const small = await run('validate', 'demo/catalog.json', '--max-size', '0.001');
  assert.equal(small.code, 1);
  assert.match(small.stdout, /demo\/catalog\.json is larger than 0\.001 MB; it was not read/);
  const bad = await run('validate', 'demo/catalog.json', '--max-size', 'lots');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--max-size takes a number of megabytes/);
});
