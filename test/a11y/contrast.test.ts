import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { GROUPS } from './widgets.js';
import { backgroundBehind, contrast, deepElements, describe as where, effectiveOpacity, flatParent, hasOwnText, isLargeText, isShown, over, parseColor, settled } from './probe.js';

interface Finding {
  what: string;
  ratio: number;
  needed: number;
}

/** Every text and every control's indicator (border or fill against what is around it), with the ratio it needs. */
function findings(root: Element): Finding[] {
  const found: Finding[] = [];
  for (const el of deepElements(root)) {
    if (!isShown(el) || el.closest('[aria-hidden="true"]')) continue;
    const style = getComputedStyle(el);
    const disabled = (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
    const isField = el.matches('input, select');
    if ((hasOwnText(el) || isField) && !disabled && el.localName !== 'option') {
      const background = backgroundBehind(el);
      const color = parseColor(style.color);
      color[3] *= effectiveOpacity(el);
      const ratio = contrast(over(color, background), background);
      found.push({ what: `text ${where(el)}`, ratio, needed: isLargeText(style) ? 3 : 4.5 });
    }
    if (el.matches('input, select, button, a.action') && !disabled) {
      const outside = backgroundBehind(el, false);
      const fill = backgroundBehind(el);
      const border = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' ? contrast(over(parseColor(style.borderTopColor), fill), outside) : 0;
      found.push({ what: `control boundary ${where(el)}`, ratio: Math.max(border, contrast(fill, outside)), needed: 3 });
    }
  }
  return found;
}

/** The focus ring of every focusable control and link, against what is around it. */
async function focusRings(root: Element): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const el of deepElements(root)) {
    if (!el.matches('a[href], button:not([disabled]), input, select') || !isShown(el)) continue;
    (el as HTMLElement).focus();
    const style = getComputedStyle(el);
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0) {
      found.push({ what: `no focus ring ${where(el)}`, ratio: 0, needed: 3 });
    } else {
      const outside = backgroundBehind(flatParent(el)!);
      found.push({ what: `focus ring ${where(el)}`, ratio: contrast(over(parseColor(style.outlineColor), outside), outside), needed: 3 });
    }
    (el as HTMLElement).blur();
  }
  return found;
}

const BRAND = { '--hms-color-primary': '#00606e', '--hms-color-surface-muted': '#e8f3f4', '--hms-color-focus': '#b3541e' };

describe('contrast, computed through nested shadow roots (WCAG 1.4.3, 1.4.11)', () => {
  const themes: { name: string; render: (group: (theme?: string) => TemplateResult) => TemplateResult }[] = [
    { name: 'light (no theme)', render: (group) => html`<div>${group()}</div>` },
    ...['light', 'dark', 'high-contrast'].map((theme) => ({ name: `theme="${theme}" on each widget`, render: (group: (theme?: string) => TemplateResult) => html`<div>${group(theme)}</div>` })),
    ...['dark', 'high-contrast'].map((theme) => ({
      name: `theme="${theme}" on <hms-catalog>, inherited`,
      render: (group: (theme?: string) => TemplateResult) => html`<hms-catalog theme=${theme}><div>${group()}</div></hms-catalog>`,
    })),
  ];
  for (const brand of [false, true]) {
    for (const { name, render } of themes) {
      describe(`${name}${brand ? ', with a partner brand colour on :root' : ''}`, () => {
        for (const [groupName, group] of Object.entries(GROUPS)) {
          it(`${groupName}: text at 4.5:1 (3:1 large), controls and focus rings at 3:1`, async () => {
            const rootStyle = document.documentElement.style;
            if (brand) for (const [token, value] of Object.entries(BRAND)) rootStyle.setProperty(token, value);
            try {
              const el = await fixture<HTMLElement>(render(group));
              await settled(el);
              const all = [...findings(el), ...(await focusRings(el))];
              expect(all.length).to.be.greaterThan(100);
              const failing = all.filter((f) => f.ratio < f.needed).map((f) => `${f.ratio.toFixed(2)} < ${f.needed}: ${f.what}`);
              expect(failing.length, failing.slice(0, 20).join('\n')).to.equal(0);
            } finally {
              for (const token of Object.keys(BRAND)) rootStyle.removeProperty(token);
            }
          });
        }
      });
    }
  }
});
