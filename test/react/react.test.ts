import { expect } from '@open-wc/testing';
import React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import { CourseList, Mission } from '../../src/react/index.js';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import type { HmsCourseCard } from '../../src/components/course-card/course-card.component.js';
import { part, sampleCatalog, text } from '../helpers.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

  it('renders a course list with props as properties and hms-* events as onHms* props', async () => {
    const sample = await sampleCatalog();
    const loads: CustomEvent[] = [];
    const selections: string[] = [];
    let loaded!: () => void;
    const ready = new Promise<void>((resolve) => (loaded = resolve));
    await act(async () => {
      root.render(
        React.createElement(CourseList, {
          src: '/demo/catalog.json',
          modality: 'live',
          pageSize: 3,
          controls: 'none',
          onHmsLoad: (event) => {
            loads.push(event);
            loaded();
          },
          onHmsCourseSelect: (event) => {
            selections.push(event.detail.course.id);
            event.preventDefault();
          },
        }),
      );
    });
    await ready;
    const list = container.querySelector<HmsCourseList>('hms-course-list')!;
    await list.updateComplete;
    expect(list.modality).to.equal('live');
    expect(list.pageSize).to.equal(3);
    expect(loads[0].detail.counts.courses).to.equal(sample.courses.length);
    const card = list.shadowRoot!.querySelector<HmsCourseCard>('hms-course-card')!;
    await card.updateComplete;
    const before = location.href;
    part<HTMLAnchorElement>(card, 'title-link')!.click();
    expect(selections).to.deep.equal([card.course!.id]);
    expect(location.href).to.equal(before);
  });

  it('updates the element when props change', async () => {
    const sample = await sampleCatalog();
    await act(async () => root.render(React.createElement(Mission, { src: '/demo/catalog.json', variant: 'quote' })));
    const mission = container.querySelector('hms-mission')!;
    await mission.updateComplete;
    // The catalog may already be in the page's store from the test before: then it renders at once.
    if (!part(mission, 'statement')) await new Promise((resolve) => mission.addEventListener('hms-load', resolve, { once: true }));
    await mission.updateComplete;
    expect(text(part(mission, 'statement'))).to.equal(sample.mission.statement);
    await act(async () => root.render(React.createElement(Mission, { src: '/demo/catalog.json', variant: 'compact' })));
    await mission.updateComplete;
    expect(mission.variant).to.equal('compact');
    expect(part(mission, 'statement')).to.equal(null);
  });
});
