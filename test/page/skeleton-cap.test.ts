import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/define.js';
import { SKELETON_MAX_ITEMS } from '../../src/base/placeholder.js';
import { loadsOf, scenario } from '../helpers.js';

/**
 * A skeleton draws what a screen can show, not what the page size asks for: a list asked for
 * 10,000 cards a page once drew 10,000 placeholder cards before its content (the first layout of
 * 2,000 of them took 13 s here, and the bench's 10,000-card memory row never finished).
 */
describe('a skeleton is bounded', () => {
  for (const [tag, attrs, item] of [
    ['hms-course-list', 'page-size="10000"', 'hms-course-card'],
    ['hms-course-list', 'limit="5000" controls="none"', 'hms-course-card'],
    ['hms-news-list', 'limit="5000"', 'li'],
  ] as const) {
    it(`<${tag} ${attrs}> draws at most ${SKELETON_MAX_ITEMS} placeholder items, then its content`, async () => {
      const held = scenario('held');
      const loaded = loadsOf(1);
      const el = await fixture<HTMLElement>(staticHtml`<div><${unsafeStatic(tag)} src=${held.url} ${unsafeStatic(attrs)}></${unsafeStatic(tag)}></div>`);
      const widget = el.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await widget.updateComplete;
      const skeleton = widget.shadowRoot!.querySelector('[part~="skeleton"]');
      expect(skeleton, 'the skeleton is on screen').to.exist;
      const placeholders = skeleton!.querySelectorAll(`ul > ${item}, ul > li > ${item}`).length;
      expect(placeholders).to.be.within(1, SKELETON_MAX_ITEMS);
      await fetch(`/api/release/${held.key}`);
      await loaded;
      await widget.updateComplete;
      expect(widget.shadowRoot!.querySelector('[part~="skeleton"]'), 'the skeleton is gone').to.equal(null);
    });
  }
});
