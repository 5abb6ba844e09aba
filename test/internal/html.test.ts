import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { render as litRender } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { html, setIndentationTrim, trimIndentation } from '../../src/internal/html.js';
import '../../src/define.js';
import { EMBEDS, loadsOf, scenario } from '../helpers.js';
import { deepElements } from '../hostile/safety.js';

/** The strings of a tagged literal, as a call site gives them. */
const strings = (s: TemplateStringsArray, ..._values: unknown[]) => s;

describe('html: templates less their indentation', () => {
  it('drops a line break and its indentation between tags, and between a tag and a binding', () => {
    const out = trimIndentation(strings`
      <div class="a">
        <p>${1}</p>
        ${2}
      </div>
    `);
    expect([...out]).to.deep.equal(['<div class="a"><p>', '</p>', '</div>']);
    expect([...out.raw]).to.deep.equal([...out]);
    expect(Object.isFrozen(out) && Object.isFrozen(out.raw)).to.equal(true);
  });

  it('keeps white space on one line and white space beside text', () => {
    expect([...trimIndentation(strings`<span>${1}</span> <span>${2}</span> · ${3}`)]).to.deep.equal(['<span>', '</span> <span>', '</span> · ', '']);
    expect([...trimIndentation(strings`<p>
      Text ${1}
    </p>`)]).to.deep.equal(['<p>\n      Text ', '</p>']);
  });

  it('keeps the white space between two bindings inside a tag, quoted values included', () => {
    const out = trimIndentation(strings`<input
        type="text"
        .value=${1}
        ${2}
      />
      <p class="${3}
        ${4}">${5}</p>`);
    expect([...out]).to.deep.equal(['<input\n        type="text"\n        .value=', '\n        ', '\n      /><p class="', '\n        ', '">', '</p>']);
    // A `>` in quotes does not end the tag; a comment is not a tag.
    expect([...trimIndentation(strings`<a title="a > b" href=${1}
      ${2}><!-- <b -->
      ${3}
      <i></i>`)]).to.deep.equal(['<a title="a > b" href=', '\n      ', '><!-- <b -->', '<i></i>']);
  });

  it('renders an element binding written on its own line', () => {
    const input = createRef<HTMLInputElement>();
    const host = document.createElement('div');
    litRender(
      html`<input
        type="text"
        .value=${'typed'}
        ${ref(input)}
      />`,
      host,
    );
    expect(input.value).to.be.instanceOf(HTMLInputElement);
    expect(input.value!.value).to.equal('typed');
  });

  it('gives Lit the same strings on every call of a call site, so Lit prepares the template once', () => {
    const render = (value: number) => html`
      <p>${value}</p>
    `;
    expect(render(1).strings).to.equal(render(2).strings);
    expect([...render(1).strings]).to.deep.equal(['<p>', '</p>']);
  });
});

/** Each shadow root under `el` (its own first), in document order. */
function shadowRoots(el: Element): ShadowRoot[] {
  if (!el.shadowRoot) return [];
  return [el.shadowRoot, ...[...deepElements(el.shadowRoot)].flatMap((inner) => (inner.shadowRoot ? [inner.shadowRoot] : []))];
}

const everyItemDrawn = new CSSStyleSheet();
everyItemDrawn.replaceSync('* { content-visibility: visible !important; }');

/**
 * The text each shadow root draws, as the browser lays it out (`innerText` keeps a space only where
 * one shows). Items out of view are drawn too: `content-visibility: auto` leaves their text out.
 * The live region is left out.
 */
function drawnText(el: Element): string[] {
  const roots = shadowRoots(el);
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, everyItemDrawn];
  // The live region's words come on a timer ("Loading…" after a moment): not the templates' text.
  return roots.map((root) =>
    [...root.children]
      .filter((child) => !child.matches('[part~="announcement"]'))
      .map((child) => (child as HTMLElement).innerText ?? '')
      .join('|'),
  );
}

/** Text nodes of white space with a line break in any shadow root under `el`. */
function indentationNodes(el: Element): number {
  let count = 0;
  for (const root of shadowRoots(el)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) if (/^\s*\n\s*$/.test((walker.currentNode as Text).data)) count += 1;
  }
  return count;
}

const frames = async () => {
  for (let i = 0; i < 2; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** The widget in a page, drawn with its catalog, or as its skeleton while the test server holds the catalog. */
async function render(tag: string, attrs: string, skeleton = false): Promise<{ widget: HTMLElement; release: () => Promise<unknown> }> {
  const held = skeleton ? scenario('held') : undefined;
  const loaded = skeleton ? undefined : loadsOf(1);
  const page = await fixture<HTMLElement>(
    staticHtml`<div class="page"><${unsafeStatic(tag)} src=${held?.url ?? '/demo/catalog.json'} ${unsafeStatic(attrs)}></${unsafeStatic(tag)}></div>`,
  );
  await loaded;
  const widget = page.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await widget.updateComplete;
  for (const inner of shadowRoots(widget).slice(1)) await (inner.host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  // A widget that fits itself to its width (the calendar's month or agenda) does so after a frame.
  await frames();
  await widget.updateComplete;
  return { widget, release: () => (held ? fetch(`/api/release/${held.key}`) : Promise.resolve()) };
}

describe('html: every widget draws the same text without the indentation', () => {
  after(async () => {
    setIndentationTrim(true);
    await setViewport({ width: 800, height: 600 });
  });

  const embeds = [...EMBEDS, { tag: 'hms-course-calendar', attrs: 'month="2027-01" time-zone="UTC"' }, { tag: 'hms-course-calendar', attrs: 'view="agenda" time-zone="UTC"' }];
  for (const width of [390, 1280]) {
    for (const { tag, attrs } of embeds) {
      for (const skeleton of [false, true]) {
        it(`<${tag} ${attrs}>${skeleton ? ', its skeleton,' : ''} at ${width} px`, async () => {
          await setViewport({ width, height: 900 });
          setIndentationTrim(false);
          const written = await render(tag, attrs, skeleton);
          const expected = drawnText(written.widget);
          expect(indentationNodes(written.widget), 'the templates as written do have indentation').to.be.above(0);
          written.widget.remove();
          await written.release();
          setIndentationTrim(true);
          const trimmed = await render(tag, attrs, skeleton);
          try {
            expect(indentationNodes(trimmed.widget), 'text nodes of indentation').to.equal(0);
            expect(drawnText(trimmed.widget)).to.deep.equal(expected);
          } finally {
            await trimmed.release();
          }
        });
      }
    }
  }
});
