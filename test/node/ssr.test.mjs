// Server rendering in Node (after `npm run build`): every widget, in English and Arabic, from a
// catalog given as a property, as inline JSON and through <hms-catalog>, renders its content into
// a declarative shadow root, with no DOM shim but the one Lit's own Node build brings (no
// `document`, `window` or `navigator`: a widget that reached for one would throw here).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

// Node 21+ has a `navigator` of its own (the server's language, not a visitor's): take it away so
// that the render is proven without it on every Node version.
delete globalThis.navigator;
const before = new Set(Object.getOwnPropertyNames(globalThis));
const { renderSnippet, renderToString, jsonForScript } = await import('../../dist/ssr.js');
const { html: staticHtml, unsafeStatic } = await import('lit/static-html.js');
const { validateCatalog } = await import('../../dist/validate.js');
const { localized } = await import('../../dist/catalog/localize.js');
const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));

const text = await readFile(new URL('../../demo/catalog.json', import.meta.url), 'utf8');
const raw = JSON.parse(text);
const { catalog } = validateCatalog(raw, {});

/** Text as it appears in HTML (what Lit escapes in text and attribute values). */
const escaped = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The first `count` courses a list shows, in its default order (start date; on-demand last): read back from the output. */
function titleLinks(output) {
  // Catalog text is isolated in a <bdi> (with its own lang when it is not the widget's language).
  return [...output.matchAll(/<a part="title-link"[^>]*href="([^"]+)"[^>]*>(?:<!--[^>]*-->|<bdi[^>]*>)*([^<]+)/g)].map((m) => ({ href: m[1], title: m[2].trim() }));
}

test('Lit brings its own minimal DOM shim to Node, and the widgets need nothing more: no document, window or navigator', () => {
  for (const name of ['document', 'window', 'navigator']) assert.equal(name in globalThis, false, `${name} is defined`);
  // What Lit's Node build installs (custom elements, the server root for events, its version lists); nothing else comes from us.
  const unexpected = added.filter((name) => !/^(customElements|litServerRoot|litPropertyMetadata|lit[A-Za-z]*Versions|reactiveElementVersions|litElementHydrateSupport|litSsr.*|HTMLElement|Element|CustomElementRegistry|ShadowRoot|Event|CustomEvent|EventTarget|CSSStyleSheet|ElementInternals|MutationObserver|ResizeObserver|IntersectionObserver)$/.test(name));
  assert.deepEqual(unexpected, [], `globals added by importing hms-widgets/ssr: ${added.join(', ')}`);
});

for (const locale of ['en', 'ar']) {
  const asText = (attributes) => unsafeStatic(Object.entries(attributes).map(([name, value]) => `${name}="${escaped(String(value))}"`).join(' '));
  /** Each way renders `tag` with `attributes`; the provider way gives the region (mena) and language from <hms-catalog>. */
  const ways = {
    property: (tag, attributes = {}) => {
      const name = unsafeStatic(tag);
      return renderToString(staticHtml`<${name} locale=${locale} ${asText(attributes)} .catalog=${raw}></${name}>`);
    },
    // The snippet's inline JSON holds the same titles: only the rendered markup is looked at.
    'inline JSON': async (tag, attributes = {}) =>
      (await renderSnippet({ tag, catalog: text, attributes: { locale, ...attributes } })).html.replace(/<script type="application\/json">[\s\S]*?<\/script>/, ''),
    provider: (tag, attributes = {}) => {
      const name = unsafeStatic(tag);
      const { region, ...rest } = attributes;
      void region;
      return renderToString(staticHtml`<hms-catalog locale=${locale} region="mena" .catalog=${raw}><${name} ${asText(rest)}></${name}></hms-catalog>`);
    },
  };
  for (const [way, renderWith] of Object.entries(ways)) {
    test(`${locale}, catalog as ${way}: a course list renders its first page of course titles as links in its shadow root`, async () => {
      const output = await renderWith('hms-course-list');
      assert.match(output, /<hms-course-list[^>]*>\s*<template [^>]*shadowrootmode="open"/);
      assert.doesNotMatch(output, /part="skeleton"|class="[^"]*skeleton/, 'no skeleton when the data is known');
      const links = titleLinks(output);
      assert.equal(links.length, Math.min(12, catalog.courses.length), 'one page of courses');
      // Each title in the widget's language where the catalog translates it (issue 19), else as written.
      const byTitle = new Map(catalog.courses.map((course) => [escaped(localized(course, 'title', locale)?.text ?? course.title), course]));
      for (const link of links) {
        const course = byTitle.get(link.title);
        assert.ok(course, `"${link.title}" is a course of the catalog`);
        assert.equal(link.href, escaped(course.url));
      }
      if (locale === 'ar') assert.match(output, /<hms-course-list[^>]*dir="rtl"/);
    });

    test(`${locale}, catalog as ${way}: the mission shows its statement, the divisions their names, the news its posts`, async () => {
      const mission = await renderWith('hms-mission');
      assert.ok(mission.includes(escaped(localized(catalog.mission, 'statement', locale)?.text ?? catalog.mission.statement)), 'the statement');
      const divisions = await renderWith('hms-divisions');
      const shown = (item, field) => escaped(localized(item, field, locale)?.text ?? item[field]);
      for (const division of catalog.divisions) assert.ok(divisions.includes(shown(division, 'name')), division.name);
      const news = await renderWith('hms-news-list');
      assert.ok(catalog.posts.some((post) => news.includes(shown(post, 'title'))), 'a post title');
    });

    test(`${locale}, catalog as ${way}: the program list shows each program, with the region's overlay where one is asked`, async () => {
      const output = await renderWith('hms-program-list', { region: 'mena' });
      for (const program of catalog.programs) {
        const adaptation = program.adaptations.find((a) => a.region === 'mena');
        const title = (adaptation?.title ? localized(adaptation, 'title', locale)?.text : undefined) ?? localized(program, 'title', locale)?.text ?? program.title;
        assert.ok(output.includes(escaped(title)), `"${title}" is shown`);
      }
      const card = await renderWith('hms-program-card', { 'program-id': catalog.programs[0].id });
      assert.match(card, /<a part="apply"[^>]* href="https?:/, 'the apply link');
      assert.match(card, /<time datetime="[^"]+"/, 'its dates');
    });

    test(`${locale}, catalog as ${way}: the saved courses render their empty state (a server has no visitor's list), and a saveable card its Save button`, async () => {
      const saved = await renderWith('hms-saved-courses');
      assert.match(saved, /<hms-saved-courses[^>]*>\s*<template [^>]*shadowrootmode="open"/);
      assert.match(saved, /part="empty"/);
      assert.doesNotMatch(saved, /part="skeleton"/);
      const card = await renderWith('hms-course-card', { 'course-id': catalog.courses[0].id, saveable: '' });
      assert.match(card, /<button part="save"[^>]* aria-pressed="false"/);
    });
  }
}

test('a snippet inlines only what the widget shows, escaped so that no text closes its script element', async () => {
  const hostile = structuredClone(raw);
  hostile.courses[0].title = '</script><script>alert(1)</script> & <!-- U+2028:\u2028';
  const { html: output } = await renderSnippet({ tag: 'hms-mission', catalog: hostile });
  const inline = output.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1];
  const data = JSON.parse(inline);
  assert.deepEqual(data.courses, [], 'a mission carries no courses');
  assert.equal(data.mission.statement, catalog.mission.statement);
  const list = await renderSnippet({ tag: 'hms-course-list', catalog: hostile });
  const listInline = list.html.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1];
  assert.doesNotMatch(listInline, /[<>&\u2028\u2029]/);
  assert.equal(JSON.parse(listInline).courses[0].title, validateCatalog(hostile, {}).catalog.courses[0].title, 'the title as validated, intact');
  assert.equal(jsonForScript('</script>'), '"\\u003c/script\\u003e"');
  assert.equal(JSON.parse(jsonForScript('a\u2028b\u2029c & <!--')), 'a\u2028b\u2029c & <!--');
  assert.doesNotMatch(jsonForScript('a\u2028b\u2029c & <!--'), /[<>&\u2028\u2029]/);
});

test('a snippet names its language, and its src only when asked; JSON-LD lists the shown courses', async () => {
  const plain = await renderSnippet({ tag: 'hms-course-list', catalog: text, catalogUrl: 'https://catalog.example/catalog.json' });
  assert.match(plain.html, /^<hms-course-list\s+locale="en"/);
  assert.doesNotMatch(plain.html, /<hms-course-list[^>]* src=/);
  const live = await renderSnippet({ tag: 'hms-course-list', catalog: text, catalogUrl: 'https://catalog.example/catalog.json', src: true, jsonLd: true, script: '/cdn/hms-widgets-hydrate.js', attributes: { limit: 3 } });
  assert.match(live.html, /<hms-course-list[^>]* src="https:\/\/catalog.example\/catalog.json"/);
  assert.match(live.html, /<script type="module" src="\/cdn\/hms-widgets-hydrate.js"><\/script>/);
  const jsonLd = JSON.parse(live.html.match(/<script type="application\/ld\+json" data-hms-generated>([\s\S]*?)<\/script>/)[1]);
  assert.deepEqual(jsonLd.itemListElement.map((item) => item.item.name), live.shown);
  assert.equal(live.shown.length, 3);
});

test('hms-widgets render writes the snippet from a catalog file; a bad catalog is a clear error, not a stack trace', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hms-render-'));
  const run = promisify(execFile);
  const bin = new URL('../../bin/hms-widgets.mjs', import.meta.url).pathname;
  const catalogFile = new URL('../../demo/catalog.json', import.meta.url).pathname;
  const out = join(dir, 'list.html');
  await run(process.execPath, [bin, 'render', 'hms-course-list', catalogFile, '--attr', 'limit=4', '--locale', 'ar', '--script', 'hydrate.js', '--out', out]);
  const written = await readFile(out, 'utf8');
  assert.match(written, /^<hms-course-list\s+limit="4" locale="ar"/);
  assert.equal(titleLinks(written).length, 4);
  // To standard output, through a pipe, whole (a snippet is larger than a pipe's buffer).
  const { stdout } = await run(process.execPath, [bin, 'render', 'hms-course-list', catalogFile], { maxBuffer: 64 * 1024 * 1024 });
  assert.ok(stdout.length > 65536, `${stdout.length} characters`);
  assert.match(stdout, /<\/hms-course-list>\n$/);
  await writeFile(join(dir, 'bad.json'), '{"hello": 1}');
  const failure = await run(process.execPath, [bin, 'render', 'hms-course-list', join(dir, 'bad.json')]).catch((error) => error);
  assert.equal(failure.code, 1);
  assert.match(failure.stderr, /✗ .*bad\.json: .*version/);
  assert.doesNotMatch(failure.stderr, /at .*\.js:\d+/);
});
