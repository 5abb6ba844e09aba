/**
 * Which of the page's widgets were off screen when the library defined its first tag (issue 17):
 * measured once, before any widget renders, while the page's `:not(:defined)` reserve still holds
 * them in place. Render turns (src/controllers/render-turns.ts) let those draw their first render
 * in a turn of their own instead of in the task that defines them all.
 */

const startedOffScreen = new WeakSet<Element>();
/** Where each widget's top was in the viewport when the library started (CSS px from the viewport's top). */
const startTops = new WeakMap<Element, number>();
let noted = false;

/** Notes the page's `hms-*` widgets that are outside the viewport now, and where each starts; only the first call measures. */
export function noteStartPositions(): void {
  if (noted || typeof document === 'undefined' || typeof innerHeight !== 'number') return;
  noted = true;
  for (const el of document.querySelectorAll(':not(:defined)')) {
    if (!el.localName.startsWith('hms-')) continue;
    if (!onScreen(el)) startedOffScreen.add(el);
    startTops.set(el, el.getBoundingClientRect().top);
  }
}

/**
 * The CDN bundle's start (issue 17): resolves once the page's undefined `hms-*` widgets are placed,
 * noting which are off screen, without measuring them. An IntersectionObserver reports with the
 * browser's own next frame, so the bundle's evaluation and the tags' definition (with the first
 * renders of the widgets on screen) are two tasks, and no layout is forced inside either (a
 * `getBoundingClientRect` per widget before the definitions laid the whole page out inside the
 * bundle's task). Meanwhile the page's `:not(:defined)` reserve holds each widget's place. At once
 * where there is nothing to place, no observer, or no frame to wait for (a hidden page): then the
 * definitions measure as before ({@link noteStartPositions}).
 */
export function whenPlaced(): Promise<void> {
  if (noted || typeof document === 'undefined' || typeof IntersectionObserver !== 'function' || document.visibilityState !== 'visible') {
    return Promise.resolve();
  }
  const widgets = [...document.querySelectorAll(':not(:defined)')].filter((el) => el.localName.startsWith('hms-'));
  if (widgets.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      document.removeEventListener('visibilitychange', done);
      observer.disconnect();
      resolve();
    };
    const observer = new IntersectionObserver((entries) => {
      if (noted) return done();
      noted = true;
      for (const entry of entries) {
        if (!entry.isIntersecting) startedOffScreen.add(entry.target);
        startTops.set(entry.target, entry.boundingClientRect.top);
      }
      done();
    });
    for (const el of widgets) observer.observe(el);
    // A page hidden before its first frame gets no report: define then (measuring, as before).
    document.addEventListener('visibilitychange', done, { once: true });
  });
}

/** True, once, for a widget that was off screen when the library started. */
export function takeStartedOffScreen(el: Element): boolean {
  return startedOffScreen.delete(el);
}

/**
 * Where `el`'s top was in the viewport when the library started (negative above it, past
 * `innerHeight` below it), once: a widget's first render uses it to draw no more items than the
 * screen below its top holds (see firstScreenItems). Undefined after that, and for a widget added later.
 */
export function takeStartTop(el: Element): number | undefined {
  const top = startTops.get(el);
  startTops.delete(el);
  return top;
}

/** True when some of `el` is in the viewport (a measure: it forces layout when the page changed since the last one). */
export function onScreen(el: Element): boolean {
  if (!el.isConnected || typeof innerHeight !== 'number') return false;
  const box = el.getBoundingClientRect();
  return box.bottom >= 0 && box.top <= innerHeight && box.right >= 0 && box.left <= innerWidth;
}
