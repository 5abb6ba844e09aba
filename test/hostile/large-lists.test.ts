// Issue 27, item 2: catalogs whose lists froze a partner's page for seconds (100,000 posts, facts,
// topics, offerings or sessions, 20,000 programs). Each widget now shows a bounded part of them and
// the catalog's issues say what validation cut. These tests count what is built, which is
// deterministic; how long the main thread is held is measured by `npm run bench -- --only longtasks`.
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { HmsCourseCard } from '../../src/components/course-card/course-card.component.js';
import { MAX_OPTIONS } from '../../src/components/course-list/course-list.filters.js';
import { JSON_LD_LIMITS } from '../../src/catalog/structured-data.js';
import type { CatalogIssue } from '../../src/catalog/types.js';
import { LIST_LIMITS } from '../../src/catalog/validate.js';
import { CONTROL } from '../fixtures/hostile/corpus.mjs';
import { parts, settledFixture, text, whenFound } from '../helpers.js';

/** The URL of a large-list document, built by the test server before the widget asks for it. */
async function prepared(name: string): Promise<string> {
  const url = `/api/corpus/${name}`;
  expect((await fetch(`${url}?prepare`)).status).to.equal(204);
  return url;
}

/** A widget on `url` once loaded, with the issues its catalog reported. */
async function shown<T extends HTMLElement>(template: ReturnType<typeof html>): Promise<{ el: T; issues: CatalogIssue[] }> {
  let issues: CatalogIssue[] = [];
  const onIssues = (event: Event) => (issues = (event as CustomEvent<{ issues: CatalogIssue[] }>).detail.issues);
  document.addEventListener('hms-catalog-issues', onIssues);
  try {
    // hms-catalog-issues comes before hms-load, which settledFixture waits for.
    const { el } = await settledFixture<T>(template);
    return { el, issues };
  } finally {
    document.removeEventListener('hms-catalog-issues', onIssues);
  }
}

const cut = (issues: CatalogIssue[], path: string, length: number) =>
  expect(issues.find((issue) => issue.path === path), path).to.deep.equal({
    path,
    message: `has ${length} entries, more than the ${LIST_LIMITS[path.split('.').at(-1) as keyof typeof LIST_LIMITS]} a catalog may have; entries ${LIST_LIMITS[path.split('.').at(-1) as keyof typeof LIST_LIMITS]} to ${length - 1} were dropped`,
    action: 'dropped',
  });

describe('catalogs with huge lists (issue 27): every widget shows a bounded part, and says what was cut', function () {
  // The server builds each document (megabytes) on first request; seconds of work on a busy machine.
  this.timeout(60_000);

  it('100,000 posts: the catalog keeps 2,000, and <hms-news-list> without limit shows the newest 20', async () => {
    const src = await prepared('posts-100000');
    const { el, issues } = await shown(html`<hms-news-list src=${src}></hms-news-list>`);
    cut(issues, '$.posts', 100_001);
    const titles = parts(el, 'title').map((title) => text(title));
    expect(titles).to.have.length(20);
    expect(titles[0]).to.equal(CONTROL.post.title);
    el.setAttribute('limit', '35');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(parts(el, 'post')).to.have.length(35);
  });

  it('100,000 facts: <hms-mission> shows the 50 the catalog keeps', async () => {
    const src = await prepared('facts-100000');
    const { el, issues } = await shown(html`<hms-mission src=${src}></hms-mission>`);
    cut(issues, '$.organization.facts', 100_001);
    expect(parts(el, 'fact')).to.have.length(LIST_LIMITS.facts);
  });

  it('20,000 programs: the catalog keeps 200, and <hms-program-list> without limit shows the first 50 by cohort', async () => {
    const src = await prepared('programs-20000');
    const { el, issues } = await shown(html`<hms-program-list src=${src}></hms-program-list>`);
    cut(issues, '$.programs', 20_001);
    const items = parts(el, 'item');
    expect(items).to.have.length(50);
    expect(items[0].querySelector('hms-program-card')!.program!.id).to.equal(CONTROL.program.id);
  });

  it(`100,000 distinct topics: the topic filter lists the ${MAX_OPTIONS} with the most courses, and the one chosen`, async () => {
    const src = await prepared('topics-100000');
    const { el } = await settledFixture(html`<hms-course-list src=${src} topic="Topic 99999"></hms-course-list>`);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-topic')!;
    const values = [...select.options].map((option) => option.value);
    // "All topics", the 200 most used (Cardiology, on the control course, among them), and the current one.
    expect(values).to.have.length(MAX_OPTIONS + 2);
    expect(values).to.include('Cardiology');
    expect(select.value).to.equal('Topic 99999');
  });

  it('100,000 offerings: <hms-divisions> shows the 50 the catalog keeps', async () => {
    const src = await prepared('offerings-100000');
    const { el, issues } = await shown(html`<hms-divisions src=${src}></hms-divisions>`);
    cut(issues, '$.divisions[0].offerings', 100_000);
    expect(parts(el, 'offering')).to.have.length(LIST_LIMITS.offerings);
  });

  it('one course with 100,000 sessions: 500 events in its .ics, 20 instances in its JSON-LD', async () => {
    const src = await prepared('sessions-100000');
    const { el: card, issues } = await shown<HmsCourseCard>(html`<hms-course-card src=${src} course-id=${CONTROL.course.id}></hms-course-card>`);
    cut(issues, '$.courses[0].sessions', 100_000);
    expect(card.toIcs()!.match(/^BEGIN:VEVENT\r$/gm)).to.have.length(LIST_LIMITS.sessions);
    const { el: list } = await settledFixture(html`<hms-course-list src=${src} structured-data></hms-course-list>`);
    const script = await whenFound(list, () => list.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]'));
    const data = JSON.parse(script.textContent!) as { itemListElement: { item: { hasCourseInstance: unknown[] } }[] };
    expect(data.itemListElement[0].item.hasCourseInstance).to.have.length(JSON_LD_LIMITS.instances);
  });
});
