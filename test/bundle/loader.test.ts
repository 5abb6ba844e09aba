// The autoloader (dist/cdn/hms-widgets-loader.js) in real pages opened in iframes
// (test/bundle/pages/): it imports the one CDN file a page needs, Lit and each catalog once, finds
// tags in a host's shadow root through discover(), and tags added later through its observer.
// npm test builds dist/ before the browser tests.
import { expect } from '@open-wc/testing';
import { whenTrue } from '../helpers.js';
import type { Probe } from '../hostile/safety.js';

type PageWindow = Window &
  typeof globalThis & { hmsProbe: Probe; litElementVersions?: string[]; litHtmlVersions?: string[]; hostPanelReady?: Promise<void> };

const open: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of open.splice(0)) frame.remove();
});

async function openPage(path: string): Promise<PageWindow> {
  const frame = Object.assign(document.createElement('iframe'), { src: path, width: 1000, height: 800 });
  open.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

/** Paths of the files this page fetched from dist/cdn/, in order. */
const cdnFiles = (win: PageWindow): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/'))
    .map((path) => path.slice('/dist/cdn/'.length));

const requestsFor = (win: PageWindow, path: string): number =>
  win.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === path).length;

/** Waits for hms-widgets-ready (the loader's promise) and for `count` hms-load events. */
async function whenShown(win: PageWindow, count: number): Promise<void> {
  await whenTrue(() => win.hmsProbe.loads.length >= count || win.hmsProbe.failures.length > 0);
  expect(win.hmsProbe.failures).to.deep.equal([]);
}

const ourTags = (win: PageWindow): string[] =>
  [...new Set([...win.document.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.startsWith('hms-')))];

describe('the autoloader', () => {
  it('a page with only <hms-mission> loads hms-mission.js and no other widget file', async () => {
    const win = await openPage('/test/bundle/pages/loader-mission.html');
    await whenShown(win, 1);
    expect(cdnFiles(win).filter((file) => !file.startsWith('chunks/'))).to.deep.equal(['hms-widgets-loader.js', 'hms-mission.js']);
    expect(win.litElementVersions).to.have.length(1);
    expect(win.customElements.get('hms-mission')).to.not.equal(undefined);
    expect(win.customElements.get('hms-course-list')).to.equal(undefined);
    expect(requestsFor(win, '/demo/catalog.json')).to.equal(1);
    expect(win.hmsProbe.errors).to.deep.equal([]);
    expect(win.hmsProbe.warnings).to.deep.equal([]);
  });

  it('a course list loads hms-course-list.js, which defines the cards it renders', async () => {
    const win = await openPage('/test/bundle/pages/loader-course-list.html');
    await whenShown(win, 1);
    expect(cdnFiles(win).filter((file) => !file.startsWith('chunks/'))).to.deep.equal(['hms-widgets-loader.js', 'hms-course-list.js']);
    const list = win.document.querySelector('hms-course-list')!;
    await whenTrue(() => list.shadowRoot!.querySelectorAll('hms-course-card').length === 4);
    expect(win.litElementVersions).to.have.length(1);
    expect(win.hmsProbe.errors).to.deep.equal([]);
  });

  it('every widget on a strict page (CSP, Trusted Types): the full bundle once, one catalog request, no violation', async function () {
    this.timeout(20_000);
    const win = await openPage('/test/bundle/pages/loader-all.html');
    await whenShown(win, 7);
    expect(cdnFiles(win).filter((file) => !file.startsWith('chunks/'))).to.deep.equal(['hms-widgets-loader.js', 'hms-widgets.js']);
    for (const tag of ourTags(win)) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    expect(win.litElementVersions).to.have.length(1);
    expect(win.litHtmlVersions).to.have.length(1);
    expect(requestsFor(win, '/demo/catalog.json')).to.equal(1);
    expect(win.hmsProbe.violations).to.deep.equal([]);
    expect(win.hmsProbe.errors).to.deep.equal([]);
    // No cookies, no third parties: every request of the page is the page's own script, our CDN
    // files (a lazy UI language among them: the page has an <hms-catalog locale="es">), the catalog,
    // or the images the catalog names (beside it, on the same origin; the first screen's load at once).
    const requests = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    expect(requests.every((url) => url.origin === location.origin), requests.join(' ')).to.equal(true);
    const others = requests
      .map((url) => url.pathname)
      // The test server injects its own socket script into every HTML page it serves.
      .filter((path) => !path.startsWith('/dist/cdn/') && path !== '/demo/catalog.json' && !path.startsWith('/demo/images/') && !path.startsWith('/__web-dev-server'));
    expect(others).to.deep.equal(['/test/hostile/pages/probe.js']);
    expect(cdnFiles(win).some((file) => /^chunks\/es-/.test(file)), 'the Spanish strings came as a chunk').to.equal(true);
  });

  it("finds two lists in a host element's shadow root through discover(root)", async () => {
    const win = await openPage('/test/bundle/pages/loader-shadow.html');
    await whenTrue(() => win.hostPanelReady !== undefined);
    await win.hostPanelReady;
    await whenShown(win, 2);
    const lists = win.document.querySelector('host-panel')!.shadowRoot!.querySelectorAll('hms-course-list');
    expect(lists).to.have.length(2);
    for (const list of lists) expect(list.shadowRoot, 'upgraded').to.not.equal(null);
    expect(cdnFiles(win).filter((file) => !file.startsWith('chunks/'))).to.deep.equal(['hms-widgets-loader.js', 'hms-course-list.js']);
    expect(win.litElementVersions).to.have.length(1);
    expect(requestsFor(win, '/demo/catalog.json')).to.equal(1);
  });

  it('a kind of widget added later is defined, and the second copy it costs is said in the console', async () => {
    const win = await openPage('/test/bundle/pages/loader-later.html');
    await whenShown(win, 2);
    expect(win.customElements.get('hms-news-list')).to.not.equal(undefined);
    expect(cdnFiles(win).filter((file) => !file.startsWith('chunks/'))).to.deep.equal(['hms-widgets-loader.js', 'hms-mission.js', 'hms-widgets.js']);
    expect(win.hmsProbe.warnings.filter((text) => text.includes('second copy of Lit'))).to.have.length(1);
    expect(win.hmsProbe.errors).to.deep.equal([]);
  });

  it("the loader's table says exactly which tags each CDN file defines", async function () {
    this.timeout(30_000);
    const first = await openPage('/test/bundle/pages/single-file.html?file=hms-widgets.js');
    await whenTrue(() => (first as PageWindow & { singleFile?: unknown }).singleFile !== undefined);
    const { table } = await (first as PageWindow & { singleFile: Promise<{ table: Record<string, string[]> }> }).singleFile;
    expect(Object.keys(table)).to.include.members(['hms-widgets.js', 'hms-mission.js', 'hms-course-list.js']);
    for (const file of Object.keys(table)) {
      const win = (await openPage(`/test/bundle/pages/single-file.html?file=${file}`)) as PageWindow & {
        singleFile?: Promise<{ defined: string[] }>;
      };
      await whenTrue(() => win.singleFile !== undefined);
      const { defined } = await win.singleFile!;
      expect(defined, file).to.deep.equal([...table[file]].sort());
    }
  });
});
