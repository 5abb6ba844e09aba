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

/** A CSS colour as the browser computes it (rgb()). */
function rgbOf(color: string): string {
  const probe = Object.assign(document.createElement('span'), { textContent: 'x' });
  probe.style.color = color;
  document.body.append(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  return rgb;
}

async function settled(el: Element) {
  const widget = el as HTMLElement & { updateComplete: Promise<unknown> };
  if (widget.shadowRoot!.querySelector('[part~="skeleton"]')) await nextEvent(widget, 'hms-load');
  // A loaded widget given a new theme renders it (and its cards theirs) in its next update.
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
    // axe reads the colours a theme ends at: with motion reduced, an action's background changes at
    // once instead of transitioning from the previous theme's colour while axe samples it.
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));
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

    it('a partner\'s token for the theme wins over the theme (--hms-dark-color-*)', async () => {
      const el = await fixture<HTMLElement>(
        html`<hms-divisions src=${SRC} theme="dark" style="--hms-dark-color-primary: rgb(255, 200, 120)"></hms-divisions>`,
      );
      await settled(el);
      expect(getComputedStyle(part(el, 'division-count')!).color).to.equal('rgb(255, 200, 120)');
    });

    it('a brand colour set for light pages (--hms-color-*) does not reach a dark or high-contrast widget', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="--hms-color-primary: rgb(0, 96, 110); --hms-color-surface: rgb(250, 250, 250)">
        <hms-divisions src=${SRC}></hms-divisions>
        <hms-divisions src=${SRC} theme="dark"></hms-divisions>
        <hms-divisions src=${SRC} theme="high-contrast"></hms-divisions>
      </div>`);
      const [light, dark, contrast] = [...wrapper.children] as HTMLElement[];
      for (const el of [light, dark, contrast]) await settled(el);
      const color = (el: HTMLElement) => getComputedStyle(part(el, 'division-count')!).color;
      const surface = (el: HTMLElement) => getComputedStyle(part(el, 'division')!).backgroundColor;
      expect(color(light)).to.equal('rgb(0, 96, 110)');
      expect(surface(light)).to.equal('rgb(250, 250, 250)');
      expect(color(dark)).to.equal(rgbOf(themeTokens('dark')['--hms-color-primary']));
      expect(surface(dark)).to.equal(rgbOf(themeTokens('dark')['--hms-color-surface']));
      expect(color(contrast)).to.equal(rgbOf(themeTokens('high-contrast')['--hms-color-primary']));
    });
  });

  describe('a theme is inherited', () => {
    const cardsOf = (list: Element) => [...list.shadowRoot!.querySelectorAll('hms-course-card, hms-program-card')] as HTMLElement[];
    const titleColor = (card: HTMLElement) => getComputedStyle(part(card, 'title')!).color;

    for (const layout of ['grid', 'list', 'compact']) {
      it(`the cards of a dark or high-contrast course list take its theme (${layout})`, async () => {
        for (const theme of ['dark', 'high-contrast'] as const) {
          const list = await fixture<HTMLElement>(html`<hms-course-list src=${SRC} theme=${theme} layout=${layout} page-size="2" controls="none"></hms-course-list>`);
          await settled(list);
          expect(cardsOf(list)).to.have.length(2);
          for (const card of cardsOf(list)) expect(titleColor(card), theme).to.equal(rgbOf(themeTokens(theme)['--hms-color-text']));
        }
      });
    }

    it('the cards of a dark program list take its theme', async () => {
      const list = await fixture<HTMLElement>(html`<hms-program-list src=${SRC} theme="dark" now="2027-01-04T00:00:00Z"></hms-program-list>`);
      await settled(list);
      expect(cardsOf(list).length).to.be.greaterThan(0);
      for (const card of cardsOf(list)) {
        expect(titleColor(card)).to.equal(rgbOf(themeTokens('dark')['--hms-color-text']));
        expect(getComputedStyle(part(card, 'card')!).backgroundColor).to.equal(rgbOf(themeTokens('dark')['--hms-color-surface']));
      }
    });

    it('widgets inside <hms-catalog theme> take its theme; one with its own theme keeps it', async () => {
      const provider = await fixture<HTMLElement>(html`<hms-catalog src=${SRC} theme="dark">
        <hms-divisions></hms-divisions>
        <section><hms-course-card course-id="c-0019"></hms-course-card></section>
        <hms-course-card course-id="c-0019" theme="light"></hms-course-card>
      </hms-catalog>`);
      const [divisions, card, lightCard] = provider.querySelectorAll<HTMLElement>('hms-divisions, hms-course-card');
      for (const el of [divisions, card, lightCard]) await settled(el);
      expect(getComputedStyle(part(divisions, 'division-summary')!).color).to.equal(rgbOf(themeTokens('dark')['--hms-color-text']));
      expect(titleColor(card)).to.equal(rgbOf(themeTokens('dark')['--hms-color-text']));
      expect(titleColor(lightCard)).to.equal(rgbOf(themeTokens('light')['--hms-color-text']));
      expect(getComputedStyle(part(lightCard, 'card')!).backgroundColor).to.equal(rgbOf(themeTokens('light')['--hms-color-surface']));
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

    it('the widget marks its language on its host (WCAG 3.1.2), unless the page set lang itself', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <hms-mission src=${SRC} locale="es" variant="quote"></hms-mission>
        <hms-mission src=${SRC} locale="fr" lang="fr-CA" variant="quote"></hms-mission>
      </div>`);
      const [spanish, french] = wrapper.querySelectorAll('hms-mission');
      await settled(spanish);
      await settled(french);
      expect(spanish.getAttribute('lang')).to.equal('es');
      expect(french.getAttribute('lang')).to.equal('fr-CA');
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
