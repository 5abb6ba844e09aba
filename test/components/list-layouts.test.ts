import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { gridColumns } from '../../src/styles/list.js';
import { settledFixture } from '../helpers.js';

const SRC = '/demo/catalog.json';

/** The list's items, grouped in rows by where they are drawn. */
function rows(el: HTMLElement): HTMLElement[][] {
  const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list"] > li')];
  const byTop = new Map<number, HTMLElement[]>();
  for (const item of items) {
    const top = Math.round(item.getBoundingClientRect().top);
    byTop.set(top, [...(byTop.get(top) ?? []), item]);
  }
  return [...byTop.values()];
}

describe('gridColumns: a grid that fills its rows', () => {
  it('never more columns than items, so no empty column beside a short list', () => {
    expect(gridColumns(3, 4)).to.equal(3);
    expect(gridColumns(2, 4)).to.equal(2);
    expect(gridColumns(1, 4)).to.equal(1);
  });

  it('no lone item on the last row when one column fewer avoids it', () => {
    expect(gridColumns(9, 4)).to.equal(3);
    expect(gridColumns(5, 4)).to.equal(3);
    expect(gridColumns(6, 4)).to.equal(3);
    expect(gridColumns(4, 3)).to.equal(2);
  });

  it('keeps the widest grid when it already fills its rows, or when no split does better', () => {
    expect(gridColumns(12, 4)).to.equal(4);
    expect(gridColumns(8, 4)).to.equal(4);
    expect(gridColumns(7, 4)).to.equal(4);
    expect(gridColumns(13, 4)).to.equal(4);
    expect(gridColumns(7, 3)).to.equal(3);
  });
});

describe('list layouts at 1280 and 390 px', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('9 courses in a wide grid: three rows of three, not 4 + 4 + 1', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { el } = await settledFixture<HTMLElement>(html`<hms-course-list src=${SRC} page-size="9" controls="none"></hms-course-list>`);
    expect(rows(el).map((row) => row.length)).to.deep.equal([3, 3, 3]);
  });

  it('12 courses in a wide grid: four columns', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { el } = await settledFixture<HTMLElement>(html`<hms-course-list src=${SRC} page-size="12" controls="none"></hms-course-list>`);
    expect(rows(el).map((row) => row.length)).to.deep.equal([4, 4, 4]);
  });

  it('three news cards take the whole width in three columns', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { el } = await settledFixture<HTMLElement>(html`<hms-news-list src=${SRC} limit="3" layout="cards"></hms-news-list>`);
    const [row] = rows(el);
    expect(row).to.have.length(3);
    const list = el.shadowRoot!.querySelector('[part~="list"]')!.getBoundingClientRect();
    expect(row.at(-1)!.getBoundingClientRect().right).to.be.closeTo(list.right, 2);
  });

  it('a band at 1280 px: the three courses side by side, as tall as one card', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { el } = await settledFixture<HTMLElement>(html`<hms-course-list src=${SRC} layout="band" limit="3" controls="none"></hms-course-list>`);
    expect(rows(el).map((row) => row.length)).to.deep.equal([3]);
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part~="list"]')!;
    expect(list.scrollWidth).to.be.at.most(list.clientWidth + 1);
    // the band's cards are short: no summary, topics or directors
    const card = el.shadowRoot!.querySelector('hms-course-card')!;
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part~="summary"]')!).display).to.equal('none');
  });

  it('a band at 390 px: one row that scrolls sideways, each card most of the width, its links reachable by keyboard', async () => {
    await setViewport({ width: 390, height: 800 });
    const { el } = await settledFixture<HTMLElement>(html`<hms-course-list src=${SRC} layout="band" limit="3" controls="none"></hms-course-list>`);
    expect(rows(el)).to.have.length(1);
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part~="list"]')!;
    expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
    const first = el.shadowRoot!.querySelector('[part~="list"] > li')!.getBoundingClientRect();
    expect(first.width).to.be.within(list.clientWidth * 0.6, list.clientWidth);
    // The last card's link, focused, is scrolled into view.
    const cards = el.shadowRoot!.querySelectorAll('hms-course-card');
    const link = cards[cards.length - 1].shadowRoot!.querySelector<HTMLElement>('[part~="title-link"]')!;
    link.focus();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const box = link.getBoundingClientRect();
    const frame = list.getBoundingClientRect();
    expect(box.left).to.be.at.least(frame.left - 1);
    expect(box.right).to.be.at.most(frame.right + 1);
  });

  it('the first row of a grid loads its images at once, the rest lazily', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { el } = await settledFixture<HTMLElement>(html`<hms-course-list src=${SRC} page-size="9" controls="none"></hms-course-list>`);
    const cards = [...el.shadowRoot!.querySelectorAll('hms-course-card')];
    expect(cards.map((card) => card.getAttribute('image-loading'))).to.deep.equal(['eager', 'eager', 'eager', ...Array(6).fill('lazy')]);
  });
});
