/**
 * Runs `work` once the page is idle, with the time left in that idle period; where the browser has
 * no `requestIdleCallback` (Safari), after `fallbackMs`, with no deadline. `timeout` caps the wait
 * for an idle period on a page that is never idle.
 */
export function whenIdle(work: (deadline?: IdleDeadline) => void, fallbackMs: number, timeout?: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, timeout === undefined ? undefined : { timeout });
  else setTimeout(work, fallbackMs);
}

/**
 * Gives the page back to the browser (input, rendering, other tasks) and resumes in a later task:
 * `scheduler.yield()` where the browser has it (the continuation keeps its place in line), else
 * {@link plainTask}.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : plainTask();
}

/**
 * Resumes in a task of its own at the back of the line, behind the page's other tasks (not
 * `scheduler.yield()`, whose continuation jumps ahead of them): a message to self, without the
 * clamping of nested timers; a timer where there is no `MessageChannel`.
 */
export function plainTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') return void setTimeout(resolve);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Resolves once the next frame is painted, in a task of background priority where the browser has
 * `scheduler.postTask` (else in the next task, {@link nextTask}): for work whose result may wait a frame, after
 * whatever is about to be painted and after tasks of normal priority (a key pressed meanwhile). A
 * hidden page paints no frames: there, and when the page is hidden while waiting, it resolves in a
 * later task.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined' || document.visibilityState === 'hidden') return nextTask();
  return new Promise<void>((resolve) => {
    const done = () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('visibilitychange', done);
      resolve();
    };
    // A task asked for in a frame callback runs after that frame's rendering.
    const frame = requestAnimationFrame(() => {
      document.removeEventListener('visibilitychange', done);
      const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
      if (scheduler?.postTask) void scheduler.postTask(resolve, { priority: 'background' });
      else void nextTask().then(resolve);
    });
    document.addEventListener('visibilitychange', done);
  });
}
