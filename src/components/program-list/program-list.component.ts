import { css, unsafeCSS, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { property } from '../../internal/property.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LoadedCatalog } from '../../catalog/loader.js';
import { programsForRegion, regionNameFromCatalog } from '../../catalog/programs.js';
import { regionName } from '../../i18n/format.js';
import { HmsCatalogElement } from '../../base/catalog-element.js';
import { dateAttribute } from '../../internal/converters.js';
import { cardGrid, gridClasses, gridColumns, gridTiers, MAX_COLUMNS } from '../../styles/list.js';
import { serverStreamed } from '../../styles/streamed.js';
import { base, states } from '../../styles/shared.js';
import { times } from '../../base/placeholder.js';
import { firstScreenItems, RenderSteps } from '../../controllers/render-steps.js';
import { takeStartTop } from '../../internal/start-positions.js';
import { HmsProgramCard } from '../program-card/program-card.component.js';

/** Program cards a skeleton reserves space for. */
const SKELETON_PROGRAMS = 4;

void HmsProgramCard; // rendered inside; the define module registers both tags

/** Programs shown when `limit` is not set (or not a positive number): a page never builds hundreds of cards. */
const DEFAULT_LIMIT = 50;
/** The least width of a program card, in em (the grid's tiers and the first screen's guess). */
const PROGRAM_CARD_MIN_EM = 20;

/**
 * @summary The Office of Global Education programs, adapted to a region and sorted by next cohort.
 *
 * @tag hms-program-list
 *
 * @attr {string} region - Region whose adaptations are shown (else the nearest `<hms-catalog region>`).
 * @attr {boolean} only-adapted - Only programs adapted for the region.
 * @attr {number} limit - At most this many programs, the next cohorts first (default 50).
 * @attr {string} now - ISO date-time to count deadlines from (previews and tests).
 * @attr {number} heading-level - Heading level of program titles (default 3).
 * @attr {string} src - URL of the catalog JSON.
 * @attr {'last-good'|'none'} cache - `none`: neither show nor keep the last good copy of the catalog in the visitor's browser.
 * @attr {string} locale - Language of the widget's own text.
 *
 * @fires {HmsProgramSelectEvent} hms-program-select - A program's title link was activated (cancelable).
 * @fires {HmsLoadEvent} hms-load - The catalog loaded.
 * @fires {HmsErrorEvent} hms-error - The catalog could not be shown.
 *
 * @csspart list - The list of programs.
 * @csspart item - One item (holding an `hms-program-card`).
 * @csspart empty - Shown when there is no program.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The error box.
 * @csspart last-good-note - "Updated on …" under the last good copy of the catalog, shown while its server cannot be reached.
 *
 * @cssprop --hms-program-list-card-min-width - Narrowest a card gets before the grid drops a column (default 20em). The grid takes at most 4 columns, and no more than it has programs, splitting them so no card is alone on the last row when another split avoids it.
 * @cssprop --hms-program-list-gap - Space between cards (default: --hms-space-4).
 */
export class HmsProgramList extends HmsCatalogElement {
  static override styles = [
    base,
    states,
    cardGrid,
    serverStreamed,
    gridTiers(PROGRAM_CARD_MIN_EM),
    css`
      :host {
        --_list-min-card: var(--hms-program-list-card-min-width, ${unsafeCSS(`${PROGRAM_CARD_MIN_EM}em`)});
        --_list-gap: var(--hms-program-list-gap, var(--_space-4));
      }
      /* The height of a program not drawn yet (see cardGrid), measured on the sample catalog: 600-790 px. */
      .list > li {
        contain-intrinsic-block-size: auto 640px;
      }
    `,
  ];

  /** Region whose adaptations are shown. */
  @property({ reflect: true }) region?: string = undefined;
  /** Only programs adapted for the region. */
  @property({ type: Boolean, attribute: 'only-adapted', reflect: true }) onlyAdapted = false;
  /** At most this many programs (50 when unset). */
  @property({ type: Number }) limit?: number = undefined;
  /** The time deadlines are counted from; defaults to now. */
  @property({ converter: dateAttribute }) now?: Date = undefined;
  /** Heading level of program titles. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Programs beyond the first screen come in later tasks (a phone's first render draws two cards); `updateComplete` waits for them. */
  readonly #steps = new RenderSteps(this, {
    first: () => firstScreenItems('grid', MAX_COLUMNS, PROGRAM_CARD_MIN_EM, takeStartTop(this)),
    step: 3,
    enabled: () => !this.serverRendered,
  });

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#steps.settle(() => super.getUpdateComplete());
  }

  override render(): TemplateResult {
    return this.renderCatalog(
      (loaded) => this.renderPrograms(loaded),
      // The count is unknown before the catalog: the skeleton reserves SKELETON_PROGRAMS cards, those
      // beyond the first screen in later tasks, as the content's (a phone's first render draws two).
      () => html`<ul part="skeleton" class="list ${gridClasses(SKELETON_PROGRAMS)}" aria-hidden="true" inert>
        ${times(this.#steps.count(SKELETON_PROGRAMS, 'skeleton'), (i) => html`<li><hms-program-card .placeholder=${true} .placeholderIndex=${i} locale=${this.resolvedLocale}></hms-program-card></li>`)}
      </ul>`,
    );
  }

  private renderPrograms({ catalog }: LoadedCatalog): TemplateResult {
    const region = this.region ?? this.data.provider?.region;
    const limit = this.limit && this.limit > 0 ? Math.floor(this.limit) : DEFAULT_LIMIT;
    const programs = programsForRegion(catalog.programs, region, this.onlyAdapted).slice(0, limit);
    if (programs.length === 0) return html`<p part="empty" class="empty">${this.t.noPrograms}</p>`;
    const label = region ? (regionNameFromCatalog(catalog, region) ?? regionName(region, this.resolvedLocale)) : undefined;
    const eager = gridColumns(programs.length, MAX_COLUMNS);
    return html`<ul part="list" class="list ${gridClasses(programs.length)}" aria-label=${this.t.programsLabel}>
      ${repeat(
        this.#steps.take(programs, 'content'),
        (p) => p.base.id,
        (p, index) => html`<li part="item">
          <hms-program-card
            .program=${p.base}
            image-loading=${index < eager ? 'eager' : 'lazy'}
            .region=${region}
            .regionLabel=${label}
            .terms=${catalog}
            .now=${this.now}
            heading-level=${this.headingLevel}
            locale=${this.resolvedLocale}
          ></hms-program-card>
        </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hms-program-list': HmsProgramList;
  }
}
