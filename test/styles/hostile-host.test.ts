import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { nextEvent, part, scenario } from '../helpers.js';

const HOSTILE = `
  * { all: unset; }
  button { display: none !important; }
  p { color: red !important; }
  a { pointer-events: none !important; color: red !important; }
  input, select { display: none !important; }
  ul, li, div { margin: 50px !important; padding: 50px !important; }
  html { font-size: 62.5%; }
`;

describe('a hostile host stylesheet leaves the widgets intact', () => {
  let sheet: HTMLStyleElement;
  before(() => {
    sheet = Object.assign(document.createElement('style'), { textContent: HOSTILE });
    document.head.append(sheet);
  });
  after(() => sheet.remove());

  it('content, buttons, links and controls inside the widgets keep their own styles', async () => {
    const broken = scenario('404');
    // Like most pages with a 62.5% root, the host sets its own text size back with rem (1.6rem = 16px).
    const page = await fixture<HTMLElement>(html`<section style="font-size: 1.6rem">
      <hms-mission variant="quote" src="/demo/catalog.json"></hms-mission>
      <hms-course-list src="/demo/catalog.json" page-size="2" controls="search, modality"></hms-course-list>
      <hms-mission class="broken" variant="quote" src=${broken.url}></hms-mission>
    </section>`);
    const [mission, list, failing] = [...page.children] as HTMLElement[];
    await Promise.all([
      nextEvent(mission, 'hms-load'),
      nextEvent(list, 'hms-load'),
      nextEvent(failing, 'hms-error'),
    ]);
    await Promise.all([mission, list, failing].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));

    const statement = part(mission, 'statement')!.querySelector('p')!;
    expect(getComputedStyle(statement).color).not.to.equal('rgb(255, 0, 0)');
    expect(statement.getBoundingClientRect().height).to.be.greaterThan(0);
    // em-based sizes follow the host's text (16px), not its 62.5% root: a rem-based widget would be 12.5px
    expect(parseFloat(getComputedStyle(statement).fontSize)).to.equal(20);

    const retry = part<HTMLButtonElement>(failing, 'retry')!;
    expect(getComputedStyle(retry).display).not.to.equal('none');
    expect(retry.getBoundingClientRect().width).to.be.greaterThan(0);

    const search = part<HTMLInputElement>(list, 'search')!;
    expect(getComputedStyle(search).display).not.to.equal('none');
    const card = list.shadowRoot!.querySelector('hms-course-card')!;
    const link = part<HTMLAnchorElement>(card, 'title-link')!;
    expect(getComputedStyle(link).pointerEvents).to.equal('auto');
    expect(getComputedStyle(link).color).not.to.equal('rgb(255, 0, 0)');
    expect(parseFloat(getComputedStyle(part(list, 'list')!).marginTop)).to.equal(0);
  });
});
