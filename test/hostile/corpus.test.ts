// Issue 9, the bad catalog corpus: every document of test/fixtures/hostile (corpus.mjs says what each
// covers) served over HTTP to every widget at once. Each widget must end in a defined state (the
// catalog shown with its bad items dropped, or a clear error with Retry), nothing may reach the page
// as an uncaught exception or unhandled rejection, no payload may run, and the DOM may hold no
// handler attribute, script, frame or unsafe link.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { WIDGETS as WIDGET_LIST, type WidgetTag } from '../../src/widgets.js';
import { en } from '../../src/i18n/messages.js';
import { CONTROL, corpus, PWNED, type CorpusDocument } from '../fixtures/hostile/corpus.mjs';
import { capturingWarnings, part, parts, text, whenFound } from '../helpers.js';
import { pageFailures, pwned, unsafeDom } from './safety.js';

/** Every widget that shows catalog data (all but the provider), each with `src` and these attributes. */
const ATTRIBUTES: Partial<Record<WidgetTag, Record<string, string>>> = {
  'hms-course-list': { q: CONTROL.course.title, 'structured-data': '' },
  'hms-course-card': { 'course-id': CONTROL.course.id },
  'hms-program-list': { region: 'latam' },
  'hms-program-card': { 'program-id': CONTROL.program.id },
};
const WIDGETS: string[] = Object.keys(WIDGET_LIST).filter((tag) => tag !== 'hms-catalog');

/** Every widget on one source, as a partner page would have them. */
async function renderAll(url: string): Promise<{ stage: HTMLElement; events: Map<string, CustomEvent>; issues: number }> {
  const stage = document.createElement('div');
  const events = new Map<string, CustomEvent>();
  let issues = 0;
  stage.addEventListener('hms-catalog-issues', (event) => (issues += (event as CustomEvent<{ issues: unknown[] }>).detail.issues.length));
  const settled = new Promise<void>((resolve) => {
    const onSettle = (event: Event) => {
      const target = event.composedPath()[0] as Element;
      if (WIDGETS.includes(target.localName) && target.parentElement === stage && !events.has(target.localName)) {
        events.set(target.localName, event as CustomEvent);
        if (events.size === WIDGETS.length) resolve();
      }
    };
    stage.addEventListener('hms-load', onSettle);
    stage.addEventListener('hms-error', onSettle);
  });
  document.body.append(stage);
  for (const tag of WIDGETS) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries({ src: url, ...ATTRIBUTES[tag as WidgetTag] })) el.setAttribute(name, value);
    stage.append(el);
  }
  await settled;
  await Promise.all([...stage.children].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  return { stage, events, issues };
}

const widget = (stage: HTMLElement, tag: string) => stage.querySelector(tag)!;

/** The message a visitor must see for the expected whole-document failure. */
const expectedMessage = (kind: string) => (kind === 'schema' ? en.errorSchema('').trim() : '');

function checkLoaded(doc: CorpusDocument, stage: HTMLElement): void {
  for (const tag of WIDGETS) expect(part(widget(stage, tag), 'error'), `${tag} shows no error`).to.equal(null);
  if (!doc.controls) return;
  const card = widget(stage, 'hms-course-card');
  expect(text(part(card, 'title'))).to.include(CONTROL.course.title);
  const list = widget(stage, 'hms-course-list');
  const shown = list.shadowRoot!.querySelectorAll('hms-course-card');
  expect(shown.length, 'the search for the control course finds it').to.be.greaterThan(0);
  expect(text(part(shown[0], 'title'))).to.include(CONTROL.course.title);
  expect(text(part(widget(stage, 'hms-program-card'), 'title'))).to.include(CONTROL.program.title);
  expect(parts(widget(stage, 'hms-news-list'), 'title').map((title) => text(title))).to.satisfy((titles: string[]) => titles.some((t) => t.includes(CONTROL.post.title)));
  if (doc.marker) {
    // The payload is on screen as the text it is: it was neither parsed nor dropped.
    expect(card.shadowRoot!.textContent).to.include(doc.marker.trim());
  }
}

function checkFailed(doc: CorpusDocument, stage: HTMLElement): void {
  const kind = doc.expect.slice('error:'.length);
  for (const tag of WIDGETS) {
    const el = widget(stage, tag);
    const message = text(part(el, 'error-message'));
    expect(message.length, `${tag} says what is wrong`).to.be.greaterThan(20);
    if (expectedMessage(kind)) expect(message, tag).to.include(expectedMessage(kind));
    expect(part(el, 'retry'), `${tag} offers Retry`).to.not.equal(null);
  }
}

describe('hostile corpus: every document in every widget', () => {
  before(() => {
    delete (window as unknown as Record<string, unknown>)[PWNED];
  });

  it('the payloads are live: parsed as HTML they would run (so the flag below can catch them)', async () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    // The one place a test hands a payload to the HTML parser, on purpose.
    probe.innerHTML = `<img src="data:," onerror="window.${PWNED}='probe'">`;
    await new Promise((resolve) => setTimeout(resolve, 100));
    probe.remove();
    expect(pwned()).to.equal('probe');
    delete (window as unknown as Record<string, unknown>)[PWNED];
    expect(unsafeDom(Object.assign(document.createElement('div'), { innerHTML: '<a href="javascript:x">x</a><b onclick="x">' }))).to.have.length(2);
  });

  for (const doc of corpus) {
    it(`${doc.name}: ${doc.covers}`, async function () {
      const url = `/api/corpus/${doc.name}`;
      if (doc.large) {
        this.timeout(60_000);
        // The server builds a large document on first request, seconds of work on a busy machine:
        // done before the widgets ask, so their loader's timeout measures the answer, not the build.
        expect((await fetch(`${url}?prepare`)).status).to.equal(204);
      }
      const { result: watched, warnings } = await capturingWarnings(() => pageFailures(() => renderAll(url)));
      const { result, failures } = watched;
      const { stage, events, issues } = result;
      try {
        const expected = doc.expect === 'load' ? 'hms-load' : 'hms-error';
        for (const tag of WIDGETS) expect(events.get(tag)?.type, tag).to.equal(expected);
        // The problems reach the console once for the page, however many widgets share the document.
        const reported = warnings.filter((w) => w.startsWith('hms-widgets:') && w.includes(url));
        expect(reported, 'console warnings about the document').to.have.length(issues > 0 ? 1 : 0);
        if (issues > 0) expect(reported[0]).to.include(`${issues} problem(s)`);
        if (doc.expect === 'load') {
          checkLoaded(doc, stage);
          // The list's structured data (a lazy chunk) is in, and is JSON whatever the catalog held.
          const list = widget(stage, 'hms-course-list');
          await whenFound(list, () => list.querySelector(':scope > script[type="application/ld+json"]')); // structured data added
          expect(JSON.parse(list.querySelector(':scope > script[type="application/ld+json"]')!.textContent!)['@type']).to.equal('ItemList');
        } else checkFailed(doc, stage);
        expect(failures, 'nothing reached the page uncaught').to.deep.equal([]);
        expect(unsafeDom(stage)).to.deep.equal([]);
        expect(pwned(), 'no payload ran').to.equal(undefined);
        expect(({} as Record<string, unknown>).polluted, 'Object.prototype is untouched').to.equal(undefined);
        expect(parts(widget(stage, 'hms-course-list'), 'skeleton')).to.have.length(0);
      } finally {
        stage.remove();
      }
    });
  }
});
