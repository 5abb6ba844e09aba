import { expect, html } from '@open-wc/testing';
import '../../src/components/news-list/news-list.js';
import '../../src/components/divisions/divisions.js';
import type { HmsNewsList } from '../../src/components/news-list/news-list.component.js';
import type { HmsDivisions } from '../../src/components/divisions/divisions.component.js';
import type { Catalog } from '../../src/catalog/types.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import { en } from '../../src/i18n/messages.js';
import { part, parts, sampleCatalog, settledFixture, text } from '../helpers.js';

const SRC = '/demo/catalog.json';

describe('<hms-news-list>', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = validateCatalog(await sampleCatalog()).catalog;
  });
  const newestFirst = (kind: string) =>
    catalog.posts.filter((p) => kind === 'all' || p.kind === kind).sort((a, b) => b.published.localeCompare(a.published));

  for (const kind of ['all', 'news', 'blog']) {
    it(`kind="${kind}": newest first`, async () => {
      const { el } = await settledFixture<HmsNewsList>(html`<hms-news-list src=${SRC} kind=${kind}></hms-news-list>`);
      expect(parts(el, 'title').map(text)).to.deep.equal(newestFirst(kind).map((p) => p.title));
      expect(parts(el, 'kind').map(text)).to.deep.equal(newestFirst(kind).map((p) => en.postKind[p.kind]));
    });
  }

  it('limit shows the newest N', async () => {
    const { el } = await settledFixture<HmsNewsList>(html`<hms-news-list src=${SRC} kind="news" limit="2"></hms-news-list>`);
    expect(parts(el, 'title').map(text)).to.deep.equal(newestFirst('news').slice(0, 2).map((p) => p.title));
  });

  it('recent posts get a relative date, older ones the date, both in the visitor\'s language', async () => {
    const newest = newestFirst('all')[0];
    const now = new Date(Date.parse(`${newest.published}T12:00:00Z`) + 3 * 86_400_000);
    const { el } = await settledFixture<HmsNewsList>(html`<hms-news-list src=${SRC} .now=${now} locale="en"></hms-news-list>`);
    const dates = parts(el, 'date');
    expect(text(dates[0])).to.equal('3 days ago');
    expect(dates[0].getAttribute('datetime')).to.equal(newest.published);
    const old = newestFirst('all').at(-1)!;
    expect(text(dates.at(-1))).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${old.published}T00:00:00Z`)));
  });

  it('authors and summaries, as text, and accessible in both layouts', async () => {
    for (const layout of ['list', 'cards']) {
      const { el } = await settledFixture<HmsNewsList>(html`<hms-news-list src=${SRC} layout=${layout} limit="3"></hms-news-list>`);
      const first = newestFirst('all')[0];
      expect(text(part(el, 'author'))).to.equal(en.byAuthor(first.author!));
      expect(text(part(el, 'summary'))).to.equal(first.summary);
      await expect(el).to.be.accessible();
    }
  });

  it('hms-post-select is cancelable', async () => {
    const { el } = await settledFixture<HmsNewsList>(html`<hms-news-list src=${SRC} limit="1"></hms-news-list>`);
    let post: { id: string } | undefined;
    const listener = (event: Event) => {
      post = (event as CustomEvent).detail.post;
      event.preventDefault();
    };
    el.addEventListener('hms-post-select', listener);
    part<HTMLAnchorElement>(el, 'title-link')!.click();
    expect(post!.id).to.equal(newestFirst('all')[0].id);
  });

  it('no posts: says so', async () => {
    const { el } = await settledFixture<HmsNewsList>(html`<hms-news-list .catalog=${{ version: 1 }}></hms-news-list>`);
    expect(text(part(el, 'empty'))).to.equal(en.noPosts);
  });
});

describe('<hms-divisions>', () => {
  it('shows the three divisions with their count of current offerings from the catalog', async () => {
    const { catalog } = validateCatalog(await sampleCatalog());
    const { el } = await settledFixture<HmsDivisions>(html`<hms-divisions src=${SRC}></hms-divisions>`);
    const divisions = parts(el, 'division');
    expect(divisions).to.have.length(3);
    divisions.forEach((division, i) => {
      const expected = catalog.divisions[i];
      expect(text(division.querySelector('[part=division-name]'))).to.equal(expected.name);
      expect((division.querySelector('[part=division-link]') as HTMLAnchorElement).href).to.equal(expected.url);
      const open = catalog.courses.filter((c) => c.division === expected.id && c.status !== 'closed').length;
      const count = expected.id === 'global-education' ? open + catalog.programs.length : open;
      expect(text(division.querySelector('[part=division-count]'))).to.equal(en.offeringsCount(count, String(count)));
    });
    await expect(el).to.be.accessible();
  });
});
