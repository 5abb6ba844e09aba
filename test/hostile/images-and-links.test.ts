// Issue 27, item 8: what a catalog's links and images can make a partner's page do. Images are
// fetched without the page's address (no Referer to log), links written as relative stay on their
// host, and mailto: links carry no headers (bcc, body, ...).
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { Catalog } from '../../src/catalog/types.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import { settledFixture } from '../helpers.js';
import { MAX_COLUMNS } from '../../src/styles/list.js';
import { deepElements } from './safety.js';

const SRC = '/api/corpus/url-other-host-and-mailto-headers';

describe('catalog images and links on a partner page', () => {
  it('every catalog image in every widget that shows one is fetched with no Referer, lazily (but the first row) and off the main thread', async () => {
    const { el: list } = await settledFixture(html`<hms-course-list src=${SRC} page-size="50"></hms-course-list>`);
    const { el: news } = await settledFixture(html`<hms-news-list src=${SRC}></hms-news-list>`);
    const { el: card } = await settledFixture(html`<hms-course-card src=${SRC} course-id="control-course"></hms-course-card>`);
    const images = [list, news, card].flatMap((el) => [...deepElements(el.shadowRoot!)].filter((node) => node.localName === 'img')) as HTMLImageElement[];
    // The control course and post, the card, and the five courses whose image names another host.
    expect(images.length).to.be.at.least(8);
    for (const img of images) {
      expect(img.getAttribute('referrerpolicy'), img.src).to.equal('no-referrer');
      expect(img.referrerPolicy).to.equal('no-referrer');
      expect(img.decoding).to.equal('async');
    }
    // A list's first row is on the first screen: its cards (the first ones, at most a widest row's) load their image at once, every other one lazily.
    const cards = [...list.shadowRoot!.querySelectorAll('hms-course-card')].map((card) => card.getAttribute('image-loading'));
    const row = cards.indexOf('lazy');
    expect(row).to.be.within(1, MAX_COLUMNS);
    expect(cards.slice(row).every((loading) => loading === 'lazy')).to.equal(true);
    const posts = [...news.shadowRoot!.querySelectorAll('[part~="list"] > li')];
    posts.forEach((post, index) => {
      const img = post.querySelector('img');
      if (img && index >= MAX_COLUMNS) expect(img.loading, img.src).to.equal('lazy');
    });
    expect((card.shadowRoot!.querySelector('img') as HTMLImageElement).loading, 'a card on its own').to.equal('lazy');
  });

  it('links and images that looked relative but name another host are written as absolute URLs to that host', async () => {
    const { el } = await settledFixture(html`<hms-course-list src=${SRC} page-size="50"></hms-course-list>`);
    // The Add to calendar menu's links go to the calendar services, with the course link as data in them.
    const isCalendarOption = (node: Element) => (node.getAttribute('part') ?? '').split(' ').includes('calendar-option');
    const options = [...deepElements(el.shadowRoot!)].filter((node) => isCalendarOption(node) && node.localName === 'a');
    expect(options.length).to.be.greaterThan(0);
    for (const option of options) expect(new URL(option.getAttribute('href')!).hostname).to.be.oneOf(['calendar.google.com', 'outlook.live.com', 'outlook.office.com']);
    const written = [...deepElements(el.shadowRoot!)]
      .filter((node) => !isCalendarOption(node))
      .flatMap((node) => [node.getAttribute(node.localName === 'img' ? 'src' : 'href') ?? []].flat());
    const toEvil = written.filter((value) => value.includes('evil.example'));
    expect(toEvil.length, 'links and images naming evil.example').to.be.at.least(10);
    for (const value of toEvil) expect(value, value).to.match(/^https?:\/\/evil\.example\//);
  });

  it('mailto: links keep their address and lose bcc, body and the rest; one without an address is removed and reported', async () => {
    const body = await (await fetch(SRC)).text();
    const { catalog, issues } = validateCatalog(JSON.parse(body) as Catalog, { baseUrl: new URL(SRC, location.href).href });
    const mailto = catalog.courses.map((course) => course.url).filter((url) => url?.startsWith('mailto:'));
    expect(mailto).to.deep.equal(['mailto:cme@hms.harvard.edu']);
    expect(issues.filter((issue) => /^\$\.courses\[\d+\]\.url$/.test(issue.path))).to.have.length(2);
    const { el } = await settledFixture(html`<hms-course-list src=${SRC} page-size="50"></hms-course-list>`);
    const hrefs = [...deepElements(el.shadowRoot!)].filter((node) => node.localName === 'a').map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => href.startsWith('mailto:'))).to.satisfy((links: string[]) => links.length > 0 && links.every((href) => !href.includes('?')));
  });

  it('an image link that is mailto: is no image: removed and reported, the item kept', () => {
    const { catalog, issues } = validateCatalog({
      version: 1,
      posts: [{ id: 'p', kind: 'news', title: 'T', published: '2027-01-04', image: { url: 'mailto:someone@example.org', alt: '' } }],
    });
    expect(catalog.posts[0].image).to.equal(undefined);
    expect(issues).to.deep.equal([{ path: '$.posts[0].image.url', message: 'is a mailto: link, not an image, and was removed', action: 'fixed' }]);
  });
});
