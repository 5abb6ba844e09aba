// The widgets in real framework apps, installed the way a consumer installs them.
//   npm run build && npm run test:hosts            every host app in test/hosts/
//   node test/hosts/run.mjs react vue             some of them
// For each app: `npm ci` from its own lockfile, then the packed hms-widgets (`npm pack` of this
// build) installed with `--no-save`; the framework's own type checker passes on the app and fails
// on each `negative.*` / `negative-*.*` file (a misspelled property) copied into it, one at a time;
// the production build is served and driven in Chromium (puppeteer-core): the tag upgrades, the
// cards come from a property-passed catalog with no request, hms-course-select reaches the app's
// handler and its preventDefault() keeps the page, a filter set from the app's state narrows the
// list (`#list`, and any `#list-*` bound another way) and clearing it (the framework's own idiom)
// shows every course, unmounting and mounting again works, and no console error is printed.
// The last line is the summary: `hosts: N passed, N failed`.
/* global document, customElements -- the page.evaluate() bodies run in the page */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from '../../scripts/find-browser.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));
const HOSTS = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'package.json')))
  .map((entry) => entry.name);
const chosen = process.argv.slice(2);
for (const name of chosen) assert.ok(HOSTS.includes(name), `no host app "${name}" in test/hosts/ (there are: ${HOSTS.join(', ')})`);
const hosts = chosen.length ? chosen : HOSTS;

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const log = (text) => console.log(`[hosts ${seconds(started)}] ${text}`);

function run(cwd, command, args) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
function must(cwd, command, args) {
  const result = run(cwd, command, args);
  if (!result.ok) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.output.slice(-4000)}`);
  return result.output;
}

assert.ok(existsSync(join(root, 'dist/frameworks/jsx.d.ts')), 'build the package first: npm run build');
const packDir = mkdtempSync(join(tmpdir(), 'hms-hosts-'));
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' }))[0];
const tarball = join(packDir, packed.filename);
log(`packed ${packed.filename}`);

const results = [];
try {
  for (const name of hosts) {
    const dir = join(here, name);
    const checks = [];
    const check = async (label, body) => {
      try {
        await body();
        checks.push({ label, ok: true });
      } catch (error) {
        checks.push({ label, ok: false, error });
      }
    };
    const hostStart = Date.now();
    try {
      // `--prefer-offline`: what the npm cache holds is not asked for again (the Angular app has ~370 packages).
      must(dir, 'npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
      // `--no-save`: the lockfile keeps no path or checksum of the tarball, so this build is the one installed.
      must(dir, 'npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball]);
      log(`${name}: installed (${seconds(hostStart)})`);
      await check('the type checker passes on the app', () => must(dir, 'npm', ['run', '--silent', 'typecheck']));
      const negatives = readdirSync(dir).filter((entry) => /^negative[.-]/.test(entry));
      if (negatives.length === 0) await check('the app has a negative.* file', () => assert.fail('no negative.* file'));
      for (const file of negatives) {
        await check(`the type checker fails on a misspelled property (${file})`, () => negativeCheck(dir, file));
      }
      must(dir, 'npm', ['run', '--silent', 'build']);
      log(`${name}: type-checked and built (${seconds(hostStart)})`);
      await drive(join(dir, 'dist'), check);
    } catch (error) {
      checks.push({ label: 'installs and builds', ok: false, error });
    }
    log(`${name}: done in ${seconds(hostStart)}`);
    results.push({ name, checks });
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

let passed = 0;
let failed = 0;
for (const { name, checks } of results) {
  for (const { label, ok, error } of checks) {
    if (ok) passed += 1;
    else failed += 1;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${label}${ok ? '' : `\n     ${String(error?.stack ?? error).split('\n').join('\n     ')}`}`);
  }
}
console.log(`hosts (${hosts.join(', ')}) took ${seconds(started)}`);
console.log(`hosts: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

/** Copies one `negative*` file into the app's src/, runs its type checker, and expects it to name the misspelling. */
function negativeCheck(dir, file) {
  const target = join(dir, 'src', file.replace(/^negative/, 'Negative'));
  copyFileSync(join(dir, file), target);
  try {
    const { ok, output } = run(dir, 'npm', ['run', '--silent', 'typecheck']);
    assert.equal(ok, false, `the type checker accepted ${file}:\n${output}`);
    assert.match(output, /modalty/, `the type checker failed on ${file}, but not on the misspelling:\n${output}`);
  } finally {
    rmSync(target, { force: true });
  }
}

/** Serves the built app and checks what a visitor and the app's code see. */
async function drive(dist, check) {
  // The sample catalog's relative image links resolve against the app's page: serve its images
  // beside it, as a partner serves a catalog's images (they would be 404s in the console otherwise).
  cpSync(join(root, 'demo/images'), join(dist, 'images'), { recursive: true });
  const server = await serveStatic(dist);
  // A browser per app: closing it ends its keep-alive connections, so the server closes at once.
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: browserArgs });
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  const list = (id = 'list') => page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return null;
    const cards = [...el.shadowRoot.querySelectorAll('hms-course-card')];
    return {
      defined: customElements.get('hms-course-list') === el.constructor,
      results: el.results.length,
      cards: cards.length,
      modalities: [...new Set(cards.map((card) => card.course?.modality))],
      attribute: el.getAttribute('modality'),
    };
  }, id);
  // The lists the filter buttons drive: `#list`, and `#list-<binding>` where an app shows its other
  // idioms for the same state (Angular: an attribute binding and a property binding).
  const listIds = () => page.$$eval('hms-course-list[id^="list"]', (els) => els.map((el) => el.id));
  const text = (selector) => page.$eval(selector, (el) => el.textContent.trim());
  const until = (predicate, what, ...args) =>
    page.waitForFunction(predicate, { timeout: 20_000 }, ...args).catch(() => assert.fail(`timed out waiting: ${what}`));
  try {
    await page.goto(`${server.origin}/`, { waitUntil: 'load' });
    let all = 0;
    await check('the tag upgrades and renders the cards of a property-passed catalog, with no request', async () => {
      await until(() => Number(document.querySelector('#loads')?.textContent) >= 1, 'the app counted hms-load');
      const state = await list();
      assert.ok(state?.defined, 'hms-course-list is defined with its class');
      assert.ok(state.results > 12, `a catalog's worth of courses (${state.results})`);
      assert.equal(state.cards, state.results, 'every course has a card (page-size 100)');
      all = state.results;
      const json = requests.filter((url) => /\.json($|\?)/.test(url));
      assert.deepEqual(json, [], 'no catalog request');
    });
    await check('hms-course-select reaches the app with its detail, and preventDefault() keeps the page', async () => {
      const before = page.url();
      const id = await page.evaluate(() => {
        const card = document.querySelector('#list').shadowRoot.querySelector('hms-course-card');
        card.shadowRoot.querySelector('[part="title-link"]').click();
        return card.course.id;
      });
      await until((expected) => document.querySelector('#selected')?.textContent === expected, 'the selected course id in the app', id);
      assert.equal(await text('#selected'), id);
      assert.equal(page.url(), before, 'the link did not navigate');
    });
    await check("a filter set from the app's state narrows the list", async () => {
      await page.click('#filter');
      for (const id of await listIds()) {
        await until((id) => {
          const el = document.getElementById(id);
          return el && el.getAttribute('modality') === 'live' && el.results.length > 0;
        }, `modality="live" on #${id}`, id);
        const state = await list(id);
        assert.ok(state.results > 0 && state.results < all, `#${id}: fewer courses (${state.results} of ${all})`);
        assert.deepEqual(state.modalities, ['live'], `#${id}`);
      }
    });
    await check("clearing the filter the app's own way shows every course again", async () => {
      await page.click('#clear');
      for (const id of await listIds()) {
        await until((id, n) => document.getElementById(id)?.results.length === n, `${all} courses in #${id}`, id, all);
        const state = await list(id);
        assert.equal(state.results, all, `#${id}`);
        assert.equal(state.attribute, null, `no modality attribute left on #${id}`);
      }
    });
    await check('unmounting and mounting again shows the list again, with no console error', async () => {
      await page.click('#toggle');
      await until(() => !document.querySelector('#list'), 'the list is gone');
      const loads = Number(await text('#loads'));
      await page.click('#toggle');
      await until((n) => Number(document.querySelector('#loads')?.textContent) > n, 'hms-load again', loads);
      const state = await list();
      assert.equal(state.results, all);
      assert.deepEqual(problems, [], 'console errors');
    });
  } finally {
    await browser.close();
    await server.close();
  }
}
