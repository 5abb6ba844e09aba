// Opens every built story in headless Chromium, in every built-in theme and in Arabic, and fails on
// any axe violation, console error or page error. Run after `npm run build-storybook`:
//   node scripts/check-stories.mjs [--dir storybook-static]
/* global document, window -- used inside page.evaluate callbacks, which run in the browser */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';

const require = createRequire(import.meta.url);
let dir;
try {
  ({ dir } = parseArgs({ options: { dir: { type: 'string', default: 'storybook-static' } } }).values);
} catch (error) {
  console.error(`${error.message}\nUsage: node scripts/check-stories.mjs [--dir storybook-static]`);
  process.exit(2);
}
if (!existsSync(join(dir, 'index.json'))) {
  console.error(`No Storybook build in ${dir}/: run \`npm run build-storybook\` first.`);
  process.exit(2);
}
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const server = await serveStatic(dir);
const { origin } = server;

const entries = Object.values(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).entries);
const stories = entries.filter((e) => e.type === 'story');
// Every widget has a group of stories named after it and a docs page; the guides are there.
const manifestPath = existsSync('custom-elements.json') ? 'custom-elements.json' : null;
const setupProblems = [];
if (manifestPath) {
  const tags = JSON.parse(readFileSync(manifestPath, 'utf8')).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
  for (const tag of tags) {
    const group = entries.filter((e) => e.type === 'story' && e.title.startsWith('Widgets/') && e.importPath?.includes(`/${tag.replace(/^hms-/, '')}.stories.`));
    if (!group.length) setupProblems.push(`${tag}: no stories/${tag.replace(/^hms-/, '')}.stories.ts group`);
    const docs = entries.find((e) => e.type === 'docs' && e.importPath?.includes(`/${tag.replace(/^hms-/, '')}.stories.`));
    if (!docs) setupProblems.push(`${tag}: no docs page`);
  }
}
for (const guide of ['Getting started', 'Embedding', 'Theming', 'Languages and right to left', 'Frameworks', 'Catalog format', 'Hosting']) {
  if (!entries.some((e) => e.type === 'docs' && e.title === `Guides/${guide}`)) setupProblems.push(`no guide "${guide}"`);
}
if (setupProblems.length) {
  for (const problem of setupProblems) console.error(`✗ ${problem}`);
  process.exit(1);
}
// Stories that show a failure on purpose: their failed catalog request is expected in the console.
const expectsFailedRequest = (story) => /error|not-?found|no-?source/i.test(`${story.id} ${story.name}`);
const variants = [
  { name: 'light', globals: 'theme:light' },
  { name: 'dark', globals: 'theme:dark' },
  { name: 'high-contrast', globals: 'theme:high-contrast' },
  { name: 'ar', globals: 'theme:light;locale:ar' },
];

const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: browserArgs });
const failures = [];
let checked = 0;
try {
  const page = await browser.newPage();
  // Catches the preview's channel as Storybook sets it, to hear its storyFinished event.
  await page.evaluateOnNewDocument(() => {
    let channel;
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set: (value) => {
        channel = value;
        value.on('storyFinished', (payload) => {
          window.__hmsStoryFinished = payload;
        });
      },
    });
  });
  await page.setViewport({ width: 1100, height: 900 });
  let problems = [];
  page.on('console', (message) => {
    // Failed requests are reported below with their URL.
    if (message.type() !== 'error' || /^Failed to load resource/.test(message.text())) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      problems.push(`failed request: ${response.status()} ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  for (const story of stories) {
    for (const variant of variants) {
      problems = [];
      const url = `${origin}/iframe.html?id=${story.id}&viewMode=story&globals=${encodeURIComponent(variant.globals)}`;
      await page.goto(url, { waitUntil: 'load' });
      // The story rendered and its play function (if any) ran to the end: Storybook's own verdict,
      // the `storyFinished` event its preview sends once play and the a11y addon's checks are done.
      const finished = await page
        .waitForFunction(() => window.__hmsStoryFinished, { timeout: 30_000, polling: 100 })
        .then((handle) => handle.jsonValue(), () => null);
      if (!finished) problems.push('the story did not finish within 30 s');
      else if (finished.status !== 'success') {
        const reports = (finished.reporters ?? []).filter((report) => report.status !== 'passed').map((report) => `${report.type} ${report.status}`);
        problems.push(`story or play function failed${reports.length ? ` (${reports.join(', ')})` : ''}`);
      }
      // Let every widget settle: no skeleton left (or give up after 8 s and report it).
      const settled = await page
        .waitForFunction(
          () => {
            const busy = (root) =>
              [...root.querySelectorAll('*')].some((el) => el.shadowRoot && (el.shadowRoot.querySelector('[part~="skeleton"]') || busy(el.shadowRoot)));
            const hms = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('hms-') && el.localName !== 'hms-catalog');
            return hms.length > 0 && !busy(document);
          },
          { timeout: 8000, polling: 100 },
        )
        .then(() => true, () => false);
      if (!settled) problems.push('did not settle within 8 s (a skeleton is still shown)');
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root') ?? document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s): ${v.nodes[0]?.target?.join(' ')}`);
      });
      problems.push(...violations.map((v) => `axe: ${v}`));
      const real = problems.filter((p) => !(expectsFailedRequest(story) && p.startsWith('failed request:')));
      checked += 1;
      if (real.length) failures.push({ story: `${story.title} / ${story.name} [${variant.name}]`, problems: real });
    }
  }
  // Story links keep their arguments: a choice given in the URL is the one rendered (it was dropped
  // when the control was a text field for a TypeScript type name).
  const listStory = stories.find((story) => story.title === 'Widgets/Course list');
  await page.goto(`${origin}/iframe.html?id=${listStory.id}&viewMode=story&args=layout:list`, { waitUntil: 'load' });
  const layout = await page
    .waitForFunction(() => document.querySelector('hms-course-list')?.getAttribute('layout'), { timeout: 20_000, polling: 100 })
    .then((handle) => handle.jsonValue(), () => null);
  checked += 1;
  if (layout !== 'list') failures.push({ story: `${listStory.id}&args=layout:list`, problems: [`layout is ${layout}, not list`] });
} finally {
  await browser.close();
  await server.close();
}

for (const failure of failures) {
  console.error(`✗ ${failure.story}`);
  for (const problem of failure.problems) console.error(`    ${problem}`);
}
console.log(`Story check: ${stories.length} stories × ${variants.length} variants: ${checked - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
