import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Division } from '../../catalog/types.js';
import type { Messages } from '../../i18n/messages.js';

/** How a list of divisions is drawn by `<hms-mission>` and `<hms-divisions>`. */
export interface DivisionListOptions {
  t: Messages;
  /** Heading level of each division's name. */
  level: number;
  /** Names as headings with summaries and offerings, or names only (a band of links). */
  detailed: boolean;
  /** A line under each division, such as its count of current offerings. */
  footer?: (division: Division) => TemplateResult | string;
}

/** The divisions as a list with a heading, summary, offerings and link each. */
export function renderDivisionList(divisions: readonly Division[], { t, level, detailed, footer }: DivisionListOptions): TemplateResult | typeof nothing {
  if (divisions.length === 0) return nothing;
  const name = (division: Division) =>
    division.url ? html`<a part="division-link" href=${division.url}>${division.name}</a>` : html`${division.name}`;
  return html`<ul part="divisions" class="divisions" aria-label=${t.divisionsLabel}>
    ${repeat(
      divisions,
      (division) => division.id,
      (division) => html`<li part="division" class="division">
        ${detailed
          ? html`<div part="division-name" class="division-name" role="heading" aria-level=${level}>${name(division)}</div>`
          : html`<span part="division-name" class="division-name">${name(division)}</span>`}
        ${detailed && division.summary ? html`<p part="division-summary" class="division-summary">${division.summary}</p>` : nothing}
        ${detailed && division.offerings.length > 0
          ? html`<ul part="offerings" class="offerings" aria-label=${t.offeringsLabel(division.name)}>
              ${division.offerings.map((offering) => html`<li part="offering" class="offering">${offering}</li>`)}
            </ul>`
          : nothing}
        ${footer ? html`<p part="division-count" class="division-count">${footer(division)}</p>` : nothing}
      </li>`,
    )}
  </ul>`;
}
