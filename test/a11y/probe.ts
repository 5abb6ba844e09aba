// What the accessibility tests read from a rendered page: every element through nested shadow
// roots, colours as the browser computed them, and WCAG's contrast ratio.

/** Every element under `root`, its shadow roots included, in tree order. */
export function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  const roots = root instanceof Element && root.shadowRoot ? [root.shadowRoot, root] : [root];
  for (const tree of roots) {
    for (const el of tree.children) {
      yield el;
      yield* deepElements(el);
    }
  }
}

/** The parent in the rendered (flat) tree: the slot a child is assigned to, the host of a shadow root. */
export function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** The element that has focus, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export type Rgba = [number, number, number, number];

const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** A computed colour (any syntax the browser gives: rgb(), color(srgb …), a system colour) as RGBA 0-255 and alpha 0-1. */
export function parseColor(value: string): Rgba {
  const rgb = /^rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\)$/.exec(value);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : parseFloat(rgb[4]);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  // Anything else: let a canvas resolve it to sRGB bytes.
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

/**
 * The opaque colour behind `el` (its own background included when `own`): the backgrounds of it and
 * its flat-tree ancestors painted bottom up, over the page's canvas colour.
 */
export function backgroundBehind(el: Element, own = true): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = own ? el : flatParent(el); node; node = flatParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] >= 1) break;
  }
  let result = parseColor(getComputedStyle(document.documentElement).backgroundColor);
  if (result[3] < 1) result = over(result, [255, 255, 255, 1]);
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

/** The product of the opacities of `el` and its flat-tree ancestors. */
export function effectiveOpacity(el: Element): number {
  let opacity = 1;
  for (let node: Element | null = el; node; node = flatParent(node)) opacity *= Number(getComputedStyle(node).opacity);
  return opacity;
}

/** True when `el` is painted and not visually hidden (the 1-pixel clip of `.visually-hidden`). */
export function isShown(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true })) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1;
}

/** True when `el` has its own text on screen (not only its children's). */
export function hasOwnText(el: Element): boolean {
  return [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
}

/** WCAG's large text: 18pt (24px), or 14pt (18.66px) bold. */
export function isLargeText(style: CSSStyleDeclaration): boolean {
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

/** A short path to `el` for failure messages: host tags, then the element's part or tag. */
export function describe(el: Element): string {
  const path: string[] = [];
  for (let node: Element | null = el; node; node = flatParent(node)) {
    if (node.localName.startsWith('hms-')) {
      const attrs = ['theme', 'layout', 'variant'].map((a) => (node!.hasAttribute(a) ? `${a}=${node!.getAttribute(a)}` : '')).filter(Boolean);
      path.unshift(`<${node.localName}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`);
    }
  }
  const own = el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : `${el.localName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
  return `${path.join(' ')} ${own} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
}

/** Resolves once no element under `root`, through shadow roots, shows a loading skeleton. */
export async function settled(root: Element): Promise<void> {
  const busy = () => [...deepElements(root)].some((el) => el.matches('[part~="skeleton"]'));
  while (busy()) await new Promise((resolve) => setTimeout(resolve, 20));
  for (const el of deepElements(root)) await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}
