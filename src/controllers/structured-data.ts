import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog, Course } from '../catalog/types.js';

// Page-wide state, module-level on purpose: a module loads once per page, a Trusted Types policy
// name can be created once per page, and a page that refuses it refuses it for every list.

/**
 * The JSON-LD code, loaded the first time a list asks for structured data: most pages never do, so
 * it stays out of the bundle (a lazy chunk, like the UI languages). Resolves to undefined when the
 * chunk cannot be loaded, after one warning.
 */
let structuredDataCode: Promise<typeof import('../catalog/structured-data.js') | undefined> | undefined;
/** The Trusted Types policy for the script text: undefined until asked for, null when the page refused it. */
let jsonLdPolicy: { createScript(text: string): unknown } | null | undefined;
/** Set once the page refused JSON-LD (Trusted Types without our policy): no list tries again. */
let jsonLdRefused = false;

/** The JSON-LD script a list wrote into its own light DOM. */
const OWN_JSON_LD = ':scope > script[type="application/ld+json"][data-hms-generated]';

/** Script text for JSON-LD that also works on pages that enforce Trusted Types. */
function scriptText(json: string): unknown {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): { createScript(text: string): unknown } } })
    .trustedTypes;
  if (!tt) return json;
  if (jsonLdPolicy === undefined) {
    try {
      // Only ever given JSON that structured-data.ts serialized, with `<` escaped.
      jsonLdPolicy = tt.createPolicy('hms-widgets-json-ld', { createScript: (text: string) => text });
    } catch {
      jsonLdPolicy = null;
    }
  }
  // A page whose Trusted Types rules refuse our policy decided against it: do not touch the sink.
  if (!jsonLdPolicy) throw new TypeError('The Trusted Types policy "hms-widgets-json-ld" is not allowed on this page.');
  return jsonLdPolicy.createScript(json);
}

/**
 * Keeps a schema.org ItemList of the courses a list shows in a `<script type="application/ld+json"
 * data-hms-generated>` in the list's light DOM (where search engines read it), after each update;
 * removes it when `courses()` gives nothing. A result that arrives after a newer update is dropped.
 */
export class StructuredDataController implements ReactiveController {
  /** Counts updates: a JSON-LD that arrives after a newer update is not written. */
  #version = 0;

  /** @param shown - The courses on screen and their catalog, or undefined for no structured data. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly shown: () => { courses: Course[]; catalog: Catalog } | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (jsonLdRefused) return;
    const version = ++this.#version;
    const shown = this.shown();
    if (!shown) {
      this.host.querySelector(OWN_JSON_LD)?.remove();
      return;
    }
    structuredDataCode ??= import('../catalog/structured-data.js').catch((error: unknown) => {
      console.warn('<hms-course-list>: the structured-data code could not be loaded (serve dist/cdn/chunks/ next to the bundle).', error);
      return undefined;
    });
    void structuredDataCode.then((code) => {
      if (code && version === this.#version && !jsonLdRefused) this.write(code.serializeJsonLd(code.courseListJsonLd(shown.courses, shown.catalog)));
    });
  }

  private write(json: string): void {
    const existing = this.host.querySelector<HTMLScriptElement>(OWN_JSON_LD);
    if (existing?.textContent === json) return;
    const script = existing ?? Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    script.dataset.hmsGenerated = '';
    try {
      (script as unknown as { textContent: unknown }).textContent = scriptText(json);
      if (!existing) this.host.append(script);
    } catch (error) {
      jsonLdRefused = true;
      console.warn(
        '<hms-course-list>: structured data could not be added on this page (allow the Trusted Types policy "hms-widgets-json-ld"; see SECURITY.md).',
        error,
      );
    }
  }
}
