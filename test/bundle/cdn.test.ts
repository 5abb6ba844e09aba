import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent, part } from '../helpers.js';

import { WIDGETS } from '../../src/widgets.js';

const TAGS = Object.keys(WIDGETS);

/** Imports a built file by URL (npm test builds dist/ before the browser tests). */
const load = (url: string) => import(/* @vite-ignore */ url);

describe('the CDN bundle (dist/cdn/hms-widgets.js)', () => {
  it('loaded twice, defines every widget once and warns once, naming both versions', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(String(message));
    try {
      await load('/dist/cdn/hms-widgets.js?copy=1');
      await load('/dist/cdn/hms-widgets.js?copy=2');
    } finally {
      console.warn = original;
    }
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    const version = (await (await fetch('/package.json')).json()).version;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`hms-widgets ${version}`).and.include(`this copy (${version})`);
  });

  it('exports the version and the loader settings, not the whole API (that is the npm package)', async () => {
    const bundle = await load('/dist/cdn/hms-widgets.js?copy=1');
    expect(Object.keys(bundle).sort()).to.deep.equal(['VERSION', 'configureCatalogLoader', 'resetCatalogLoader']);
    const version = (await (await fetch('/package.json')).json()).version;
    expect(bundle.VERSION).to.equal(version);
    expect(bundle.configureCatalogLoader({}).timeout).to.be.a('number');
  });

  it('keeps its styles: quoted values survive the build-time CSS minification', async () => {
    const page = await fixture<HTMLElement>(html`<hms-course-list controls="none" limit="1" src="/demo/catalog.json"></hms-course-list>`);
    if (part(page, 'skeleton')) await nextEvent(page, 'hms-load');
    const sheets = page.shadowRoot!.adoptedStyleSheets;
    const rules = sheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)).join('\n');
    expect(rules).to.include(':host([theme="dark"])');
    expect(getComputedStyle(page).getPropertyValue('--_color-primary').trim()).to.equal('#a51c30');
    expect(getComputedStyle(page).display).to.equal('block');
    page.setAttribute('theme', 'dark');
    expect(getComputedStyle(page).getPropertyValue('--_color-primary').trim()).to.equal('#ffb3bd');
  });

  it('every widget works from the bundle', async () => {
    const page = await fixture<HTMLElement>(html`<hms-catalog src="/demo/catalog.json">
      <hms-mission variant="quote"></hms-mission>
      <hms-course-list controls="none" limit="2"></hms-course-list>
      <hms-program-list></hms-program-list>
      <hms-news-list limit="2"></hms-news-list>
      <hms-divisions></hms-divisions>
    </hms-catalog>`);
    const widgets = [...page.querySelectorAll('hms-mission, hms-course-list, hms-program-list, hms-news-list, hms-divisions')];
    await Promise.all(widgets.map((w) => (part(w, 'skeleton') ? nextEvent(w, 'hms-load') : null)));
    for (const widget of widgets) {
      await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(part(widget, 'error'), widget.localName).to.equal(null);
      expect(part(widget, 'skeleton'), widget.localName).to.equal(null);
    }
  });
});
