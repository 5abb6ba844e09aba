// Issue 9, strict host pages: the built CDN bundle in real pages the test opens in an iframe —
// one under a strict Content-Security-Policy with Trusted Types enforced, one crowded with a second
// copy of the library, the host's own custom elements and a hostile global stylesheet
// (test/hostile/pages/). npm test builds dist/ before the browser tests.
import { expect } from '@open-wc/testing';
import { whenFound, whenTrue } from '../helpers.js';
import { pwned, type Probe } from './safety.js';

type ProbedWindow = Window & typeof globalThis & { hmsProbe: Probe };

/** Opens `path` in an iframe and waits until `widgets` widgets fired hms-load (or one failed). */
async function openPage(path: string, widgets: number): Promise<{ frame: HTMLIFrameElement; win: ProbedWindow; probe: Probe }> {
  const frame = Object.assign(document.createElement('iframe'), { src: path, width: 1000, height: 800 });
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as ProbedWindow;
  const probe = win.hmsProbe;
  expect((await fetch('/dist/cdn/hms-widgets.js', { method: 'HEAD' })).ok, 'dist/cdn/hms-widgets.js is there (is dist/ built?)').to.equal(true);
  // The bundle defines its tags a frame after it runs (once the widgets are placed), not by the load event.
  const first = [...win.document.querySelectorAll('*')].find((el) => el.localName.startsWith('hms-'))!;
  await win.customElements.whenDefined(first.localName);
  await whenTrue(() => probe.loads.length >= widgets || probe.failures.length > 0);
  return { frame, win, probe };
}

const widgetsIn = (root: Document | ShadowRoot): HTMLElement[] => {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName.startsWith('hms-') && el.localName !== 'hms-header' && el.localName !== 'hms-catalog') found.push(el);
    if (el.shadowRoot && !el.localName.startsWith('hms-')) found.push(...widgetsIn(el.shadowRoot));
  }
  return found;
};

/** Text under a node, inside nested shadow roots too. */
const deepText = (root: ParentNode): string =>
  [...root.childNodes]
    .map((node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      // Nodes of the iframe's realm: instanceof Element would be false, so test nodeType.
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const el = node as Element;
      return `${el.shadowRoot ? deepText(el.shadowRoot) : ''} ${deepText(el)}`;
    })
    .join(' ');

/** Every widget shows content: no skeleton, no error, some text. */
function expectAllShown(doc: Document): void {
  for (const widget of widgetsIn(doc)) {
    const root = widget.shadowRoot!;
    expect(root, widget.localName).to.not.equal(null);
    expect(root.querySelector('[part~="skeleton"]'), `${widget.localName} finished loading`).to.equal(null);
    expect(root.querySelector('[part~="error"]'), `${widget.localName} shows no error`).to.equal(null);
    expect(deepText(root).trim().length, `${widget.localName} shows text`).to.be.greaterThan(20);
  }
}

describe('strict host pages', () => {
  it('CSP without unsafe-inline or unsafe-eval, Trusted Types enforced: every widget works and nothing is blocked', async function () {
    this.timeout(20_000);
    const { frame, win, probe } = await openPage('/test/hostile/pages/strict.html', 7);
    try {
      expect(probe.failures).to.deep.equal([]);
      expect(probe.loads).to.have.length(7);
      expect(probe.errors).to.deep.equal([]);
      expect(probe.violations).to.deep.equal([]);
      expectAllShown(win.document);
      // Structured data went in through the hms-widgets-json-ld policy (its code is a lazy chunk too).
      await whenFound(win.document, () => win.document.querySelector('hms-course-list > script[type="application/ld+json"]'));
      const jsonLd = win.document.querySelector('hms-course-list > script[type="application/ld+json"]');
      expect(JSON.parse(jsonLd!.textContent!)['@type']).to.equal('ItemList');
      // The Arabic strings came as a lazy chunk, allowed by script-src 'self'.
      const arabic = win.document.querySelector('hms-catalog hms-mission')!;
      expect(arabic.getAttribute('dir')).to.equal('rtl');

      // The page really enforces the policy, and the probe sees violations: eval and a string
      // handed to innerHTML are refused and reported.
      expect(() => win.eval('1')).to.throw();
      expect(() => {
        win.document.body.innerHTML = '<b>x</b>';
      }).to.throw(/TrustedHTML/);
      win.document.head.append(Object.assign(win.document.createElement('style'), { textContent: 'body { color: red }' }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const reported = probe.violations.join('\n');
      expect(reported).to.include('trusted-types-sink eval').and.include('innerHTML').and.include('style-src-elem');
    } finally {
      frame.remove();
    }
  });

  it('Trusted Types without the hms-widgets-json-ld policy: the lists work without structured data, with one warning', async function () {
    this.timeout(20_000);
    const { frame, win, probe } = await openPage('/test/hostile/pages/strict-no-json-ld.html', 2);
    try {
      expect(probe.failures).to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);
      expect(probe.loads).to.have.length(2);
      expectAllShown(win.document);
      await whenTrue(() => probe.warnings.some((w) => w.includes('structured data'))); // the refusal is reported
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(win.document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
      expect(probe.warnings.filter((w) => w.includes('structured data'))).to.have.length(1);
      // The only thing the page refused was our policy's creation.
      expect(probe.violations.length).to.be.greaterThan(0);
      for (const violation of probe.violations) expect(violation).to.match(/^trusted-types/);
    } finally {
      frame.remove();
    }
  });

  it('two copies of the library, host custom elements (one with our prefix), widgets in a host shadow root, hostile CSS: all work', async function () {
    this.timeout(20_000);
    const { frame, win, probe } = await openPage('/test/hostile/pages/crowded.html', 7);
    try {
      expect(probe.failures).to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);
      expect(probe.loads, JSON.stringify(probe)).to.have.length(7);
      expectAllShown(win.document);
      expect(widgetsIn(win.document)).to.have.length(7);
      // The second copy said once that it stepped aside.
      expect(probe.warnings.filter((w) => w.includes('hms-widgets')).length).to.equal(1);
      expect(win.customElements.get('hms-header')).to.be.a('function');
      expect(pwned()).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});
