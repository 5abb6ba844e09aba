/**
 * Render turns: a page of widgets whose catalog arrives in one task would otherwise all render in
 * that task's microtask checkpoint, one long task that freezes the page (about 0.5 s for the demo's
 * ten widgets on a mid-range phone). Each widget waits for its turn instead: one widget renders per
 * task, the page gets the main thread back between them (input, paint), and widgets on screen go
 * before those below the fold. No timer is involved (`scheduler.yield()`, else a message to self),
 * so a page that goes away leaves nothing pending.
 */

import { nextTask } from '../internal/idle.js';

/** A widget waiting for its turn. */
interface Waiting {
  host: HTMLElement;
  start: () => void;
}

const queue: Waiting[] = [];
let running = false;
/** True from a widget's turn to the end of that task: another widget ready in the same task waits. */
let busy = false;

/**
 * Resolves when it is `host`'s turn to render; the caller then renders (Lit does, in the same
 * task) and the next widget's turn comes in a later task. Rejects with `signal`'s reason when the
 * widget stops waiting (it left the page, or its source changed).
 */
export function renderTurn(host: Waiting['host'], signal?: AbortSignal): Promise<void> {
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
      reject(signal!.reason);
    };
    // Nobody else waiting and on screen: render now, in this task (a widget added to a page whose
    // catalog is in hand shows it at once); whoever comes next in this task waits for a later one.
    if (!busy && queue.length === 0 && onScreen(host)) {
      busy = true;
      if (!running) void run();
      resolve();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    queue.push(waiting);
    if (!running) void run();
  });
}

/** How many widgets wait for their turn (for leak checks). */
export function waitingForTurn(): number {
  return queue.length;
}

async function run(): Promise<void> {
  running = true;
  try {
    do {
      // Whoever became ready in this task queues first; then the first one on screen goes.
      await nextTask();
      busy = false;
      // The widget renders in this task (its task result and Lit's update are microtasks); the next
      // one waits for a new task at the top of the loop.
      const next = queue.splice(firstOnScreen(), 1)[0];
      if (!next) continue;
      busy = true;
      next.start();
    } while (queue.length > 0);
  } finally {
    running = false;
    busy = false;
  }
}

/** The index of the first queued widget in the viewport, else 0 (the first to have asked). */
function firstOnScreen(): number {
  if (queue.length < 2) return 0;
  const index = queue.findIndex(({ host }) => onScreen(host));
  return index < 0 ? 0 : index;
}

/** True when some of `host` is in the viewport. */
function onScreen(host: HTMLElement): boolean {
  if (!host.isConnected || typeof innerHeight !== 'number') return false;
  const box = host.getBoundingClientRect();
  return box.bottom >= 0 && box.top <= innerHeight && box.right >= 0 && box.left <= innerWidth;
}
