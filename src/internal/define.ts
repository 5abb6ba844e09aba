import { VERSION } from '../version.js';
import { noteStartPositions } from './start-positions.js';

const REGISTRY_KEY = Symbol.for('hms-widgets.versions');
type Registry = Map<string, string>;
const warned = new Set<string>();

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Registry };
  return (holder[REGISTRY_KEY] ??= new Map());
}

/**
 * Registers a tag unless it is already defined. A second copy of the library on the page (the CDN
 * bundle loaded twice, or two versions) keeps the first definition and warns once, naming both versions.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    // Where the page's widgets are, measured before the first of them renders (start-positions.ts).
    noteStartPositions();
    customElements.define(tag, element);
    registry().set(tag, VERSION);
    return;
  }
  if (existing === element) return;
  const first = registry().get(tag) ?? 'an unknown version';
  const key = `${first}->${VERSION}`;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(
      `hms-widgets: <${tag}> is already defined by hms-widgets ${first}; this copy (${VERSION}) keeps that definition. ` +
        'Load the library once per page.',
    );
  }
}
