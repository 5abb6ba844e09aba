import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import { EMBEDS, loadsOf, scenario } from '../helpers.js';

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
