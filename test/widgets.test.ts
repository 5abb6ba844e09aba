// The one widget list (src/widgets.ts) against what the elements document (custom-elements.json,
// built from their JSDoc by `npm run build`) and what `hms-widgets/define` registers.
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { WIDGET_EVENTS, WIDGETS, type WidgetTag } from '../src/widgets.js';

interface ManifestElement {
  tagName?: string;
  events?: { name: string }[];
}

async function documented(): Promise<Map<string, string[]>> {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'custom-elements.json is served (npm run build writes it)').to.equal(true);
  const manifest = (await response.json()) as { modules: { declarations?: ManifestElement[] }[] };
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  return new Map(elements.map((d) => [d.tagName!, (d.events ?? []).map((event) => event.name).sort()]));
}

describe('the widget list', () => {
  it('names every documented element, and hms-widgets/define registers each with its class', async () => {
    const manifest = await documented();
    expect(Object.keys(WIDGETS).sort()).to.deep.equal([...manifest.keys()].sort());
    for (const [tag, element] of Object.entries(WIDGETS)) expect(customElements.get(tag), tag).to.equal(element);
  });

  it('lists the events each element documents with @fires, no more and no fewer', async () => {
    const manifest = await documented();
    for (const tag of Object.keys(WIDGETS) as WidgetTag[]) {
      expect([...WIDGET_EVENTS[tag]].sort(), `${tag} events`).to.deep.equal(manifest.get(tag));
    }
  });
});
