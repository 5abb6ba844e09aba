import type { Post } from '../catalog/types.js';

/** Detail of `hms-post-select`: the news item or blog post chosen. */
export interface HmsPostSelectDetail {
  post: Post;
}

/** Fired (bubbling, composed, cancelable) when a visitor activates a post's title link. */
export type HmsPostSelectEvent = CustomEvent<HmsPostSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'hms-post-select': HmsPostSelectEvent;
  }
}
