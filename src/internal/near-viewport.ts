/**
 * `loading="lazy"` (issue 17): a widget far below the fold shows its skeleton, and draws its content
 * only when it comes within a screen of the viewport, as an `<img loading="lazy">` does. Its catalog
 * still loads with the page's (one request per source), so the content is in hand when the visitor
 * gets there; what waits is the render (querying, sorting, formatting, the cards' DOM, the page's
 * layout), the largest part of a widget's cost on a phone.
 *
 * Printing draws every waiting widget first (`beforeprint`), and so does a hidden page (no frames,
 * so no observer report) once it is shown. Where there is no IntersectionObserver, nothing waits.
 */

/** How far outside the viewport a lazy widget starts drawing: one screen above and below. */
export const LAZY_MARGIN = '100% 0px';

const waiting = new Map<Element, Set<() => void>>();
let observer: IntersectionObserver | undefined;
let printing = false;

function release(el: Element): void {
  const done = waiting.get(el);
  if (!done) return;
  waiting.delete(el);
  observer?.unobserve(el);
  for (const resolve of done) resolve();
}

function releaseAll(): void {
  for (const el of [...waiting.keys()]) release(el);
}

/**
 * Resolves when `el` is within a screen of the viewport (at once when there is no
 * IntersectionObserver, or while the page prints); rejects with `signal`'s reason when the widget
 * stops waiting.
 */
export function whenNearViewport(el: Element, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (typeof IntersectionObserver !== 'function' || printing) return Promise.resolve();
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) release(entry.target);
      },
      { rootMargin: LAZY_MARGIN },
    );
    addEventListener('beforeprint', () => {
      printing = true;
      releaseAll();
    });
    addEventListener('afterprint', () => {
      printing = false;
    });
  }
  return new Promise((resolve, reject) => {
    let set = waiting.get(el);
    if (!set) {
      waiting.set(el, (set = new Set()));
      observer!.observe(el);
    }
    const onAbort = () => {
      set.delete(done);
      if (set.size === 0 && waiting.get(el) === set) {
        waiting.delete(el);
        observer?.unobserve(el);
      }
      reject(signal!.reason);
    };
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    set.add(done);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** How many widgets wait to come near the viewport (for leak checks). */
export function waitingNearViewport(): number {
  return waiting.size;
}
