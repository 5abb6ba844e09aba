// Issue 17: the widgets of a page are all upgraded in the task that defines their tags. Those on
// screen then draw their first render (the skeleton) in that task; those below the fold each wait
// for a turn of their own, so the defining task holds only what the visitor sees.
import { expect } from '@open-wc/testing';
import { scenario, whenTrue } from '../helpers.js';

interface FrameProbe {
  order: string[];
  together: string[][];
}

describe('first render turns: widgets off screen when the library starts draw their skeleton later', () => {
  it('the widget on screen draws its skeleton in the defining task, the one far below in a later task', async () => {
    const held = scenario('held');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 400px; height: 300px; border: 0';
    const define = new URL('../../src/define.ts', import.meta.url).href;
    // The page as a partner writes it: widgets in the HTML, then the library; each render is seen
    // from a mutation observer on every shadow root (the observer's callbacks are microtasks of the
    // render's own task, so two widgets seen fresh in one callback rendered in the same task).
    frame.srcdoc = `<!doctype html><body style="margin: 0">
      <hms-mission id="top" variant="compact" src="${held.url}"></hms-mission>
      <div style="height: 5000px"></div>
      <hms-mission id="far" variant="compact" src="${held.url}"></hms-mission>
      <script type="module">
        const probe = (window.probe = { order: [], together: [] });
        const widgets = () => [...document.querySelectorAll('hms-mission')];
        const observer = new MutationObserver(() => {
          const fresh = widgets().filter((el) => el.shadowRoot?.querySelector('[part~="skeleton"]') && !probe.order.includes(el.id)).map((el) => el.id);
          if (fresh.length > 1) probe.together.push(fresh);
          probe.order.push(...fresh);
        });
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = attach.call(this, init);
          observer.observe(root, { childList: true, subtree: true });
          return root;
        };
        await import(${JSON.stringify(define)});
      </script>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & { probe?: FrameProbe }) | null;
      await whenTrue(() => (win()?.probe?.order.length ?? 0) >= 2);
      const probe = win()!.probe!;
      expect(probe.order, 'first renders, in order').to.deep.equal(['top', 'far']);
      expect(probe.together, 'no two skeletons drawn in the same task').to.deep.equal([]);
    } finally {
      frame.remove();
      await fetch(`/api/release/${held.key}`);
    }
  });
});
