import { nothing, type TemplateResult } from 'lit';
import { html } from './html.js';

const MARK = '\u0000';

/**
 * A control's content whose accessible name holds a catalog title, "Add to calendar: <title>": the
 * visible words for sight, the full name for assistive technology, the title in its own `lang` (an
 * `aria-label` cannot mark the language of part of a name).
 */
export function nameWithTitle(visible: string, name: (title: string) => string, title: string, lang: string | undefined): TemplateResult {
  const [before, after = ''] = name(MARK).split(MARK);
  return html`<span aria-hidden="true">${visible}</span><span class="visually-hidden">${before}<span lang=${lang ?? nothing}>${title}</span>${after}</span>`;
}
