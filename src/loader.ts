/**
 * The autoloader (`dist/cdn/hms-widgets-loader.js`): the one-line embed. It finds the `hms-*` tags on
 * the page, and those added later, and imports from its own folder the one CDN file that defines
 * them: a widget's own file when the page uses one widget (and the cards it renders), the full
 * bundle when it uses several. Each CDN file carries its own copy of Lit and of the data layer, so
 * loading one file per page is what keeps Lit to one copy and each catalog to one request.
 *
 * Why files and not shared chunks: split into a shared core and per-widget chunks, the same code
 * weighed 1 to 8 KB gzip more per page than the one file it needs (docs/distribution.md has the
 * numbers). Why no `attachShadow` patch: changing a built-in of the host page is not ours to do and
 * would run for every shadow root of every framework on the page; a host that renders our tags
 * inside its own shadow root calls `discover(shadowRoot)` once.
 *
 * No Lit here, no catalog code: this file stays under 1.5 KB.
 */

/** Which tags each CDN file defines, written by the build (scripts/build-cdn.mjs) from the sources. */
declare const __HMS_FILES__: Record<string, string[]>;

/** Which tags each CDN file defines (the table the loader picks from). */
export const files: Readonly<Record<string, readonly string[]>> = __HMS_FILES__;
const FILES = files;
const FULL = 'hms-widgets.js';
const known = new Set(FILES[FULL]);
const imported = new Map<string, Promise<unknown>>();
const observed = new WeakSet<Node>();

/** Tags of ours under `root` (itself included) that no file defines yet. */
function missing(root: ParentNode, into: Set<string>): Set<string> {
  const visit = (el: Element): void => {
    if (known.has(el.localName) && !customElements.get(el.localName)) into.add(el.localName);
  };
  if (root instanceof Element) visit(root);
  for (const el of root.querySelectorAll('*')) visit(el);
  return into;
}

/** The file to import for these tags: the smallest single file that defines all of them, else the full bundle. */
function fileFor(tags: Set<string>): string {
  if (imported.size) {
    // A kind of widget added after a single widget's file was imported: only the full bundle
    // completes the set, and it brings a second copy of Lit and of the data layer. Say so once.
    if (!imported.has(FULL)) {
      console.warn(
        `hms-widgets: <${[...tags].join('>, <')}> appeared after ${[...imported.keys()].join(', ')} was loaded; loading ${FULL} too ` +
          '(a second copy of Lit). Put every kind of widget in the page from the start, or load hms-widgets.js.',
      );
    }
    return FULL;
  }
  let best = FULL;
  for (const [file, defines] of Object.entries(FILES)) {
    if (file !== FULL && [...tags].every((tag) => defines.includes(tag)) && defines.length < FILES[best].length) best = file;
  }
  return best;
}

function load(tags: Set<string>): Promise<unknown> {
  const waits = [...tags].map((tag) => customElements.whenDefined(tag));
  // Tags that a file already on its way defines need nothing more.
  const uncovered = new Set([...tags].filter((tag) => ![...imported.keys()].some((file) => FILES[file].includes(tag))));
  if (!uncovered.size) return Promise.all(waits);
  const file = fileFor(uncovered);
  let done = imported.get(file);
  if (!done) {
    // The file's URL comes from this module's own: the loader and its files are served together.
    done = import(new URL(file, import.meta.url).href).catch((error: unknown) => {
      imported.delete(file);
      console.error(`hms-widgets: could not load ${file}.`, error);
    });
    imported.set(file, done);
  }
  return Promise.all([done, ...waits]);
}

/**
 * Loads what the `hms-*` tags under `root` need and watches `root` for tags added later. The loader
 * calls it for the document; call it for a shadow root of your own that holds our tags. Resolves
 * when the tags found are defined.
 */
export function discover(root: Document | ShadowRoot | Element = document): Promise<void> {
  if (!observed.has(root)) {
    observed.add(root);
    new MutationObserver((records) => {
      const found = new Set<string>();
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) missing(node, found);
      void load(found);
    }).observe(root, { childList: true, subtree: true });
  }
  return load(missing(root, new Set())).then(() => undefined);
}

/** Resolves when the tags on the page when the loader ran are defined; `hms-widgets-ready` fires then too. */
export const ready: Promise<void> = discover().then(() => {
  document.dispatchEvent(new CustomEvent('hms-widgets-ready', { bubbles: true, composed: true }));
});
