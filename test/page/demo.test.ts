import { expect } from '@open-wc/testing';
import { whenTrue } from '../helpers.js';

/**
 * The demo pages as a visitor opens them (from source, as `npm start` serves them), each widget
 * loaded, checked by axe with every rule it runs by default, `landmark-unique` and colour contrast
 * included, in the light and dark themes of the demo's switcher (demo/showcase.js).
 */
const PAGES = ['index.html', 'latam.html', 'mena.html'];
const THEMES = ['light', 'dark'];

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
type AxeWindow = Window & { axe: { run(context: Document, options: object): Promise<AxeResult> } };

let axeSource = '';

/** The demo page in a 1280 px iframe, once every widget on it has rendered its content (or its error). */
async function openDemo(page: string, query: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0; display: block';
  frame.src = `/demo/${page}${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const widgets = () => [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('hms-') && el.localName !== 'hms-catalog');
  const shown = (el: Element) => Boolean(el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[part~="skeleton"]'));
  // The widgets below the first screen are loading="lazy": scrolled to, as a visitor would, each draws its content.
  await whenTrue(() => widgets().every((el) => shown(el) || el.getAttribute('loading') === 'lazy'));
  for (const el of widgets()) {
    if (shown(el)) continue;
    el.scrollIntoView();
    await whenTrue(() => shown(el));
  }
  frame.contentWindow!.scrollTo(0, 0);
  return frame;
}

describe('the demo pages: no axe violation, in light and dark', function () {
  this.timeout(60000);
  before(async () => {
    axeSource = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
  });

  for (const page of PAGES) {
    for (const theme of THEMES) {
      it(`${page} in the ${theme} theme`, async () => {
        const frame = await openDemo(page, theme === 'light' ? '' : `?theme=${theme}`);
        try {
          const doc = frame.contentDocument!;
          const widget = doc.querySelector('hms-catalog, #finder')!;
          expect(widget.getAttribute('theme'), 'the switcher sets the theme').to.equal(theme === 'light' ? null : theme);
          const script = doc.createElement('script');
          script.textContent = axeSource;
          doc.head.append(script);
          const { violations } = await (frame.contentWindow as AxeWindow).axe.run(doc, { resultTypes: ['violations'] });
          const report = violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`).join('\n');
          expect(violations, report).to.have.length(0);
        } finally {
          frame.remove();
        }
      });
    }
  }

  it('the language switcher puts every widget of the page in the chosen language', async () => {
    const frame = await openDemo('index.html', '?lang=ar');
    try {
      const doc = frame.contentDocument!;
      const widgets = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('hms-'));
      expect(widgets.length).to.be.above(8);
      for (const el of widgets) expect([el.localName, el.getAttribute('locale'), el.getAttribute('dir')]).to.deep.equal([el.localName, 'ar', 'rtl']);
      // The switcher is a labelled select, and a change applies at once.
      const select = doc.querySelector<HTMLSelectElement>('#showcase-language')!;
      expect(doc.querySelector(`label[for="${select.id}"]`)).to.exist;
      select.value = 'fr';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      expect(widgets.every((el) => el.getAttribute('locale') === 'fr')).to.equal(true);
      expect(new URL(frame.contentWindow!.location.href).searchParams.get('lang')).to.equal('fr');
    } finally {
      frame.remove();
    }
  });
});
