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

/** Text nodes of white space only, in a shadow root (not those of the shadow roots inside it). */
function blankTextNodes(root: ShadowRoot): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if ((walker.currentNode as Text).data.trim() === '') count += 1;
  return count;
}

describe('the CDN bundle\'s templates', () => {
  it('draw a card with the blank text nodes of the source, not one per line break of the source (src/internal/html.ts)', async () => {
    // The same course drawn by the bundle's card and by the source's card class under another name.
    const { HmsCourseCard } = await import('../../src/components/course-card/course-card.component.js');
    if (!customElements.get('source-course-card')) customElements.define('source-course-card', class extends HmsCourseCard {});
    const list = await fixture<HTMLElement>(html`<hms-course-list controls="none" limit="1" src="/demo/catalog.json"></hms-course-list>`);
    if (part(list, 'skeleton')) await nextEvent(list, 'hms-load');
    await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    type Card = HTMLElement & { course: object; terms: object; updateComplete: Promise<unknown> };
    const built = list.shadowRoot!.querySelector('hms-course-card') as Card;
    await built.updateComplete;
    const source = document.createElement('source-course-card') as Card;
    for (const { name, value } of built.attributes) source.setAttribute(name, value);
    source.course = built.course;
    source.terms = built.terms;
    list.after(source);
    await source.updateComplete;
    try {
      expect(blankTextNodes(source.shadowRoot!), 'the source card has some (a space between two inline pieces)').to.be.above(0);
      expect(blankTextNodes(built.shadowRoot!)).to.equal(blankTextNodes(source.shadowRoot!));
    } finally {
      source.remove();
    }
  });
});
