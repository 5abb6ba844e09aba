import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

/**
 * A widget's server render (`hms-widgets render`, declarative shadow DOM) is parsed as its HTML
 * arrives, and the browser paints between two pieces. A piece of the widget must not show
 * half-read: a grid's drawn cards stretch and move when their row's later cards arrive (a layout
 * shift of 0.2 at 1280 px), filter fields narrow as more join their row. The test server sends the
 * page in pieces of 4 KB, 20 ms apart, to an iframe that records each frame and the page's layout
 * shifts. No script runs but that one: this is the markup and its styles alone, as a visitor sees
 * it before the hydration script has loaded.
 */

interface Frame {
  /** The shadow root's top-level elements before its live region, styles left out. */
  pieces: number;
  /** Those the parser is still in (no element after them yet). */
  reading: number;
  /** Of those, how many are visible. */
  shown: number;
  /** Top-level pieces hidden. */
  hidden: number;
}

async function streamed(tag: string, width: number): Promise<{ shift: number; frames: Frame[] }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/api/streamed-page/${tag}?piece=4096&gap=20`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { shift: number; record: Frame[] };
  // Two more frames: the last piece's layout, and its shifts reported.
  for (let i = 0; i < 2; i += 1) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  const recording = { shift: win.shift, frames: [...win.record] };
  frame.remove();
  return recording;
}

describe('a server render streamed in pieces', () => {
  before(() => setViewport({ width: 1400, height: 1000 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const tag of ['hms-course-list', 'hms-program-list', 'hms-news-list', 'hms-course-calendar']) {
    for (const width of [390, 1280]) {
      it(`<${tag}> at ${width} px: no frame shows a piece half-read, and nothing shifts`, async () => {
        const { shift, frames } = await streamed(tag, width);
        // The browser painted while the widget was arriving: the test saw what it is about.
        expect(frames.some((f) => f.reading > 0), 'a frame while the widget was arriving').to.equal(true);
        expect(frames.filter((f) => f.shown > 0), 'frames showing a piece the parser was still in').to.deep.equal([]);
        const last = frames.at(-1)!;
        expect(last.pieces, 'pieces of the server render').to.be.greaterThan(0);
        expect(last.hidden, 'pieces hidden once all of it is in').to.equal(0);
        expect(shift).to.be.below(0.01);
      });
    }
  }
});
