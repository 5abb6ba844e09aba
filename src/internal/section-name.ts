/**
 * The name of the page section an element serves: the text of the nearest heading before it in its
 * document (or shadow root), so two widgets on one page get landmarks a screen reader can tell apart.
 */
export function sectionName(el: Element): string | undefined {
  let nearest: Element | undefined;
  for (const heading of (el.getRootNode() as ParentNode).querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')) {
    if (!(heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    nearest = heading;
  }
  return nearest?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
}
