// Real HTTP routes for the browser tests, served by web-test-runner's own dev server.
// A test names a scenario key and a plan; the server answers each request for that key with
// the next step of the plan (the last step repeats), and records what it saw so a test can count
// requests, read their timing and see aborted ones.
//
//   GET /api/scenario/<key>?plan=500,500,ok    first two requests fail, then the sample catalog
//   GET /api/hits/<key>                        { count, times, aborted, finished, cookies }
//   GET /api/scenario/images/<file>.svg        an image of the sample catalog (demo/images), as it names them
//   GET /api/release/<key>                     answers every request of <key> held by a `held` step
//   GET /api/corpus/<name>                     a document of the hostile corpus (test/fixtures/hostile)
//   GET /api/corpus/<name>?prepare             builds a large one ahead of time (204)
//   GET /api/redirect?to=<path>&status=302     a redirect (to=loop: redirects to itself forever)
//   GET /api/streamed-page/<widget>?piece=<bytes>&gap=<ms>   a page of the widget's server render (`hms-widgets
//                                              render`, the sample catalog), sent in pieces of that size, gap ms apart
//   GET /api/tampered/cdn/<file>               dist/cdn/<file> with a line added (the loader as built)
//
// Steps: ok | ok:<fixture> (test/fixtures/<fixture>.json) | corpus:<name> | <status> | 429r<seconds>
//        (Retry-After) | hang | held (the sample catalog once /api/release/<key> was asked) |
//        slow<ms> (body trickles over ms) | cut (headers and half the body,
//        then the connection is closed) | invalid | html | empty | moved:<path> (302 to path);
//        any step may end in @<ms> to wait before answering.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpus, largeLists } from '../fixtures/hostile/corpus.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = () => readFileSync(`${root}demo/catalog.json`, 'utf8');
const fixture = (name) => {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad fixture name ${name}`);
  return readFileSync(`${root}test/fixtures/${name}.json`, 'utf8');
};

const corpusDocs = new Map([...corpus, ...largeLists].map((doc) => [doc.name, doc]));
const builtLarge = new Map();
/** The exact bytes of a corpus document: the file for small ones, built once for large ones. */
export function corpusBody(name) {
  const doc = corpusDocs.get(name);
  if (!doc) return undefined;
  if (!doc.large) return readFileSync(`${root}test/fixtures/hostile/${name}.json`, 'utf8');
  if (!builtLarge.has(name)) builtLarge.set(name, doc.body());
  return builtLarge.get(name);
}

const snippets = new Map();
/**
 * A page holding `tag`'s server render of the sample catalog (the CLI, after `npm run build`), no
 * script but one that records, in each frame, the top-level pieces of the widget's shadow root the
 * parser is still reading and whether they show, and sums the page's layout shifts.
 */
async function streamedPage(tag) {
  // Rendered once per widget, in a child process the server does not wait on (other tests' requests go on meanwhile).
  if (!snippets.has(tag)) {
    snippets.set(
      tag,
      new Promise((resolve, reject) =>
        execFile(process.execPath, [`${root}bin/hms-widgets.mjs`, 'render', tag, `${root}demo/catalog.json`], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout) =>
          error ? reject(error) : resolve(stdout),
        ),
      ),
    );
  }
  const snippet = await snippets.get(tag);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Streamed</title><script>
  window.shift = 0;
  window.record = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.shift += entry.value; }).observe({ type: 'layout-shift', buffered: true });
  (function frame() {
    // The shadow root's pieces before its live region (styles left out): how many the parser is
    // still in (no element after them yet), and how many of those are visible.
    const root = document.querySelector('${tag}')?.shadowRoot;
    const children = root ? [...root.children] : [];
    const region = children.findIndex((el) => el.matches('[part~="announcement"]'));
    const pieces = children.slice(0, region < 0 ? undefined : region).filter((el) => el.localName !== 'style');
    const reading = pieces.filter((el) => !el.nextElementSibling);
    if (root) window.record.push({ pieces: pieces.length, reading: reading.length, shown: reading.filter((el) => getComputedStyle(el).visibility !== 'hidden').length, hidden: pieces.filter((el) => getComputedStyle(el).visibility === 'hidden').length });
    requestAnimationFrame(frame);
  })();
</script></head><body style="margin:0">${snippet}<p>After the widget.</p></body></html>`;
}

const captivePortal =
  '<!doctype html><html><head><title>Hotel Wi-Fi</title></head><body><h1>Welcome! Please sign in to use the internet.</h1></body></html>';

/**
 * The Content-Security-Policy of test/hostile/pages/strict.html: only this origin, no inline script
 * or style, no eval, Trusted Types enforced with the two policies the library needs (Lit's
 * `lit-html` and `hms-widgets-json-ld` for structured data). SECURITY.md gives partners the same list.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html hms-widgets-json-ld',
].join('; ');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether a test asked for this bad answer on purpose: a hostile corpus document (or a relative link
 * inside one), a fixture that holds problems, or an error status in a scenario's plan. The test
 * runner config uses it to keep the catalog warnings and 404s the tests expect out of the output;
 * anything else (the sample catalog turning bad, a missing file) is still printed.
 */
export function deliberatelyBad(url) {
  const { pathname, searchParams } = new URL(url, 'http://localhost/');
  if (pathname.startsWith('/api/corpus/')) return true;
  // The demo page's "what a broken source looks like" example (test/page/demo.test.ts opens it).
  if (pathname === '/demo/missing-catalog.json') return true;
  if (pathname === '/api/redirect') return (searchParams.get('to') ?? '').startsWith('/test/fixtures/');
  if (pathname.startsWith('/api/scenario/')) return (searchParams.get('plan') ?? 'ok').split(',').some((step) => /^(ok:|corpus:|\d{3})/.test(step));
  // The calendar's feeds-url test names a folder with no feeds.json: its 404 is the point.
  if (pathname === '/test/fixtures/no-feeds-here/feeds.json') return true;
  return false;
}

const ISSUES_WARNING = /^hms-widgets: \d+ problem\(s\) in (\S+):\n/;

/** Whether a browser log line is the catalog-issues warning of a document served bad on purpose. */
export function expectedWarning(args) {
  const match = typeof args[0] === 'string' && args[0].match(ISSUES_WARNING);
  return Boolean(match) && deliberatelyBad(match[1]);
}

/** Koa middleware that serves the scenario and hit-count routes. */
export function catalogRoutes() {
  const scenarios = new Map();
  const record = (key) => {
    if (!scenarios.has(key)) scenarios.set(key, { count: 0, first: 0, times: [], aborted: 0, finished: 0, cookies: 0 });
    return scenarios.get(key);
  };

  /** Requests held by a `held` step, by scenario key, until the test releases them. */
  const held = new Map();
  const released = new Set();

  return async function catalogRoutesMiddleware(ctx, next) {
    const release = ctx.path.match(/^\/api\/release\/([\w.-]+)$/);
    if (release) {
      const waiting = held.get(release[1]) ?? [];
      held.delete(release[1]);
      released.add(release[1]);
      for (const resolve of waiting) resolve();
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ released: waiting.length });
      return;
    }
    // The sample catalog's images, relative to it: a scenario's catalog at /api/scenario/<key> names them /api/scenario/images/….
    const image = ctx.path.match(/^\/api\/(?:scenario|corpus)\/images\/([\w-]+\.svg)$/);
    if (image) {
      ctx.type = 'image/svg+xml';
      ctx.set('Cache-Control', 'max-age=3600');
      ctx.body = readFileSync(`${root}demo/images/${image[1]}`);
      return;
    }
    const hits = ctx.path.match(/^\/api\/hits\/([\w.-]+)$/);
    if (hits) {
      const { count, times, aborted, finished, cookies } = record(hits[1]);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count, times, aborted, finished, cookies });
      return;
    }
    if (ctx.path === '/test/hostile/pages/strict.html' || ctx.path === '/test/hostile/pages/strict-no-json-ld.html' || ctx.path === '/test/bundle/pages/loader-all.html') {
      await next();
      // The second page allows Lit's policy only: structured data must step aside, nothing else.
      ctx.set('Content-Security-Policy', ctx.path.endsWith('no-json-ld.html') ? STRICT_CSP.replace(' hms-widgets-json-ld', '') : STRICT_CSP);
      ctx.set('Cache-Control', 'no-store');
      return;
    }
    // A CDN file as an attacker who controls the CDN would serve it: the built file with a line of
    // their own added (the loader itself untouched, so it imports its tampered neighbours).
    const tampered = ctx.path.match(/^\/api\/tampered\/cdn\/((?:chunks\/)?[\w.-]+\.js)$/);
    if (tampered) {
      const body = readFileSync(`${root}dist/cdn/${tampered[1]}`, 'utf8');
      ctx.type = 'text/javascript';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = tampered[1] === 'hms-widgets-loader.js' ? body : `${body}\nglobalThis.tampered = true;\n`;
      return;
    }
    const corpusMatch = ctx.path.match(/^\/api\/corpus\/([a-z0-9-]+)$/);
    if (corpusMatch) {
      const body = corpusBody(corpusMatch[1]);
      if (body === undefined) return next();
      ctx.set('Cache-Control', 'no-store');
      if ('prepare' in ctx.query) {
        // Builds a large document ahead of the test (it takes seconds on a busy machine) so that the
        // widgets' request, and their loader's timeout, never wait for the test server's own work.
        ctx.status = 204;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = body;
      return;
    }
    const streamed = ctx.path.match(/^\/api\/streamed-page\/(hms-[a-z-]+)$/);
    if (streamed) {
      // Pieces of the encoded bytes, as a network delivers them (a character may straddle two).
      const page = Buffer.from(await streamedPage(streamed[1]));
      const size = Number(ctx.query.piece ?? 4096);
      const gap = Number(ctx.query.gap ?? 20);
      const pieces = Array.from({ length: Math.ceil(page.length / size) }, (_, i) => page.subarray(i * size, (i + 1) * size));
      ctx.status = 200;
      ctx.set('Content-Type', 'text/html; charset=utf-8');
      ctx.set('Cache-Control', 'no-store');
      ctx.respond = false;
      ctx.res.writeHead(200);
      for (const [i, piece] of pieces.entries()) {
        if (i > 0) await sleep(gap);
        ctx.res.write(piece);
      }
      ctx.res.end();
      return;
    }
    if (ctx.path === '/api/redirect') {
      const to = String(ctx.query.to ?? '/demo/catalog.json');
      ctx.status = Number(ctx.query.status ?? 302);
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Location', to === 'loop' ? ctx.url : to);
      ctx.body = '';
      return;
    }
    const match = ctx.path.match(/^\/api\/scenario\/([\w.-]+)$/);
    if (!match) return next();

    const state = record(match[1]);
    const now = Date.now();
    if (state.count === 0) state.first = now;
    state.times.push(now - state.first);
    const plan = String(ctx.query.plan ?? 'ok').split(',');
    const raw = plan[Math.min(state.count, plan.length - 1)];
    state.count += 1;
    if (ctx.get('Cookie')) state.cookies += 1;

    let closed = false;
    ctx.res.on('close', () => {
      closed = true;
      if (ctx.res.writableFinished) state.finished += 1;
      else state.aborted += 1;
    });

    const [step, delay] = raw.split('@');
    if (delay) await sleep(Number(delay));
    ctx.set('Cache-Control', 'no-store');

    if (step === 'hang') {
      ctx.status = 200; // never sent: the client gives up first
      ctx.respond = false;
      await new Promise((resolve) => ctx.res.on('close', resolve));
      return;
    }
    if (step === 'held') {
      // The catalog arrives when the test says so: it can look at the skeleton for as long as it needs.
      await new Promise((resolve) => {
        if (released.has(match[1])) return resolve();
        if (!held.has(match[1])) held.set(match[1], []);
        held.get(match[1]).push(resolve);
      });
      ctx.type = 'application/json';
      ctx.body = sample();
      return;
    }
    if (step === 'ok' || step.startsWith('ok:')) {
      ctx.type = 'application/json';
      ctx.body = step === 'ok' ? sample() : fixture(step.slice(3));
      return;
    }
    if (step.startsWith('corpus:')) {
      ctx.type = 'application/json';
      ctx.body = corpusBody(step.slice(7));
      return;
    }
    if (step.startsWith('moved:')) {
      ctx.status = 302;
      ctx.set('Location', step.slice(6));
      ctx.body = '';
      return;
    }
    if (step === 'cut') {
      // The server promises the whole catalog, sends half of it and drops the connection.
      const body = Buffer.from(sample());
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length), 'Cache-Control': 'no-store' });
      ctx.res.write(body.subarray(0, body.length >> 1));
      await sleep(50);
      ctx.res.destroy();
      return;
    }
    if (step.startsWith('slow')) {
      const total = Number(step.slice(4)) || 500;
      const body = Buffer.from(sample());
      const parts = 10;
      const size = Math.ceil(body.length / parts);
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      for (let i = 0; i < parts && !closed; i += 1) {
        ctx.res.write(body.subarray(i * size, (i + 1) * size));
        await sleep(total / parts);
      }
      if (!closed) ctx.res.end();
      return;
    }
    if (step === 'invalid') {
      ctx.type = 'application/json';
      ctx.body = '{"version": 1, "courses": [ {"id": "c1", ';
      return;
    }
    if (step === 'html') {
      ctx.type = 'text/html';
      ctx.body = captivePortal;
      return;
    }
    if (step === 'empty') {
      ctx.type = 'application/json';
      ctx.body = '';
      return;
    }
    const status = step.match(/^(\d{3})(?:r(\d+))?$/);
    if (status) {
      ctx.status = Number(status[1]);
      if (status[2]) ctx.set('Retry-After', status[2]);
      ctx.type = 'text/plain';
      ctx.body = `status ${status[1]}`;
      return;
    }
    ctx.status = 400;
    ctx.body = `unknown scenario step "${raw}"`;
  };
}
