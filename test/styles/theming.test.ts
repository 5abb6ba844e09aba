import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { themeTokens, type ThemeName } from '../../src/styles/themes.js';
import { TOKEN_NAMES } from '../../src/styles/tokens.js';
import { resolveLocale } from '../../src/i18n/locale.js';
import { nextEvent, part } from '../helpers.js';

const SRC = '/demo/catalog.json';
const WIDGETS: [string, TemplateResult][] = [
  ['hms-mission', html`<hms-mission src=${SRC}></hms-mission>`],
  ['hms-course-list', html`<hms-course-list src=${SRC} page-size="3"></hms-course-list>`],
  ['hms-program-list', html`<hms-program-list src=${SRC} region="latam" now="2027-01-04T00:00:00Z"></hms-program-list>`],
  ['hms-news-list', html`<hms-news-list src=${SRC} layout="cards" limit="2"></hms-news-list>`],
  ['hms-divisions', html`<hms-divisions src=${SRC}></hms-divisions>`],
];

/** Every element with a part, in the widget and the cards nested in it. */
function partsDeep(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.hasAttribute('part')) found.push(el);
    if (el.shadowRoot) found.push(...partsDeep(el.shadowRoot));
  }
  return found;
}

async function settled(el: Element) {
  const widget = el as HTMLElement & { updateComplete: Promise<unknown> };
  if (!widget.shadowRoot!.querySelector('[part~="skeleton"]')) return;
  await nextEvent(widget, 'hms-load');
  await widget.updateComplete;
  for (const nested of widget.shadowRoot!.querySelectorAll('*')) await (nested as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

describe('theming', () => {
  describe('every colour of every part comes from a token', () => {
    for (const [tag, template] of WIDGETS) {
      it(tag, async () => {
        const colorTokens = TOKEN_NAMES.filter((name) => name.startsWith('--hms-color-'));
        const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
        const allowed = new Set(['rgba(0, 0, 0, 0)']);
        colorTokens.forEach((name, i) => {
          const value = `rgb(${11 + i}, ${101 + i}, ${201 - i})`;
          wrapper.style.setProperty(name, value);
          allowed.add(value);
        });
        const widget = wrapper.firstElementChild!;
        await settled(widget);
        const parts = partsDeep(widget.shadowRoot!);
        expect(parts.length).to.be.greaterThan(3);
        for (const el of parts) {
          const style = getComputedStyle(el);
          for (const property of ['color', 'background-color', 'border-top-color'] as const) {
            const value = style.getPropertyValue(property);
            expect(allowed.has(value), `${tag} part="${el.getAttribute('part')}" ${property} ${value}`).to.equal(true);
          }
        }
      });
    }
  });

  describe('built-in themes pass axe, contrast included', () => {
    for (const theme of ['light', 'dark', 'high-contrast']) {
      it(theme, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div>${WIDGETS.map(([, template]) => template)}</div>`);
        for (const widget of wrapper.children) {
          widget.setAttribute('theme', theme);
          await settled(widget);
        }
        const mission = wrapper.querySelector('hms-mission')!;
        const expected = themeTokens(theme as ThemeName)['--hms-color-text'];
        const probe = Object.assign(document.createElement('span'), { textContent: 'x' });
        probe.style.color = expected;
        document.body.append(probe);
        const expectedRgb = getComputedStyle(probe).color;
        probe.remove();
        expect(getComputedStyle(part(mission, 'statement')!).color).to.equal(expectedRgb);
        await expect(wrapper).to.be.accessible();
      });
    }

    it('theme="auto" follows prefers-color-scheme', async () => {
      const el = await fixture<HTMLElement>(html`<hms-divisions src=${SRC} theme="auto"></hms-divisions>`);
      await settled(el);
      const color = () => getComputedStyle(part(el, 'division-summary')!).color;
      await emulateMedia({ colorScheme: 'light' });
      const light = color();
      await emulateMedia({ colorScheme: 'dark' });
      const dark = color();
      await emulateMedia({ colorScheme: 'light' });
      expect(light).not.to.equal(dark);
      expect(dark).to.equal('rgb(236, 234, 240)');
    });

    it('a partner\'s own token wins over the theme', async () => {
      const el = await fixture<HTMLElement>(
        html`<hms-divisions src=${SRC} theme="dark" style="--hms-color-primary: rgb(0, 128, 96)"></hms-divisions>`,
      );
      await settled(el);
      expect(getComputedStyle(part(el, 'division-count')!).color).to.equal('rgb(0, 128, 96)');
    });
  });

  describe('right-to-left languages', () => {
    it('Arabic lays the widget out right to left with logical properties', async () => {
      const el = await fixture<HTMLElement>(html`<hms-mission src=${SRC} locale="ar" variant="quote"></hms-mission>`);
      await settled(el);
      expect(el.getAttribute('dir')).to.equal('rtl');
      const quote = getComputedStyle(part(el, 'quote')!);
      expect(parseFloat(quote.borderRightWidth)).to.be.greaterThan(0);
      expect(parseFloat(quote.borderLeftWidth)).to.equal(0);
    });

    it('a dir the page set is kept', async () => {
      const el = await fixture<HTMLElement>(html`<hms-mission src=${SRC} locale="ar" dir="ltr" variant="quote"></hms-mission>`);
      await settled(el);
      expect(el.getAttribute('dir')).to.equal('ltr');
    });
  });

  describe('language resolution order', () => {
    it('own locale, then the provider\'s, then <html lang>, then the browser', async () => {
      const html_ = document.documentElement;
      const before = html_.lang;
      try {
        html_.lang = 'fr';
        expect(resolveLocale('es')).to.equal('es');
        expect(resolveLocale(undefined)).to.equal('fr');
        html_.lang = '';
        expect(resolveLocale(undefined)).to.equal(Intl.getCanonicalLocales(navigator.language)[0]);
        expect(resolveLocale('not a tag!')).to.equal(Intl.getCanonicalLocales(navigator.language)[0]);
        html_.lang = 'ar';
        const provider = await fixture<HTMLElement>(html`<hms-catalog src=${SRC} locale="en"><hms-divisions></hms-divisions></hms-catalog>`);
        const widget = provider.querySelector('hms-divisions')!;
        await settled(widget);
        expect(widget.getAttribute('dir'), 'the provider\'s English beats the page\'s Arabic').to.equal('ltr');
      } finally {
        html_.lang = before;
      }
    });
  });
});
