import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

/**
 * A server-rendered list (`hms-widgets render`, declarative shadow DOM) is parsed as its HTML
 * arrives, and the browser paints between two pieces. Its list must not show half-read: cards drawn
 * while their row's later cards are on their way stretch, and move, when those arrive (a layout
 * shift of 0.2 at 1280 px). The test server sends the page one list item at a time, 60 ms apart,
 * to an iframe that records each frame and the page's layout shifts. No script runs but that one:
 * this is the markup and its styles alone, as a visitor sees it before the hydration script loads.
 */

interface Recording {
  shift: number;
  frames: { items: number; visible: boolean }[];
}

async function streamed(tag: string): Promise<Recording> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/api/streamed-page/${tag}?gap=60`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & Recording;
  // Two more frames: the last piece's layout, and its shifts reported.
  for (let i = 0; i < 2; i += 1) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  const recording = { shift: win.shift, frames: [...win.frames] };
  frame.remove();
  return recording;
}

describe('a server-rendered list streamed in pieces', () => {
  before(() => setViewport({ width: 1400, height: 1000 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const tag of ['hms-course-list', 'hms-program-list', 'hms-news-list']) {
    it(`<${tag}>: no frame shows part of its list, and nothing shifts`, async () => {
      const { shift, frames } = await streamed(tag);
      const all = Math.max(...frames.map((f) => f.items));
      expect(all, 'list items in the server render').to.be.greaterThan(1);
      // The browser did paint the list half-read: the test saw what it is about.
      expect(frames.some((f) => f.items < all), 'a frame while the list was arriving').to.equal(true);
      expect(frames.filter((f) => f.visible && f.items < all), 'frames showing part of the list').to.deep.equal([]);
      expect(frames.at(-1)?.visible, 'the list once all of it is in').to.equal(true);
      expect(shift).to.be.below(0.01);
    });
  }
});
