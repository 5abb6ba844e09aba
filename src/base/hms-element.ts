import { LitElement } from 'lit';
import { property } from '../internal/property.js';
import { emit, type EventDetail } from '../internal/emit.js';

/** The base of every hms-* element: a typed `emit()` and the `locale` and `theme` properties. */
export class HmsElement extends LitElement {
  /** BCP 47 language of the widget's own text, dates and numbers; defaults to the page's `<html lang>`. */
  @property({ reflect: true }) locale?: string = undefined;

  /** Built-in theme: `light` (default), `dark`, `high-contrast`, or `auto` (follows the visitor's color scheme). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'high-contrast' | 'auto' = undefined;

  /** Dispatches an `hms-*` event that bubbles and crosses shadow roots. Returns false when cancelled. */
  protected emit<K extends keyof HTMLElementEventMap>(name: K, detail: EventDetail<K>, init: { cancelable?: boolean } = {}): boolean {
    return emit(this, name, detail, init);
  }
}
