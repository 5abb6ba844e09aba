import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import sinon from 'sinon';
import '../../src/define.js';
import { capturingWarnings, whenTrue } from '../helpers.js';
import { deepElements } from '../hostile/safety.js';

/**
 * Visual regression: each widget in each layout and variant, at 390 and 1280 px, in the light and
 * dark themes and in Arabic (right to left), against the screenshots in test/visual/baseline/.
 * A CSS change that moves a layout fails here. Deterministic by construction: a fixed catalog
 * (test/visual/catalog.json, its one image a local SVG), a fixed clock (Date only; timers stay
 * real), DejaVu Sans for every script shown (`.ci/run` installs it), no animation, no caret.
 *
 * After an intended change, write new baselines (and look at them before committing):
 *   npx wtr --files test/visual/widgets.test.ts --update-visual-baseline
 */
const SRC = '/test/visual/catalog.json';
const NOW = new Date('2027-01-15T12:00:00Z');
const WIDTHS = [390, 1280] as const;
const LOOKS = ['light', 'dark', 'ar'] as const;

/** Each widget, layout and variant: a name for its screenshot, and its tag with attributes. */
const CASES: { name: string; tag: string; attrs: string }[] = [
  { name: 'mission-full', tag: 'hms-mission', attrs: '' },
  { name: 'mission-quote', tag: 'hms-mission', attrs: 'variant="quote"' },
  { name: 'mission-compact', tag: 'hms-mission', attrs: 'variant="compact"' },
  { name: 'course-list-grid', tag: 'hms-course-list', attrs: 'page-size="4"' },
  { name: 'course-list-list', tag: 'hms-course-list', attrs: 'page-size="3" layout="list" controls="search, modality"' },
  { name: 'course-list-compact', tag: 'hms-course-list', attrs: 'limit="5" layout="compact" controls="none"' },
  // `band` comes with the cards branch; until it is merged the list warns and draws its grid.
  { name: 'course-list-band', tag: 'hms-course-list', attrs: 'limit="3" layout="band" controls="none" status="open"' },
  { name: 'course-card-card', tag: 'hms-course-card', attrs: 'course-id="c-0001"' },
  { name: 'course-card-row', tag: 'hms-course-card', attrs: 'course-id="c-0002" variant="row"' },
  { name: 'course-card-compact', tag: 'hms-course-card', attrs: 'course-id="c-0003" variant="compact"' },
  { name: 'program-list', tag: 'hms-program-list', attrs: '' },
  { name: 'program-card', tag: 'hms-program-card', attrs: 'program-id="gcsrt"' },
  { name: 'news-list-list', tag: 'hms-news-list', attrs: 'limit="3"' },
  { name: 'news-list-cards', tag: 'hms-news-list', attrs: 'limit="3" layout="cards"' },
  { name: 'divisions', tag: 'hms-divisions', attrs: '' },
  { name: 'course-calendar-month', tag: 'hms-course-calendar', attrs: 'view="month" month="2027-05" now="2027-01-15T12:00:00Z"' },
  { name: 'course-calendar-agenda', tag: 'hms-course-calendar', attrs: 'view="agenda" month="2027-05" now="2027-01-15T12:00:00Z"' },
];

/** The widget drawn: catalog in, no skeleton anywhere inside (cards included), every image decoded, the items in view drawn. */
async function settled(el: Element): Promise<void> {
  await whenTrue(() => {
    const all = [el, ...deepElements(el.shadowRoot ?? el)];
    return all.every((node) => !node.localName.startsWith('hms-') || (node.shadowRoot?.firstElementChild && !node.shadowRoot.querySelector('[part~="skeleton"]')));
  });
  const images = [...deepElements(el.shadowRoot!)].filter((node): node is HTMLImageElement => node instanceof HTMLImageElement);
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  // A list's items (content-visibility: auto) are drawn once the browser has found them in the
  // viewport, a frame or more after their layout; a shot taken before caught a grid's cards blank
  // (a clean-clone CI run, course-list-grid at 1280 px). Those in the viewport must be drawn.
  await whenTrue(() =>
    [...deepElements(el.shadowRoot!)].every((node) => {
      if (node.localName !== 'li' || getComputedStyle(node).contentVisibility !== 'auto') return true;
      const box = node.getBoundingClientRect();
      return box.top >= innerHeight || box.bottom <= 0 || node.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) !== false;
    }),
  );
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

describe('visual regression: every widget, layout and variant', function () {
  this.timeout(120000);
  let clock: sinon.SinonFakeTimers;
  let style: HTMLStyleElement;

  before(() => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
    style = document.createElement('style');
    // The page's font for every widget (they inherit it), the same on every machine with DejaVu.
    style.textContent = `
      body { margin: 0; background: #ffffff; }
      .shot { box-sizing: border-box; font-family: 'DejaVu Sans'; font-size: 16px; line-height: 1.5; background: #ffffff; color: #1b2430; }
      .shot.dark { background: #0e0d11; }
      .shot * { caret-color: transparent; }
    `;
    document.head.append(style);
  });
  after(async () => {
    clock.restore();
    style.remove();
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      // Tall enough that every widget is in the viewport: lazy images load, nothing is cut.
      before(() => setViewport({ width, height: 2400 }));

      for (const look of LOOKS) {
        for (const { name, tag, attrs } of CASES) {
          it(`${name}, ${look}`, async () => {
            const extra = look === 'dark' ? 'theme="dark"' : look === 'ar' ? 'locale="ar"' : '';
            const tagName = unsafeStatic(tag);
            const { result: wrapper } = await capturingWarnings(async () => {
              const wrapper = await fixture<HTMLElement>(
                staticHtml`<div class="shot ${look}" style="width: ${width}px"><${tagName} src=${SRC} ${unsafeStatic(attrs)} ${unsafeStatic(extra)}></${tagName}></div>`,
              );
              await settled(wrapper.firstElementChild!);
              return wrapper;
            });
            expect(wrapper.getBoundingClientRect().width).to.equal(width);
            await visualDiff(wrapper, `${name}-${width}-${look}`);
          });
        }
      }
    });
  }
});
