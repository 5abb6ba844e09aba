import { expect } from '@open-wc/testing';
import React, { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { CourseList, Mission } from '../../src/react/index.js';
import { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import type { HmsCourseCard } from '../../src/components/course-card/course-card.component.js';
import type { HmsCalendarDownloadEvent } from '../../src/events/hms-calendar-download.js';
import type { HmsCourseSelectEvent } from '../../src/events/hms-course-select.js';
import type { HmsFilterChangeEvent } from '../../src/events/hms-filter-change.js';
import type { HmsLoadEvent } from '../../src/events/hms-load.js';
import { part, parts, sampleCatalog, text, whenShown } from '../helpers.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A promise and the function that resolves it. */
function signal<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('React wrappers (hms-widgets/react)', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('renders <hms-course-list> with props as properties and hms-* events as onHms* props', async () => {
    const sample = await sampleCatalog();
    const loaded = signal<HmsLoadEvent>();
    const filterChanges: HmsFilterChangeEvent[] = [];
    const filterChanged = signal<void>();
    const selections: HmsCourseSelectEvent[] = [];
    const downloads: HmsCalendarDownloadEvent[] = [];
    const props = {
      src: '/demo/catalog.json',
      modality: 'live' as const,
      pageSize: 3,
      onHmsLoad: (event: HmsLoadEvent) => loaded.resolve(event),
      onHmsFilterChange: (event: HmsFilterChangeEvent) => {
        filterChanges.push(event);
        filterChanged.resolve();
      },
      onHmsCourseSelect: (event: HmsCourseSelectEvent) => {
        selections.push(event);
        event.preventDefault(); // stay on the page
      },
      onHmsCalendarDownload: (event: HmsCalendarDownloadEvent) => {
        downloads.push(event);
        event.preventDefault(); // no .ics download
      },
    };
    await act(async () => root.render(React.createElement(CourseList, props)));
    const load = await loaded.promise;

    const list = container.querySelector('hms-course-list')!;
    expect(list).to.be.instanceOf(HmsCourseList);
    expect(list.parentElement).to.equal(container);
    await list.updateComplete;
    expect(list.src).to.equal('/demo/catalog.json');
    expect(list.modality).to.equal('live');
    expect(list.getAttribute('modality'), 'the modality property reflects').to.equal('live');
    expect(list.pageSize).to.equal(3);
    expect(load.target).to.equal(list);
    expect(load.detail.counts.courses).to.equal(sample.courses.length);

    const cards = parts<HmsCourseCard>(list, 'item').map((item) => item.querySelector('hms-course-card')!);
    expect(cards.length).to.be.within(1, 3);
    for (const card of cards) expect(card.course!.modality).to.equal('live');

    // A visitor control: the sort select fires hms-filter-change, which reaches onHmsFilterChange.
    const sort = part<HTMLSelectElement>(list, 'sort')!;
    sort.value = 'title';
    sort.dispatchEvent(new Event('change'));
    await filterChanged.promise;
    expect(filterChanges[0].detail.sort).to.equal('title');
    expect(filterChanges[0].detail.filters).to.include({ modality: 'live' });
    await list.updateComplete;

    // A card's title link: hms-course-select crosses the list's shadow root to onHmsCourseSelect.
    const card = list.shadowRoot!.querySelector<HmsCourseCard>('hms-course-card')!;
    await card.updateComplete;
    const before = location.href;
    part<HTMLAnchorElement>(card, 'title-link')!.click();
    expect(selections.map((event) => event.detail.course.id)).to.deep.equal([card.course!.id]);
    expect(selections[0].defaultPrevented).to.equal(true);
    expect(location.href, 'the page did not navigate').to.equal(before);

    // "Add to calendar" on a card in the list: hms-calendar-download reaches onHmsCalendarDownload.
    const shown = [...list.shadowRoot!.querySelectorAll<HmsCourseCard>('hms-course-card')];
    const withCalendar = shown.find((c) => part(c, 'calendar'));
    expect(withCalendar, 'a live course with a dated session shows "Add to calendar"').to.exist;
    part<HTMLButtonElement>(withCalendar!, 'calendar-ics')!.click();
    expect(downloads).to.have.length(1);
    expect(downloads[0].detail.ics).to.include('BEGIN:VCALENDAR');
    expect(downloads[0].defaultPrevented).to.equal(true);
  });

  it('swaps event listeners when the onHms* prop changes', async () => {
    const loaded = signal<void>();
    const first: string[] = [];
    const second: string[] = [];
    const render = (onHmsCourseSelect: (event: HmsCourseSelectEvent) => void) =>
      act(async () =>
        root.render(
          React.createElement(CourseList, {
            src: '/demo/catalog.json',
            pageSize: 1,
            controls: 'none',
            onHmsLoad: () => loaded.resolve(),
            onHmsCourseSelect,
          }),
        ),
      );
    await render((event) => {
      first.push(event.detail.course.title);
      event.preventDefault();
    });
    // The catalog may already be in the page's store from the test before: then it loads at once.
    const list = container.querySelector('hms-course-list')!;
    if (!list.shadowRoot?.querySelector('hms-course-card')) await loaded.promise;
    await list.updateComplete;
    const card = list.shadowRoot!.querySelector<HmsCourseCard>('hms-course-card')!;
    await card.updateComplete;
    part<HTMLAnchorElement>(card, 'title-link')!.click();
    await render((event) => {
      second.push(event.detail.course.title);
      event.preventDefault();
    });
    expect(container.querySelector('hms-course-list'), 'the same element, updated').to.equal(list);
    part<HTMLAnchorElement>(card, 'title-link')!.click();
    expect(first).to.deep.equal([card.course!.title]);
    expect(second).to.deep.equal([card.course!.title]);
  });

  it('updates the element when props change', async () => {
    const sample = await sampleCatalog();
    await act(async () => root.render(React.createElement(Mission, { src: '/demo/catalog.json', variant: 'quote' })));
    const mission = container.querySelector('hms-mission')!;
    await mission.updateComplete;
    // The catalog may already be in the page's store from the test before: then it renders at once.
    await whenShown(mission);
    await mission.updateComplete;
    expect(text(part(mission, 'statement'))).to.equal(sample.mission.statement);
    await act(async () => root.render(React.createElement(Mission, { src: '/demo/catalog.json', variant: 'compact' })));
    await mission.updateComplete;
    expect(mission.variant).to.equal('compact');
    expect(part(mission, 'statement')).to.equal(null);
  });
});
