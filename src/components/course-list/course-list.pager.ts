import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/html.js';
import { formatNumber } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';

/** The pages a pager offers: the first, the last, and the current one with its neighbours; 'gap' where pages are skipped. */
export function pagerItems(current: number, pages: number): (number | 'gap')[] {
  const items: (number | 'gap')[] = [];
  let last = 0;
  for (let page = 1; page <= pages; page += 1) {
    if (page !== 1 && page !== pages && Math.abs(page - current) > 1) continue;
    if (page - last > 1) items.push('gap');
    items.push(page);
    last = page;
  }
  return items;
}

/** The course list's page navigation (nothing for a single page): previous, the pages, next. */
export function renderPager(
  current: number,
  pages: number,
  goToPage: (page: number) => void,
  t: Messages,
  locale: string,
  label = t.pagesLabel,
): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  return html`<nav part="pager" class="pager" aria-label=${label}>
    <button part="previous" class="pager-step" type="button" ?disabled=${current === 1} @click=${() => goToPage(current - 1)}>
      ${t.previousPage}
    </button>
    <ol>
      ${pagerItems(current, pages).map((item) =>
        item === 'gap'
          ? html`<li class="gap" aria-hidden="true">…</li>`
          : html`<li>
              <button
                part="page"
                class="page"
                type="button"
                aria-label=${t.pageLabel(formatNumber(item, locale))}
                aria-current=${item === current ? 'page' : nothing}
                @click=${() => goToPage(item)}
              >
                ${formatNumber(item, locale)}
              </button>
            </li>`,
      )}
    </ol>
    <button part="next" class="pager-step" type="button" ?disabled=${current === pages} @click=${() => goToPage(current + 1)}>
      ${t.nextPage}
    </button>
  </nav>`;
}
