// Issue 17: a page's first Intl.DateTimeFormat loads the browser's calendar data (15-38 ms in a
// new Chromium page, 60-150 ms on Lighthouse's 4x phone), and every card's skeleton formats its
// stand-in dates. The CDN bundle starts the formatting services in tasks of their own before it
// defines the page's tags; a page whose widgets format nothing of the kind (the mission) skips it.
import { expect } from '@open-wc/testing';
import { scenario, whenTrue } from '../helpers.js';

interface Probe {
  /** For each date formatter the page made: whether any hms-* tag was defined by then. */
  made: { defined: boolean }[];
  shown?: boolean;
}

describe('the CDN bundle starts the formatting services before it defines the tags', () => {
  function page(widget: string): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 400px; height: 300px; border: 0';
    frame.srcdoc = `<!doctype html><body style="margin: 0">
      ${widget}
      <script type="module">
        const probe = (window.probe = { made: [] });
        const defined = () => Boolean(customElements.get('hms-course-list') || customElements.get('hms-mission'));
        const Original = Intl.DateTimeFormat;
        Intl.DateTimeFormat = new Proxy(Original, {
          construct(target, args) {
            probe.made.push({ defined: defined() });
            return new target(...args);
          },
          apply(target, self, args) {
            probe.made.push({ defined: defined() });
            return target(...args);
          },
        });
        const widget = document.body.firstElementChild;
        const watch = setInterval(() => {
          if (widget.shadowRoot?.querySelector('[part~="item"], [part~="statement"]')) {
            probe.shown = true;
            clearInterval(watch);
          }
        }, 10);
        import('/dist/cdn/hms-widgets.js');
      </script>`;
    document.body.append(frame);
    return frame;
  }

  it('a course list: the first date formatter is made before any tag is defined, then the list shows its courses', async () => {
    const held = scenario('held');
    const frame = page(`<hms-course-list controls="none" limit="2" src="${held.url}"></hms-course-list>`);
    try {
      const probe = () => (frame.contentWindow as (Window & { probe?: Probe }) | null)?.probe;
      await whenTrue(() => (probe()?.made.length ?? 0) > 0);
      expect(probe()!.made[0].defined, 'a tag defined when the first date formatter was made').to.equal(false);
      await fetch(`/api/release/${held.key}`);
      await whenTrue(() => probe()?.shown === true);
    } finally {
      frame.remove();
      await fetch(`/api/release/${held.key}`);
    }
  });

  it('a mission alone: no date formatter at all', async () => {
    const held = scenario('held');
    const frame = page(`<hms-mission src="${held.url}"></hms-mission>`);
    try {
      const probe = () => (frame.contentWindow as (Window & { probe?: Probe }) | null)?.probe;
      await fetch(`/api/release/${held.key}`);
      await whenTrue(() => probe()?.shown === true);
      expect(probe()!.made, 'date formatters made').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
