import type { Post, Program } from '../catalog/types.js';

/** Detail of `hms-program-select`: the program (as adapted for the region) and the region. */
export interface HmsProgramSelectDetail {
  program: Program;
  region: string | undefined;
}

/** Fired (bubbling, composed, cancelable) when a visitor activates a program's title link. */
export type HmsProgramSelectEvent = CustomEvent<HmsProgramSelectDetail>;

/** Detail of `hms-post-select`: the news item or blog post chosen. */
export interface HmsPostSelectDetail {
  post: Post;
}

/** Fired (bubbling, composed, cancelable) when a visitor activates a post's title link. */
export type HmsPostSelectEvent = CustomEvent<HmsPostSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'hms-program-select': HmsProgramSelectEvent;
    'hms-post-select': HmsPostSelectEvent;
  }
}
