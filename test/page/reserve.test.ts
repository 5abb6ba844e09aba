import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import { loadsOf } from '../helpers.js';

/**
 * The README's "reserve the space" CSS (between its `reserve-css` markers) is exact: a tag that is
 * not defined yet takes, under that CSS alone, the height the loaded widget then takes, within 10 %,
 * for each embed the README lists, on a phone and on a desktop. The undefined tag is measured in an
 * iframe that never loads the library (its own registry has no hms-* tag); the loaded widget here.
 */
const EMBEDS: { tag: string; attrs: string }[] = [
  { tag: 'hms-mission', attrs: '' },
  { tag: 'hms-mission', attrs: 'variant="quote"' },
  { tag: 'hms-mission', attrs: 'variant="compact"' },
  { tag: 'hms-course-list', attrs: '' },
  { tag: 'hms-course-list', attrs: 'page-size="9"' },
  { tag: 'hms-course-list', attrs: 'limit="3" controls="none" layout="list" modality="live" status="open"' },
  { tag: 'hms-course-list', attrs: 'limit="3" controls="none" layout="band" modality="live" status="open"' },
  { tag: 'hms-course-card', attrs: 'course-id="c-0001"' },
  { tag: 'hms-program-list', attrs: '' },
  { tag: 'hms-program-card', attrs: 'program-id="gcsrt"' },
  { tag: 'hms-course-list', attrs: 'controls="search, modality" page-size="3" layout="list"' },
  { tag: 'hms-news-list', attrs: 'limit="3" layout="cards"' },
  { tag: 'hms-news-list', attrs: 'limit="2" layout="cards"' },
  { tag: 'hms-divisions', attrs: '' },
];
const WIDTHS = [390, 1280];

let reserveCss = '';

/** The height the README's CSS gives `<tag attrs>` before it is defined, in a page `width` px wide. */
async function reservedHeight(tag: string, attrs: string, width: number): Promise<number> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0; display: block`;
  frame.srcdoc = `<!doctype html><style>${reserveCss}</style><body><${tag} ${attrs}></${tag}></body>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const height = frame.contentDocument!.querySelector(tag)!.getBoundingClientRect().height;
  frame.remove();
  return height;
}

describe("the README's reserve CSS: a widget not yet defined takes its loaded height", () => {
  before(async () => {
    const readme = await (await fetch('/README.md')).text();
    const block = readme.match(/<!-- reserve-css:start -->\s*```css\n([\s\S]*?)```\s*<!-- reserve-css:end -->/);
    expect(block, 'the README has the reserve CSS between its markers').to.not.equal(null);
    reserveCss = block![1];
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of WIDTHS) {
    for (const { tag, attrs } of EMBEDS) {
      it(`<${tag} ${attrs}> at ${width} px`, async () => {
        await setViewport({ width, height: 900 });
        const reserved = await reservedHeight(tag, attrs, width);
        const loaded = loadsOf(1);
        const el = await fixture<HTMLElement>(staticHtml`<${unsafeStatic(tag)} src="/demo/catalog.json" ${unsafeStatic(attrs)}></${unsafeStatic(tag)}>`);
        await loaded;
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const final = el.getBoundingClientRect().height;
        expect(Math.abs(reserved - final) / final, `reserved ${reserved.toFixed(0)} px, loaded ${final.toFixed(0)} px`).to.be.at.most(0.1);
      });
    }
  }
});
