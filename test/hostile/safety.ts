// Shared checks of the hostile-input suites: what must never happen on a partner's page.
import { PWNED } from '../fixtures/hostile/corpus.mjs';

/** What test/hostile/pages/probe.js records on a page opened in an iframe (`window.hmsProbe`). */
export interface Probe {
  violations: string[];
  errors: string[];
  loads: string[];
  failures: string[];
  warnings: string[];
  /** What the page wrote with console.error. */
  logged: string[];
}

/** Uncaught errors and unhandled rejections that reached the window while `watch` ran. */
export async function pageFailures<T>(watch: () => Promise<T>): Promise<{ result: T; failures: string[] }> {
  const failures: string[] = [];
  const onError = (event: ErrorEvent) => failures.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => failures.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const result = await watch();
    // Give late failures (image error handlers, rejected promises nobody awaited) a chance to show.
    await new Promise((resolve) => setTimeout(resolve, 30));
    return { result, failures };
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

/** Every element under `root`, inside open shadow roots too. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

const SAFE_LINK = new Set(['http:', 'https:', 'mailto:']);
const SAFE_IMAGE = new Set(['http:', 'https:']);
const NEVER = new Set(['iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'svg', 'math']);

/**
 * What a widget's DOM may never hold, whatever the data: event-handler attributes, elements that
 * run or load documents, links and images with other schemes than http(s)/mailto, `mailto:` links
 * with headers (`?bcc=`, `body=`), images that would send the page's address to their host,
 * scripts other than the list's own JSON-LD. Returns the problems found (empty when the DOM is safe).
 */
export function unsafeDom(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of deepElements(root)) {
    const name = el.localName;
    for (const attr of el.getAttributeNames()) if (attr.startsWith('on')) problems.push(`<${name} ${attr}>`);
    if (NEVER.has(name)) problems.push(`<${name}>`);
    if (name === 'form' && el.hasAttribute('action')) problems.push('<form action>');
    if (name === 'script' && !((el as HTMLScriptElement).type === 'application/ld+json' && el.hasAttribute('data-hms-generated'))) {
      problems.push(`<script type="${(el as HTMLScriptElement).type}">`);
    }
    if (name === 'a' && el.hasAttribute('href') && !SAFE_LINK.has(new URL((el as HTMLAnchorElement).href).protocol)) {
      problems.push(`<a href="${el.getAttribute('href')}">`);
    }
    if (name === 'a' && /^mailto:[^?]*\?/i.test(el.getAttribute('href') ?? '')) problems.push(`<a href="${el.getAttribute('href')}"> (mailto with headers)`);
    if (name === 'img' && !SAFE_IMAGE.has(new URL((el as HTMLImageElement).src, document.baseURI).protocol)) {
      problems.push(`<img src="${el.getAttribute('src')}">`);
    }
    // A link or image written as relative stays on the page's host (`//host` and `/\host` would leave it unseen).
    const target = name === 'a' ? el.getAttribute('href') : name === 'img' ? el.getAttribute('src') : null;
    if (target !== null && !/^[a-z][a-z0-9+.-]*:/i.test(target) && new URL(target, document.baseURI).host !== location.host) {
      problems.push(`<${name} "${target}"> looks relative but goes to another host`);
    }
    // An image host must not learn which partner page shows it.
    if (name === 'img' && (el as HTMLImageElement).referrerPolicy !== 'no-referrer') problems.push(`<img src="${el.getAttribute('src')}"> sends a Referer`);
  }
  return problems;
}

/** The flag a payload sets when it runs; undefined as long as nothing ran. */
export const pwned = (): unknown => (window as unknown as Record<string, unknown>)[PWNED];
