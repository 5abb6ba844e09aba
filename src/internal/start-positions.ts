/**
 * Which of the page's widgets were off screen when the library defined its first tag (issue 17):
 * measured once, before any widget renders, while the page's `:not(:defined)` reserve still holds
 * them in place. Render turns (src/controllers/render-turns.ts) let those draw their first render
 * in a turn of their own instead of in the task that defines them all.
 */

const startedOffScreen = new WeakSet<Element>();
let noted = false;

/** Notes the page's `hms-*` widgets that are outside the viewport now; only the first call measures. */
export function noteStartPositions(): void {
  if (noted || typeof document === 'undefined' || typeof innerHeight !== 'number') return;
  noted = true;
  for (const el of document.querySelectorAll(':not(:defined)')) {
    if (el.localName.startsWith('hms-') && !onScreen(el)) startedOffScreen.add(el);
  }
}

/** True, once, for a widget that was off screen when the library started. */
export function takeStartedOffScreen(el: Element): boolean {
  return startedOffScreen.delete(el);
}

/** True when some of `el` is in the viewport (a measure: it forces layout when the page changed since the last one). */
export function onScreen(el: Element): boolean {
  if (!el.isConnected || typeof innerHeight !== 'number') return false;
  const box = el.getBoundingClientRect();
  return box.bottom >= 0 && box.top <= innerHeight && box.right >= 0 && box.left <= innerWidth;
}
