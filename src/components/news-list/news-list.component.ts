import { css, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { property } from '../../internal/property.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LoadedCatalog } from '../../catalog/loader.js';
import { selectPosts } from '../../catalog/offerings.js';
import type { Post, PostKind } from '../../catalog/types.js';
import { formatDate, formatRelativeDays } from '../../i18n/format.js';
import { localized } from '../../catalog/localize.js';
import { around, bdi, text } from '../../i18n/catalog-text.js';
import { HmsCatalogElement } from '../../base/catalog-element.js';
import { dateAttribute } from '../../internal/converters.js';
import { card } from '../../styles/card.js';
import { cardGrid, gridClasses, gridColumns, gridTiers, MAX_COLUMNS } from '../../styles/list.js';
import { serverStreamed } from '../../styles/streamed.js';
import { renderMedia } from '../../base/card-media.js';
import { base, states } from '../../styles/shared.js';
import { placeholder, placeholderPost, times } from '../../base/placeholder.js';
import { headingLevel } from '../../internal/heading.js';
import '../../events/hms-post-select.js';

const KINDS: readonly (PostKind | 'all')[] = ['all', 'news', 'blog'];
/** Posts shown when `limit` is not set (or not a positive number): a page never builds thousands. */
const DEFAULT_LIMIT = 20;
/** Posts this many days old or newer show a relative date ("3 days ago"). */
const RELATIVE_DAYS = 7;
/** Posts a skeleton reserves space for when the list has no `limit`. */
const SKELETON_POSTS = 6;

/**
 * @summary News and blog posts from the catalog, newest first, with dates in the visitor's language.
 *
 * @tag hms-news-list
 *
 * @attr {'news'|'blog'|'all'} kind - Which posts (default `all`).
 * @attr {number} limit - At most this many posts (default 20).
 * @attr {'list'|'cards'} layout - Rows, or a grid of cards that fills its rows: as many columns as posts up to the width (at most 4), no post alone on the last row when another split avoids it (default `list`).
 * @attr {string} now - ISO date-time relative dates count from (previews and tests).
 * @attr {number} heading-level - Heading level of post titles (default 3).
 * @attr {string} src - URL of the catalog JSON.
 * @attr {'last-good'|'none'} cache - `none`: neither show nor keep the last good copy of the catalog in the visitor's browser.
 * @attr {string} locale - Language of the widget's own text.
 *
 * @fires {HmsPostSelectEvent} hms-post-select - A post's title link was activated (cancelable).
 * @fires {HmsLoadEvent} hms-load - The catalog loaded.
 * @fires {HmsErrorEvent} hms-error - The catalog could not be shown.
 *
 * @csspart list - The list of posts.
 * @csspart post - One post.
 * @csspart media - A post's box of the image or its fallback, its ratio reserved (`--hms-image-ratio`).
 * @csspart image - A post's image.
 * @csspart image-fallback - Shown in the media box when the post has no image: its kind ("News", "Blog").
 * @csspart body - A post's text.
 * @csspart kind - "News" or "Blog".
 * @csspart title - A post's title (a heading).
 * @csspart title-link - The link on the title.
 * @csspart date - The publication date.
 * @csspart author - The author.
 * @csspart summary - The summary.
 * @csspart empty - Shown when there is no post.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The error box.
 * @csspart last-good-note - "Updated on …" under the last good copy of the catalog, shown while its server cannot be reached.
 *
 * @cssprop --hms-news-list-card-min-width - Narrowest a card gets in the cards layout (default 16em).
 * @cssprop --hms-news-list-gap - Space between posts (default: --hms-space-4).
 */
export class HmsNewsList extends HmsCatalogElement {
  static override styles = [
    base,
    states,
    card,
    cardGrid,
    serverStreamed,
    gridTiers(16),
    css`
      :host {
        --_list-min-card: var(--hms-news-list-card-min-width, 16em);
        --_list-gap: var(--hms-news-list-gap, var(--_space-4));
        --_card-surface: var(--_color-surface);
        --_card-border: var(--_color-border);
        --_card-radius: var(--_radius-md);
        --_card-padding: var(--_space-4);
        --_badge-surface: var(--hms-badge-surface, var(--_color-surface-muted));
      }
      /* list: the media box beside the text, smaller; above it on a narrow column */
      .layout-list .card {
        flex-flow: row wrap;
        box-shadow: none;
      }
      .layout-list .media {
        flex: 1 1 10em;
      }
      .layout-list .body {
        flex: 999 1 20em;
      }
      /* The height of a post not drawn yet (see cardGrid), measured on the sample catalog: a card
         380-450 px; a row 150-210 px from 32em wide, 390-440 px below (stacked). */
      .list > li {
        contain-intrinsic-block-size: auto 410px;
      }
      @container (min-width: 32em) {
        .list.layout-list > li {
          contain-intrinsic-block-size: auto 180px;
        }
      }
    `,
  ];

  /** Which posts: `news`, `blog` or `all`. */
  @property({ reflect: true }) kind: PostKind | 'all' = 'all';
  /** At most this many posts (20 when unset). */
  @property({ type: Number }) limit?: number = undefined;
  /** Rows or cards. */
  @property({ reflect: true }) layout: 'list' | 'cards' = 'list';
  /** The time relative dates count from; defaults to now. */
  @property({ converter: dateAttribute }) now?: Date = undefined;
  /** Heading level of post titles. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('kind') && !KINDS.includes(this.kind)) {
      console.warn(`<hms-news-list>: kind="${this.kind}" is not one of ${KINDS.join(', ')}; showing all posts.`);
    }
  }

  override render(): TemplateResult {
    return this.renderCatalog(
      ({ catalog }: LoadedCatalog) => this.renderPosts(selectPosts(catalog.posts, KINDS.includes(this.kind) ? this.kind : 'all', this.shownLimit)),
      // Without a limit the count is unknown before the catalog: the skeleton reserves SKELETON_POSTS.
      () => placeholder(this.renderPosts(times(this.limit && this.limit > 0 ? this.limit : SKELETON_POSTS, placeholderPost))),
    );
  }

  private renderPosts(posts: readonly Post[]): TemplateResult {
    if (posts.length === 0) return html`<p part="empty" class="empty">${this.t.noPosts}</p>`;
    const cards = this.layout === 'cards';
    // The first row's images load at once; the rest as they scroll into view.
    const eager = cards ? gridColumns(posts.length, MAX_COLUMNS) : 1;
    return html`<ul part="list" class="list layout-${cards ? `cards ${gridClasses(posts.length)}` : 'list'}" aria-label=${this.t.newsLabel}>
      ${repeat(posts, (post) => post.id, (post, index) => html`<li>${this.renderPost(post, index < eager)}</li>`)}
    </ul>`;
  }

  private renderPost(post: Post, eager: boolean): TemplateResult {
    const t = this.t;
    const locale = this.resolvedLocale;
    const level = headingLevel(this.headingLevel);
    return html`<article part="post" class="card">
      ${renderMedia(post.image, locale, eager ? 'eager' : 'lazy', { label: t.postKind[post.kind] })}
      <div part="body" class="body">
        <p class="meta">
          <span part="kind" class="kind">${t.postKind[post.kind]}</span> ·
          <time part="date" datetime=${post.published}>${this.dateText(post.published, locale)}</time>
        </p>
        <div part="title" class="title" role="heading" aria-level=${level}>
          ${post.url
            ? html`<a part="title-link" href=${post.url} @click=${(event: MouseEvent) => this.onSelect(event, post)}>${text(post, 'title', locale)}</a>`
            : text(post, 'title', locale)}
        </div>
        ${post.author ? html`<p part="author" class="meta">${around(t.byAuthor, bdi(localized(post, 'author', locale), locale))}</p>` : nothing}
        ${post.summary ? html`<p part="summary" class="summary">${text(post, 'summary', locale)}</p>` : nothing}
      </div>
    </article>`;
  }

  private get shownLimit(): number {
    return this.limit && this.limit > 0 ? Math.floor(this.limit) : DEFAULT_LIMIT;
  }

  /** "3 days ago" within a week (in the visitor's calendar days), else the date. */
  private dateText(published: string, locale: string): string {
    const now = this.now ?? new Date();
    const day = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
    const then = new Date(published.length === 10 ? `${published}T00:00:00Z` : published);
    const days = Math.round((day(then) - day(now)) / 86_400_000);
    return days <= 0 && days >= -RELATIVE_DAYS ? formatRelativeDays(days, locale) : formatDate(published, locale);
  }

  private onSelect(event: MouseEvent, post: Post): void {
    if (!this.emit('hms-post-select', { post }, { cancelable: true })) event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hms-news-list': HmsNewsList;
  }
}
