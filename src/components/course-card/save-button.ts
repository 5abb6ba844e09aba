import { type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import type { Messages } from '../../i18n/messages.js';
import { nameWithTitle } from '../../internal/name-with-title.js';

/** What the star toggle of one course needs to know. */
export interface SaveButtonOptions {
  /** True when the visitor has saved the course. */
  saved: boolean;
  t: Messages;
  /** The course's title as the widget shows it, for the button's accessible name. */
  title: string;
  /** The language of that title, when it is not the widget's. */
  lang?: string;
  /** Saves or removes the course. */
  onToggle: () => void;
}

/**
 * The star toggle of a `saveable` widget: a button with `aria-pressed`, a star (filled when saved; a
 * text glyph, which forced colors keep, as the widgets draw no SVG) and the word "Save" or "Saved".
 * Its accessible name starts with the word shown ("Saved: <title>": label in name, WCAG 2.5.3, so a
 * voice-control user can say what they see), with the title in its own `lang`.
 */
export function renderSaveButton({ saved, t, title, lang, onToggle }: SaveButtonOptions): TemplateResult {
  return html`<button part="save" class="action save" type="button" aria-pressed=${saved ? 'true' : 'false'} @click=${onToggle}>
    <span class="save-star" aria-hidden="true">${saved ? '★' : '☆'}</span>
    ${saved ? nameWithTitle(t.saved, t.savedCourse, title, lang) : nameWithTitle(t.save, t.saveCourse, title, lang)}
  </button>`;
}
