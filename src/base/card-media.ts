import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import type { CatalogImage } from '../catalog/types.js';
import { localized } from '../catalog/localize.js';
import { safeImageUrl } from '../catalog/url.js';
import { langOf } from '../i18n/catalog-text.js';
import { dateBlock } from '../i18n/format.js';

/** How a card's image loads: `lazy` below the first screen, `eager` for the cards a visitor sees first. */
export type ImageLoading = 'lazy' | 'eager';

/** The size the sample images are drawn at; any image is shown cover-fitted in the card's media box. */
const WIDTH = 640;
const HEIGHT = 360;

/**
 * A card's media box (its ratio reserved, so nothing moves when the image arrives): the catalog's
 * image with its alt text in the visitor's language (`alt=""` when the catalog marks it decorative),
 * or, without one, `fallback`: what the card is (its format or kind) over the division's colour,
 * hidden from assistive technology as the card says it in words.
 */
export function renderMedia(image: CatalogImage | undefined, locale: string, loading: ImageLoading, fallback: { label: string; note?: unknown }): TemplateResult {
  const src = image ? safeImageUrl(image.url) : null;
  if (image && src) {
    const alt = localized(image, 'alt', locale);
    return html`<div part="media" class="media">
      <img
        part="image"
        class="image"
        src=${src}
        alt=${alt?.text ?? ''}
        lang=${langOf(alt, locale) ?? nothing}
        width=${WIDTH}
        height=${HEIGHT}
        loading=${loading === 'eager' ? 'eager' : 'lazy'}
        decoding="async"
        referrerpolicy="no-referrer"
      />
    </div>`;
  }
  return html`<div part="media" class="media">
    <div part="image-fallback" class="image-fallback" aria-hidden="true">
      ${fallback.note ? html`<span class="fallback-note">${fallback.note}</span>` : nothing}
      <span class="fallback-label">${fallback.label}</span>
    </div>
  </div>`;
}

/** A date as a wall calendar shows it, the month over the day, in `timeZone` (hidden from assistive technology: the card writes the date in full). */
export function renderDateBlock(iso: string, locale: string, timeZone: string | undefined): TemplateResult {
  const { month, day } = dateBlock(iso, locale, timeZone);
  return html`<div part="date-block" class="date-block" aria-hidden="true"><span class="date-month">${month}</span><span class="date-day">${day}</span></div>`;
}
