/**
 * Render turns: a page of widgets whose catalog arrives in one task would otherwise all render in
 * that task's microtask checkpoint, one long task that freezes the page (about 0.5 s for the demo's
 * ten widgets on a mid-range phone). Each widget waits for its turn instead: one widget renders per
 * task, the page gets the main thread back between them (input, paint), and widgets on screen go
 * before those below the fold. No timer is involved (`scheduler.yield()`, else a message to self),
 * so a page that goes away leaves nothing pending.
 *
 * Where a widget is comes from an IntersectionObserver, never from measuring it: a measure
 * (`getBoundingClientRect`) in each turn forced the style and layout of the widget rendered in the
 * turn before, inside this turn's task (a trace of the demo's home page at 4x CPU: 80-270 ms of each
 * turn). The observer reports with the page's own rendering, once per frame for every widget.
 */

import { nextTask } from '../internal/idle.js';
import { onScreen, takeStartedOffScreen } from '../internal/start-positions.js';

/** A widget waiting for its turn. */
interface Waiting {
  host: HTMLElement;
  start: () => void;
}

const queue: Waiting[] = [];
let running = false;
/** True from a widget's turn to the end of that task: another widget ready in the same task waits. */
let busy = false;

/** What the observer last said of each widget that asked for a turn: true when some of it is in the viewport. */
const inView = new WeakMap<Element, boolean>();
let observer: IntersectionObserver | undefined;
/** Called at the observer's next report. */
let onReport: (() => void) | undefined;

/** Starts watching where `host` is (once per widget; the observer keeps no widget alive). */
function watch(host: HTMLElement): void {
  if (typeof IntersectionObserver !== 'function') return;
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) inView.set(entry.target, entry.isIntersecting);
    const report = onReport;
    onReport = undefined;
    report?.();
  });
  observer.observe(host);
}

/**
 * Resolves at the observer's next report (the frame after a widget started watching), at once
 * where there is no observer, and at once on a hidden page, which renders no frames.
 */
function nextReport(): Promise<void> {
  if (!observer || document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const previous = onReport;
    const done = () => {
      document.removeEventListener('visibilitychange', done);
      resolve();
    };
    onReport = () => {
      previous?.();
      done();
    };
    document.addEventListener('visibilitychange', done, { once: true });
  });
}

/**
 * Resolves when it is `host`'s turn to render; the caller then renders (Lit does, in the same
 * task) and the next widget's turn comes in a later task. Rejects with `signal`'s reason when the
 * widget stops waiting (it left the page, or its source changed).
 */
export function renderTurn(host: Waiting['host'], signal?: AbortSignal): Promise<void> {
  return waitForTurn(host, signal, true);
}

/** `renderTurn`, where `mayGoNow` lets a widget on screen with nobody waiting render in this task. */
function waitForTurn(host: HTMLElement, signal: AbortSignal | undefined, mayGoNow: boolean): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const waiting: Waiting = {
      host,
      start: () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
    };
    const onAbort = () => {
      const index = queue.indexOf(waiting);
      if (index >= 0) queue.splice(index, 1);
      if (!inQueue(host)) observer?.unobserve(host);
      reject(signal!.reason);
    };
    // Nobody else waiting and on screen: render now, in this task (a widget added to a page whose
    // catalog is in hand shows it at once); whoever comes next in this task waits for a later one.
    // What the observer said is used when it has said it; else the widget is measured, once.
    if (mayGoNow && !busy && queue.length === 0 && (inView.get(host) ?? onScreen(host))) {
      busy = true;
      if (!running) void run();
      resolve();
      return;
    }
    watch(host);
    signal?.addEventListener('abort', onAbort, { once: true });
    queue.push(waiting);
    if (!running) void run();
  });
}

/**
 * For a widget that was off screen when its tag was defined: resolves at its turn for its first
 * render. Undefined for every other widget (on screen then, or added to the page later): it renders now.
 */
export function firstRenderTurn(host: HTMLElement): Promise<void> | undefined {
  if (!takeStartedOffScreen(host)) return undefined;
  // It was off screen a moment ago: it queues, never measured again (the page's layout is not
  // clean now, and its widgets have lost the reserved space), and the observer says when it shows.
  return waitForTurn(host, undefined, false);
}

/** How many widgets wait for their turn (for leak checks). */
export function waitingForTurn(): number {
  return queue.length;
}

function inQueue(host: HTMLElement): boolean {
  return queue.some((waiting) => waiting.host === host);
}

async function run(): Promise<void> {
  running = true;
  try {
    do {
      // Whoever became ready in this task queues first; then the first one on screen goes.
      await nextTask();
      busy = false;
      // A widget the observer has not placed yet: wait for its report (the next frame) rather than measure it.
      if (queue.length > 1 && queue.some(({ host }) => host.isConnected && !inView.has(host))) await nextReport();
      // The widget renders in this task (its task result and Lit's update are microtasks); the next
      // one waits for a new task at the top of the loop.
      const next = queue.splice(firstOnScreen(), 1)[0];
      if (!next) continue;
      if (!inQueue(next.host)) observer?.unobserve(next.host);
      busy = true;
      next.start();
    } while (queue.length > 0);
  } finally {
    running = false;
    busy = false;
  }
}

/** The index of the first queued widget the observer saw in the viewport, else 0 (the first to have asked). */
function firstOnScreen(): number {
  if (queue.length < 2) return 0;
  const index = queue.findIndex(({ host }) => inView.get(host) === true);
  return index < 0 ? 0 : index;
}
