import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { deepElements, describe as where, flatParent, hasOwnText, isShown, settled } from './probe.js';
import { GROUPS } from './widgets.js';

/** WCAG 1.4.12's text-spacing overrides, as a visitor's bookmarklet or user style sets them. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

const sheet = () => Object.assign(document.createElement('style'), { textContent: SPACING, className: 'text-spacing' });

/** The text elements of a widget on screen (fields count: they show their value). */
function texts(root: Element): HTMLElement[] {
  return [...deepElements(root)].filter(
    (el): el is HTMLElement => (hasOwnText(el) || el.matches('input, select')) && el.localName !== 'option' && isShown(el) && !el.closest('.visually-hidden'),
  );
}

/** The box the text of `el` takes (its own text and its children's). */
function textBox(el: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;

/** The text of every element that is cut off: outside its own box, or outside an ancestor that clips (overflow other than visible). */
function clipped(root: Element): string[] {
  const problems: string[] = [];
  for (const el of texts(root)) {
    if (el.matches('input, select')) continue;
    const box = textBox(el);
    if (box.width === 0) continue;
    if (!inside(box, el.getBoundingClientRect())) problems.push(`text overflows its box: ${where(el)}`);
    for (let node = flatParent(el); node && node !== root; node = flatParent(node)) {
      const style = getComputedStyle(node);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      // A scroller (the band's row of cards) cuts nothing: what is outside its box is reached by scrolling, within its scroll area.
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      const area = node.getBoundingClientRect();
      const reach = scrolls ? new DOMRect(area.x - node.scrollLeft, area.y, Math.max(area.width, node.scrollWidth), area.height) : area;
      if (!inside(box, reach)) problems.push(`text cut off by ${node.localName}.${node.className}: ${where(el)}`);
    }
  }
  return problems;
}

/** Closed selects whose shown value does not fit: its text, measured with the select's own font and spacing, against the room inside. */
function cutSelects(root: Element): string[] {
  const problems: string[] = [];
  for (const select of [...deepElements(root)].filter((el): el is HTMLSelectElement => el.localName === 'select')) {
    // Its longest option shown ("Regularly Scheduled Series (3)"), as a visitor may choose it.
    const longest = [...select.options].sort((a, b) => b.text.length - a.text.length)[0];
    if (longest) select.value = longest.value;
    const probe = document.createElement('span');
    probe.textContent = select.selectedOptions[0]?.text ?? '';
    probe.style.cssText = 'position: absolute; visibility: hidden; white-space: pre';
    const style = getComputedStyle(select);
    for (const property of ['font', 'letter-spacing', 'word-spacing']) probe.style.setProperty(property, style.getPropertyValue(property));
    select.parentNode!.append(probe);
    const needed = probe.getBoundingClientRect().width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    probe.remove();
    // The room the value has: the select less its padding and the drop-down arrow (about 1em).
    const room = select.clientWidth - parseFloat(style.fontSize);
    if (needed > room + 1) problems.push(`select cuts its value (${needed.toFixed(0)}px in ${room.toFixed(0)}px): ${where(select)}`);
  }
  return problems;
}

describe('text spacing (WCAG 1.4.12)', () => {
  for (const [name, group] of Object.entries(GROUPS)) {
    it(`${name}: the page's text-spacing overrides reach every text inside the widgets`, async () => {
      const style = document.head.appendChild(sheet());
      try {
        const el = await fixture<HTMLElement>(html`<div style="width: 900px">${group()}</div>`);
        await settled(el);
        const problems: string[] = [];
        for (const widget of el.children) {
          const page = getComputedStyle(widget);
          for (const text of texts(widget)) {
            const own = getComputedStyle(text);
            const size = parseFloat(own.fontSize);
            const spacing = (value: string) => (value === 'normal' ? 0 : parseFloat(value));
            // A closed select is one line, and Chromium keeps its line-height normal whatever is set.
            if (text.localName !== 'select' && spacing(own.lineHeight) < 1.5 * size - 0.5) problems.push(`line-height ${own.lineHeight} at ${own.fontSize}: ${where(text)}`);
            // Spacing inherits as a length: at least the page's, as set on the widget.
            if (spacing(own.letterSpacing) < spacing(page.letterSpacing) - 0.01) problems.push(`letter-spacing ${own.letterSpacing}: ${where(text)}`);
            if (spacing(own.wordSpacing) < spacing(page.wordSpacing) - 0.01) problems.push(`word-spacing ${own.wordSpacing}: ${where(text)}`);
          }
        }
        expect(problems, problems.slice(0, 20).join('\n')).to.deep.equal([]);
      } finally {
        style.remove();
      }
    });

    for (const width of [900, 320]) {
      it(`${name}, ${width}px wide: with the overrides in every shadow root, no text is cut off or overflows, and selects show their value`, async () => {
        const el = await fixture<HTMLElement>(html`<div style="width: ${width}px">${group()}</div>`);
        await settled(el);
        const sheets = [document.head, ...[...deepElements(el)].map((node) => node.shadowRoot).filter((root) => root !== null)].map((root) => root!.appendChild(sheet()));
        // Every card laid out as on screen: a list leaves the cards out of view undrawn (content-visibility)
        // at the height they had, until they come near the viewport and are drawn with the overrides.
        for (const root of [...deepElements(el)].map((node) => node.shadowRoot).filter((root) => root !== null)) {
          sheets.push(root!.appendChild(Object.assign(document.createElement('style'), { textContent: '.list > li { content-visibility: visible !important; }' })));
        }
        try {
          // A closed select cannot wrap: at 320 px its longest value may not fit (1.4.10 lets a control scroll or cut
          // there); with the overrides at a desktop width it must.
          const problems = [...clipped(el), ...(width > 320 ? cutSelects(el) : [])];
          expect(problems, problems.slice(0, 20).join('\n')).to.deep.equal([]);
        } finally {
          for (const added of sheets) added.remove();
        }
      });
    }
  }
});
