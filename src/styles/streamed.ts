import { css, isServer, type CSSResultGroup } from 'lit';

/**
 * A widget's server render (declarative shadow DOM) is parsed as its HTML arrives, and the browser
 * may paint between two pieces. A piece painted half-read moves as the rest comes in: a grid row
 * grows and the cards drawn stretch, the rows below move, filter fields narrow as more join their
 * row (`npm run bench -- --only ssr` on a busy machine: a layout shift of 0.2 at 1280 px). So each
 * top-level piece of the shadow root stays hidden, its space taken, until the parser has started
 * the next one: it then shows whole. The last piece is the widget's live region (which must never
 * be hidden from assistive technology, and is visually hidden anyway). Only server renders carry
 * the rule, and only widgets whose render ends with that region: a client render inserts every
 * piece in one go (test/page/streamed-ssr.test.ts).
 */
const rule = () => css`
  :host > :not([part~='announcement']):not(:has(+ *)) {
    visibility: hidden;
  }
`;

/** The rule above in a server render; nothing in the browser bundles. */
export const serverStreamed: CSSResultGroup = isServer ? rule() : [];
