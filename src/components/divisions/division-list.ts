import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Division } from '../../catalog/types.js';
import type { Messages } from '../../i18n/messages.js';
import { localized, localizedList } from '../../catalog/localize.js';
import { bdi, text } from '../../i18n/catalog-text.js';

/** How a list of divisions is drawn by `<hms-mission>` and `<hms-divisions>`. */
export interface DivisionListOptions {
  t: Messages;
  /** The widget's locale: each name, summary and offering shows in the language that serves it best. */
  locale: string;
  /** Heading level of each division's name. */
  level: number;
  /** Names as headings with summaries and offerings, or names only (a band of links). */
  detailed: boolean;
  /** A line under each division, such as its count of current offerings. */
  footer?: (division: Division) => TemplateResult | string;
}

/** The divisions as a list with a heading, summary, offerings and link each. */
export function renderDivisionList(divisions: readonly Division[], { t, locale, level, detailed, footer }: DivisionListOptions): TemplateResult | typeof nothing {
  if (divisions.length === 0) return nothing;
  const name = (division: Division) =>
    division.url ? html`<a part="division-link" href=${division.url}>${text(division, 'name', locale)}</a>` : text(division, 'name', locale);
  return html`<ul part="divisions" class="divisions" aria-label=${t.divisionsLabel}>
    ${repeat(
      divisions,
      (division) => division.id,
      (division) => html`<li part="division" class="division">
        ${detailed
          ? html`<div part="division-name" class="division-name" role="heading" aria-level=${level}>${name(division)}</div>`
          : html`<span part="division-name" class="division-name">${name(division)}</span>`}
        ${detailed && division.summary ? html`<p part="division-summary" class="division-summary">${text(division, 'summary', locale)}</p>` : nothing}
        ${detailed && division.offerings.length > 0
          ? html`<ul part="offerings" class="offerings" aria-label=${t.offeringsLabel(localized(division, 'name', locale)?.text ?? division.name)}>
              ${localizedList(division as Division & Record<string, unknown>, 'offerings', locale).map(
                (offering) => html`<li part="offering" class="offering">${bdi(offering, locale)}</li>`,
              )}
            </ul>`
          : nothing}
        ${footer ? html`<p part="division-count" class="division-count">${footer(division)}</p>` : nothing}
      </li>`,
    )}
  </ul>`;
}
