// A widget whose shadow root came from a server (declarative shadow DOM, as `hms-widgets render`
// writes it) renders the catalog it has in hand in its first render: it never shows a skeleton,
// and with `src` it keeps that copy until the current catalog is in. These pages load the widgets
// without Lit's hydration support (as the autoloader and hms-widgets.js do), so the server's
// markup is replaced by a client render of the same content; test/node/hydrate.test.mjs covers hydration.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { HmsMission } from '../../src/components/mission/mission.component.js';
import { nextEvent, part, sampleCatalog, scenario, text } from '../helpers.js';

/** Parses `markup` as a page would (declarative shadow roots attached), then connects it; returns its first element. */
function serverRendered<T extends HTMLElement>(markup: string): T {
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(markup);
  const el = holder.firstElementChild as T;
  expect(el.shadowRoot, 'a declarative shadow root').to.not.equal(null);
  document.body.append(holder);
  return el;
}

/** What each render of `el` drew: whether it had a skeleton, and the mission's statement. */
function recordRenders(el: HmsMission): { skeleton: boolean; statement: string }[] {
  const renders: { skeleton: boolean; statement: string }[] = [];
  el.addController({
    hostUpdated: () =>
      renders.push({
        skeleton: el.shadowRoot!.querySelector('.placeholder, [part~="skeleton"]') !== null,
        statement: text(part(el, 'statement')),
      }),
  });
  return renders;
}

const inline = (catalog: object) => `<script type="application/json">${JSON.stringify(catalog).replace(/</g, '\\u003c')}</script>`;

describe('a server-rendered widget', () => {
  afterEach(() => {
    for (const holder of [...document.body.children]) if (holder.querySelector('hms-mission')) holder.remove();
  });

  it('shows its inline catalog in its first render, with no skeleton and no request', async () => {
    const catalog = await sampleCatalog();
    const el = serverRendered<HmsMission>(`<hms-mission locale="en"><template shadowrootmode="open"><p>From the server</p></template>${inline(catalog)}</hms-mission>`);
    const renders = recordRenders(el);
    await nextEvent(el, 'hms-load');
    await el.updateComplete;
    expect(renders.length).to.be.greaterThan(0);
    expect(renders[0]).to.deep.equal({ skeleton: false, statement: text({ textContent: catalog.mission.statement } as Element) });
    expect(renders.every((r) => !r.skeleton)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('with src, keeps its inline copy on screen until the current catalog is in, then shows that one', async () => {
    const current = await sampleCatalog();
    const old = structuredClone(current);
    old.mission.statement = 'The statement as it was when the snippet was rendered.';
    const source = scenario('held');
    const el = serverRendered<HmsMission>(
      `<hms-mission locale="en" src="${source.url}"><template shadowrootmode="open"><p>From the server</p></template>${inline(old)}</hms-mission>`,
    );
    const renders = recordRenders(el);
    await el.updateComplete;
    expect(text(part(el, 'statement'))).to.equal(old.mission.statement);
    expect(renders.every((r) => !r.skeleton)).to.equal(true);
    const loaded = nextEvent(el, 'hms-load');
    await fetch(`/api/release/${source.key}`);
    await loaded;
    await el.updateComplete;
    expect(text(part(el, 'statement'))).to.equal(text({ textContent: current.mission.statement } as Element));
    expect(renders.every((r) => !r.skeleton)).to.equal(true);
    expect((await source.hits()).count).to.equal(1);
  });
});
