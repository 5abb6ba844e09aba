import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import { loadsOf, scenario } from '../helpers.js';

/**
 * Every widget, layout and variant as a partner embeds it: the skeleton it shows while the catalog
 * is on its way must take the space the loaded widget then takes, within 10 %, on a phone and on a
 * desktop. The test server holds the catalog until the skeleton has been measured.
 */
const EMBEDS: { tag: string; attrs: string }[] = [
  { tag: 'hms-mission', attrs: 'variant="full"' },
  { tag: 'hms-mission', attrs: 'variant="quote"' },
  { tag: 'hms-mission', attrs: 'variant="compact"' },
  { tag: 'hms-course-list', attrs: 'layout="grid"' },
  { tag: 'hms-course-list', attrs: 'layout="list"' },
  { tag: 'hms-course-list', attrs: 'layout="compact"' },
  { tag: 'hms-course-list', attrs: 'layout="grid" page-size="9"' },
  { tag: 'hms-course-list', attrs: 'layout="list" limit="3" controls="none" modality="live" status="open"' },
  { tag: 'hms-course-list', attrs: 'layout="grid" limit="3" controls="none"' },
  { tag: 'hms-course-list', attrs: 'layout="compact" limit="5" controls="none"' },
  { tag: 'hms-course-list', attrs: 'layout="band" limit="3" controls="none" modality="live" status="open"' },
  { tag: 'hms-course-list', attrs: 'layout="band" limit="4" controls="none"' },
  { tag: 'hms-course-list', attrs: 'layout="list" page-size="3" controls="search, modality"' },
  { tag: 'hms-course-card', attrs: 'course-id="c-0001" variant="card"' },
  { tag: 'hms-course-card', attrs: 'course-id="c-0001" variant="row"' },
  { tag: 'hms-course-card', attrs: 'course-id="c-0001" variant="compact"' },
  { tag: 'hms-program-list', attrs: '' },
  { tag: 'hms-program-card', attrs: 'program-id="gcsrt"' },
  { tag: 'hms-program-card', attrs: 'program-id="lam"' },
  { tag: 'hms-news-list', attrs: 'layout="cards" limit="3"' },
  { tag: 'hms-news-list', attrs: 'layout="cards" limit="2"' },
  { tag: 'hms-news-list', attrs: 'layout="list" limit="2"' },
  { tag: 'hms-divisions', attrs: '' },
];

const WIDTHS = [390, 1280];

async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('no jump: a skeleton takes the loaded widget\'s space', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of WIDTHS) {
    for (const { tag, attrs } of EMBEDS) {
      it(`<${tag} ${attrs}> at ${width} px`, async () => {
        await setViewport({ width, height: 900 });
        const held = scenario('held');
        const loaded = loadsOf(1);
        const el = await fixture<HTMLElement>(
          staticHtml`<div class="page"><${unsafeStatic(tag)} src=${held.url} ${unsafeStatic(attrs)}></${unsafeStatic(tag)}></div>`,
        );
        const widget = el.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await widget.updateComplete;
        await frames();
        const skeleton = widget.getBoundingClientRect().height;
        expect(widget.shadowRoot!.querySelector('[part~="skeleton"]'), 'the skeleton is on screen').to.exist;
        await fetch(`/api/release/${held.key}`);
        await loaded;
        await widget.updateComplete;
        await frames();
        const final = widget.getBoundingClientRect().height;
        expect(Math.abs(skeleton - final) / final, `skeleton ${skeleton.toFixed(0)} px, loaded ${final.toFixed(0)} px`).to.be.at.most(0.1);
      });
    }
  }
});
