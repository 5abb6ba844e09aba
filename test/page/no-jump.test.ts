import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import { EMBEDS, loadsOf, scenario } from '../helpers.js';
import { generateCatalog } from '../../scripts/catalog-generator.js';

/**
 * Every widget, layout and variant as a partner embeds it (EMBEDS): the skeleton it shows while the catalog
 * is on its way must take the space the loaded widget then takes, within 10 %, on a phone and on a
 * desktop. The test server holds the catalog until the skeleton has been measured.
 */

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

describe('no jump: a first screen drawn before the whole catalog is validated takes the whole list\'s space', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  // A list of a large catalog in hand draws its cards from the first courses, with the filters, the
  // count and the pager in their skeleton, and the rest once the whole catalog is validated.
  const lists = EMBEDS.filter(({ tag, attrs }) => tag === 'hms-course-list' && !/modality=|status=/.test(attrs));
  for (const width of WIDTHS) {
    for (const { attrs } of lists) {
      it(`<hms-course-list ${attrs}> of 1,000 courses at ${width} px`, async () => {
        await setViewport({ width, height: 900 });
        const page = await fixture<HTMLElement>(staticHtml`<div class="page"></div>`);
        const list = document.createElement('hms-course-list') as HTMLElement & { catalog?: object; updateComplete: Promise<unknown> };
        for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) list.setAttribute(name, value);
        list.catalog = generateCatalog({ courses: 1000, seed: 1 });
        const loaded = loadsOf(1, list);
        page.append(list);
        await list.updateComplete;
        // Measured once the first screen's frame is painted (cards out of view keep a typical card's
        // height until that frame finds them on screen or not): in a task of normal priority asked for
        // in that frame, ahead of the whole validation, which waits for a task of background priority.
        const first = await new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(list.getBoundingClientRect().height);
            channel.port2.postMessage(null);
          }),
        );
        expect(list.shadowRoot!.querySelector('[part~="results"]')?.getAttribute('aria-busy'), 'the first screen is on').to.equal('true');
        await loaded;
        await list.updateComplete;
        await frames();
        const final = list.getBoundingClientRect().height;
        expect(Math.abs(first - final) / final, `first screen ${first.toFixed(0)} px, whole list ${final.toFixed(0)} px`).to.be.at.most(0.02);
      });
    }
  }
});
