// Subresource integrity for the CDN files (dist/cdn/integrity.json, written by the build): the
// README's snippet with `integrity` loads, and a file changed on the way is refused — for a script
// tag, and for the files the autoloader imports when an import map carries their hashes.
import { expect } from '@open-wc/testing';
import { whenTrue } from '../helpers.js';
import type { Probe } from '../hostile/safety.js';

interface Integrity {
  version: string;
  files: Record<string, string>;
}
type PageWindow = Window & typeof globalThis & { tampered?: boolean; loadFailed?: boolean; hmsProbe: Probe };

let integrity: Integrity;
before(async () => {
  integrity = (await (await fetch('/dist/cdn/integrity.json')).json()) as Integrity;
});

const open: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of open.splice(0)) frame.remove();
});

/** A page made of `head` and one <hms-mission>, in an iframe of this origin. */
async function page(head: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta name="hms-catalog" content="/demo/catalog.json">
<script src="/test/hostile/pages/probe.js"></script>${head}</head><body><hms-mission></hms-mission></body></html>`;
  open.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

const importMap = (entries: Record<string, string>): string => `<script type="importmap">${JSON.stringify({ integrity: entries })}</script>`;

describe('subresource integrity', () => {
  it('integrity.json covers every script the build wrote, and each hash matches the bytes served', async () => {
    expect(integrity.files['hms-widgets.js']).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(Object.keys(integrity.files)).to.include.members(['hms-widgets-loader.js', 'hms-mission.js']);
    for (const [file, expected] of Object.entries(integrity.files)) {
      const bytes = await (await fetch(`/dist/cdn/${file}`)).arrayBuffer();
      const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
      expect(`sha384-${digest}`, file).to.equal(expected);
    }
  });

  it('a script tag with the published integrity loads; the same tag on a tampered file is refused', async () => {
    const hash = integrity.files['hms-mission.js'];
    const good = await page(`<script type="module" src="/dist/cdn/hms-mission.js" integrity="${hash}" crossorigin="anonymous"></script>`);
    await whenTrue(() => good.hmsProbe.loads.length === 1);

    const bad = await page(
      `<script type="module" src="/api/tampered/cdn/hms-mission.js" integrity="${hash}" crossorigin="anonymous" onerror="window.loadFailed = true" onload="window.loadFailed = false"></script>`,
    );
    await whenTrue(() => bad.loadFailed !== undefined);
    expect(bad.loadFailed, 'the script was refused').to.equal(true);
    expect(bad.tampered).to.equal(undefined);
    expect(bad.customElements.get('hms-mission')).to.equal(undefined);
  });

  it("the autoloader's imports are checked against an import map's integrity: genuine files load, tampered ones are refused", async () => {
    const map = (base: string): string =>
      importMap({ [`${base}hms-widgets-loader.js`]: integrity.files['hms-widgets-loader.js'], [`${base}hms-mission.js`]: integrity.files['hms-mission.js'] });
    const good = await page(`${map('/dist/cdn/')}<script type="module" src="/dist/cdn/hms-widgets-loader.js" crossorigin="anonymous"></script>`);
    await whenTrue(() => good.hmsProbe.loads.length === 1);

    const base = '/api/tampered/cdn/';
    const bad = await page(`${map(base)}<script type="module" src="${base}hms-widgets-loader.js" crossorigin="anonymous"></script>`);
    // The loader ran (its own file is genuine) and reported the refused import.
    await whenTrue(() => bad.hmsProbe.logged.length > 0 || bad.hmsProbe.loads.length > 0);
    expect(bad.hmsProbe.logged.join('\n')).to.include('could not load hms-mission.js');
    expect(bad.tampered).to.equal(undefined);
    expect(bad.customElements.get('hms-mission')).to.equal(undefined);
  });
});
