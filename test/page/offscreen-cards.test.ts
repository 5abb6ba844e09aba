// Issue 17: a list's cards out of view are neither laid out nor painted until they come near the
// viewport (content-visibility: auto); those on screen are, and paper shows every one.
import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { scenario, settledFixture } from '../helpers.js';

const frames = async (count = 3) => {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** Whether the browser renders the card in `li` now (false when the item's content-visibility skips its content). */
const rendered = (li: Element) => li.firstElementChild!.checkVisibility({ contentVisibilityAuto: true });

describe('cards out of view are left undrawn until they come near it', () => {
  before(() => setViewport({ width: 390, height: 700 }));
  afterEach(() => emulateMedia({ media: 'screen' }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [tag, attributes] of [
    ['hms-course-list', 'controls="none" page-size="9"'],
    ['hms-course-list', 'controls="none" page-size="9" layout="list"'],
    ['hms-program-list', ''],
    ['hms-news-list', 'limit="6"'],
  ] as const) {
    it(`<${tag} ${attributes}> at 390 px: the first card is drawn, the last (far below) is not until it is scrolled to; printing draws it`, async () => {
      const source = scenario('ok');
      const made = document.createElement('template');
      made.innerHTML = `<${tag} src="${source.url}" ${attributes}></${tag}>`;
      const { el } = await settledFixture<HTMLElement>(html`${made.content.firstElementChild}`);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      scrollTo(0, 0);
      el.scrollIntoView({ block: 'start' });
      await frames();
      const items = [...el.shadowRoot!.querySelectorAll('[part~="list"] > li')];
      expect(items.length, 'cards').to.be.greaterThan(2);
      const last = items.at(-1)!;
      expect(last.getBoundingClientRect().top, 'the last card, below the viewport by more than a screen').to.be.greaterThan(innerHeight * 2);
      expect(rendered(items[0]), 'the first card, on screen').to.equal(true);
      expect(rendered(last), 'the last card, far below').to.equal(false);
      await emulateMedia({ media: 'print' });
      await frames();
      expect(rendered(last), 'the last card, printed').to.equal(true);
      await emulateMedia({ media: 'screen' });
      last.scrollIntoView();
      await frames();
      expect(rendered(last), 'the last card, scrolled to').to.equal(true);
    });
  }
});
