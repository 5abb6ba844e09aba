import type { Program } from '../catalog/types.js';

/** Detail of `hms-program-select`: the program (as adapted for the region) and the region. */
export interface HmsProgramSelectDetail {
  program: Program;
  region: string | undefined;
}

/** Fired (bubbling, composed, cancelable) when a visitor activates a program's title link. */
export type HmsProgramSelectEvent = CustomEvent<HmsProgramSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'hms-program-select': HmsProgramSelectEvent;
  }
}
