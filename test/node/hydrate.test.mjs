// A page built from `hms-widgets render` output, in Chromium (after `npm run build`): without
// JavaScript it shows the course titles, dates and links, styled; with JavaScript the same page
// hydrates (dist/cdn/hms-widgets-hydrate.js): the server's nodes are kept, no catalog request is
// made, nothing shifts, search works, and the DOM equals a client-only render of the same widget.
/* global document, window, customElements, getComputedStyle, Node -- used inside page.evaluate callbacks, which run in the browser */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser } from '../../scripts/find-browser.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

let browser;
let server;
let dir;
/** Requests for the catalog, by path. */
const catalogRequests = [];

/** The page a partner's CMS would serve: a heading, the pasted snippet, and nothing of ours before it. */
const page = (snippet) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Courses</title><link rel="icon" href="data:,">
<script>
  window.__shifts = [];
  new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
</script></head>
<body><main><h2>Our courses</h2>
${snippet}
<script>
  // Runs while the page is parsed, before the hydrating module: the server's nodes, to find them again after hydration.
  const list = document.querySelector('hms-course-list');
  window.__serverNodes = { results: list?.shadowRoot?.querySelector('[part~="results"]'), card: list?.shadowRoot?.querySelector('hms-course-card') };
</script>
</main></body></html>`;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hms-hydrate-'));
  await cp(join(root, 'dist/cdn'), join(dir, 'cdn'), { recursive: true });
  await cp(join(root, 'demo/catalog.json'), join(dir, 'catalog.json'));
  // The images the catalog names, beside it, as a partner serves them.
  await cp(join(root, 'demo/images'), join(dir, 'images'), { recursive: true });
  server = await serveStatic(dir, {
    route: (request) => {
      if (request.url.includes('catalog')) catalogRequests.push(request.url);
      return false;
    },
  });
  // Rendered from the catalog's address, as the page will read it: its relative image links are
  // then the same absolute URLs on the server and in a client render.
  const render = (...args) => run(process.execPath, [join(root, 'bin/hms-widgets.mjs'), 'render', 'hms-course-list', `${server.origin}/catalog.json`, ...args]);
  const { stdout } = await render('--script', '/cdn/hms-widgets-hydrate.js', '--attr', 'page-size=6');
  await writeFile(join(dir, 'index.html'), page(stdout));
  // The same content, no script at all: what a crawler or a visitor without JavaScript gets.
  const { stdout: still } = await render('--attr', 'page-size=6');
  await writeFile(join(dir, 'static.html'), page(still));
  browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: browserArgs });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The shown courses, read from the page's shadow roots: title, link, date text, and whether the title is styled. */
function readCourses() {
  const list = document.querySelector('hms-course-list');
  const cards = [...list.shadowRoot.querySelectorAll('hms-course-card')];
  return cards.map((card) => {
    const link = card.shadowRoot.querySelector('a[part~="title-link"]');
    const dates = card.shadowRoot.querySelector('[part~="dates"]');
    const box = card.shadowRoot.querySelector('[part~="card"]');
    return {
      title: link?.textContent.trim(),
      href: link?.href,
      date: dates?.textContent.trim() ?? '',
      titleFont: link ? getComputedStyle(link).fontWeight : '',
      boxed: box ? getComputedStyle(box).borderTopStyle !== 'none' || getComputedStyle(box).backgroundColor !== 'rgba(0, 0, 0, 0)' : false,
    };
  });
}

test('without JavaScript, the rendered page shows the course titles, dates and links, styled', async () => {
  const tab = await browser.newPage();
  await tab.setJavaScriptEnabled(false);
  await tab.goto(`${server.origin}/static.html`);
  const courses = await tab.evaluate(readCourses);
  await tab.close();
  assert.equal(courses.length, 6);
  // A crawler's view: the HTML as served, its scripts (the inline catalog among them) left out.
  const snippet = (await readFile(join(dir, 'static.html'), 'utf8')).replace(/<script[\s\S]*?<\/script>/g, '');
  for (const course of courses) {
    assert.ok(course.title && snippet.includes(course.title.replace(/&/g, '&amp;')), `"${course.title}" is in the HTML as served`);
    assert.match(course.href, /^https:\/\//);
    assert.ok(snippet.includes(`href="${course.href.replace(/&/g, '&amp;')}"`), 'the link is in the HTML as served');
    assert.ok(Number(course.titleFont) >= 600, 'the title is styled by the widget (bold)');
    assert.ok(course.boxed, 'the card has its box');
  }
  assert.ok(courses.some((course) => course.date), 'dated courses show their dates');
});

test('with JavaScript, the page hydrates in place: the same nodes, no catalog request, no layout shift, and search works', async () => {
  catalogRequests.length = 0;
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(`${message.text()} ${message.location()?.url ?? ''}`));
  await tab.goto(`${server.origin}/index.html`);
  await tab.evaluate(async () => {
    await customElements.whenDefined('hms-course-list');
    await document.querySelector('hms-course-list').updateComplete;
  });
  const before = await tab.evaluate(readCourses);
  const state = await tab.evaluate(() => {
    const list = document.querySelector('hms-course-list');
    return {
      sameResults: window.__serverNodes.results === list.shadowRoot.querySelector('[part~="results"]'),
      sameCard: window.__serverNodes.card === list.shadowRoot.querySelector('hms-course-card'),
      hydrated: !list.hasAttribute('defer-hydration') && list.shadowRoot.querySelector('hms-course-card')?.hasAttribute('defer-hydration') === false,
      shifts: window.__shifts,
    };
  });
  assert.deepEqual(errors, []);
  assert.ok(state.sameResults && state.sameCard, 'the server-rendered nodes are the live ones');
  assert.ok(state.hydrated, 'the cards inside hydrated too');
  assert.deepEqual(catalogRequests, [], 'the inline catalog is used: no request');
  // Issue 17's page goal, CLS <= 0.02. Since the card redesign (issue 18) about one run in five
  // records one small shift (0.0025-0.017) while the page is still parsed: a node of the first card
  // comes into view at the viewport's bottom edge (previous rect empty), before hydration. Cause not
  // found yet; hydration itself moves nothing (the same nodes are kept, checked above).
  const cls = state.shifts.reduce((sum, value) => sum + value, 0);
  assert.ok(cls <= 0.02, `layout shift from first paint to interactive: CLS ${cls}`);

  // Search: type a word of the last shown course's title; the list filters to the courses that have it.
  const word = before.at(-1).title.split(/\s+/).find((w) => w.length > 6);
  await tab.evaluate((text) => {
    const input = document.querySelector('hms-course-list').shadowRoot.querySelector('input[part~="search"]');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }, word);
  await tab.waitForFunction(
    (text) => {
      const list = document.querySelector('hms-course-list');
      const titles = [...list.shadowRoot.querySelectorAll('hms-course-card')].map((card) => card.shadowRoot?.querySelector('a[part~="title-link"]')?.textContent ?? '');
      return titles.length > 0 && titles.every((title) => title.toLowerCase().includes(text.toLowerCase()));
    },
    { timeout: 10_000 },
    word,
  );
  await tab.close();
});

test('the DOM after hydration equals a client-only render of the same widget', async () => {
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}/index.html`);
  const [hydrated, clientOnly] = await tab.evaluate(async () => {
    await customElements.whenDefined('hms-course-list');
    const served = document.querySelector('hms-course-list');
    const client = document.createElement('hms-course-list');
    for (const { name, value } of served.attributes) if (name !== 'defer-hydration') client.setAttribute(name, value);
    client.catalog = JSON.parse(served.querySelector('script[type="application/json"]').textContent);
    const loaded = new Promise((resolve) => client.addEventListener('hms-load', resolve, { once: true }));
    served.after(client);
    await loaded;
    const settle = async (el) => {
      await el.updateComplete;
      for (const card of el.shadowRoot.querySelectorAll('hms-course-card')) await card.updateComplete;
      await el.updateComplete;
    };
    await settle(served);
    await settle(client);
    /** Elements, attributes (sorted) and text of a shadow tree, nested shadow roots included; comments and <style> left out, whitespace collapsed. */
    const serialize = (parent) => {
      let out = '';
      let text = '';
      const flush = () => {
        const collapsed = text.replace(/\s+/g, ' ').trim();
        if (collapsed) out += collapsed;
        text = '';
      };
      for (const node of parent.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) text += node.data;
        else if (node.nodeType === Node.ELEMENT_NODE && node.localName !== 'style') {
          flush();
          const attributes = [...node.attributes]
            .filter((a) => a.name !== 'defer-hydration')
            .map((a) => `${a.name}="${a.value}"`)
            .sort()
            .join(' ');
          out += `<${node.localName} ${attributes}>${node.shadowRoot ? `#shadow{${serialize(node.shadowRoot)}}` : ''}${serialize(node)}</${node.localName}>`;
        }
      }
      flush();
      return out;
    };
    return [serialize(served.shadowRoot), serialize(client.shadowRoot)];
  });
  await tab.close();
  assert.ok(hydrated.includes('title-link'), 'the hydrated list has its courses');
  assert.equal(hydrated, clientOnly);
});
