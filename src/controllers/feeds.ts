import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { feedsIndexUrl, loadFeeds, matchingFeed, subscribeLinks, type FeedEntry } from '../catalog/feeds.js';

/**
 * A widget's subscription feeds: with a `feeds-url`, reads the `feeds.json` that `hms-widgets feeds`
 * wrote there (once per page) and gives the Subscribe links of the feed that holds exactly what the
 * widget shows; none when no such feed exists, or before the index is in.
 */
export class FeedsController implements ReactiveController {
  #url?: string;
  #feeds: FeedEntry[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly feedsUrl: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (isServer) return;
    const given = this.feedsUrl();
    const url = given ? feedsIndexUrl(given, document.baseURI) : undefined;
    if (url === this.#url) return;
    this.#url = url;
    this.#feeds = [];
    if (!url) return;
    void loadFeeds(url).then((feeds) => {
      if (this.#url !== url) return;
      this.#feeds = feeds;
      if (feeds.length) this.host.requestUpdate();
    });
  }

  /** The Subscribe links for a filter (`{}` for everything), or undefined when no feed holds exactly that. */
  linksFor(filter: Record<string, unknown>): { webcal: string; google: string } | undefined {
    const feed = this.#url ? matchingFeed(this.#feeds, filter) : undefined;
    return feed ? subscribeLinks(new URL(feed.file, this.#url).href) : undefined;
  }
}
