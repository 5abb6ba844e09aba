import { useState } from 'react';
import type { HmsCourseSelectEvent, Modality } from 'hms-widgets';
import catalog from '../../../../demo/catalog.json';

/** The course finder with a filter held in React state, and every other widget with its events. */
export function App() {
  const [modality, setModality] = useState<Modality | undefined>(undefined);
  const [shown, setShown] = useState(true);
  const [loads, setLoads] = useState(0);
  const [selected, setSelected] = useState('');

  const onSelect = (event: HmsCourseSelectEvent) => {
    const id: string = event.detail.course.id;
    event.preventDefault();
    setSelected(id);
  };

  return (
    <main>
      <button id="filter" onClick={() => setModality('live')}>Live only</button>
      <button id="clear" onClick={() => setModality(undefined)}>All formats</button>
      <button id="toggle" onClick={() => setShown((on) => !on)}>Unmount or mount</button>
      <output id="loads">{loads}</output>
      <output id="selected">{selected}</output>
      {shown && (
        <hms-course-list
          id="list"
          catalog={catalog}
          modality={modality}
          page-size={100}
          controls="search, modality, sort"
          onhms-load={() => setLoads((n) => n + 1)}
          onhms-course-select={onSelect}
          onhms-filter-change={(event) => console.info(event.detail.total)}
        />
      )}
      <section id="gallery">
        <hms-catalog catalog={catalog} region="latam" locale="en">
          <hms-mission variant="quote" heading-level={2} onhms-load={(event) => console.info(event.detail)} onhms-error={(event) => console.info(event.detail)} />
          <hms-course-card course-id={catalog.courses[0]!.id} variant="row" onhms-calendar-download={(event) => console.info(event.detail.course.id)} onhms-catalog-issues={(event) => console.info(event.detail)} />
          <hms-program-list only-adapted now={new Date('2026-01-01')} onhms-program-select={(event) => console.info(event.detail)} />
          <hms-program-card program-id="x" theme="dark" onhms-program-select={(event) => event.preventDefault()} />
          <hms-news-list kind="news" limit={3} layout="cards" onhms-post-select={(event) => console.info(event.detail)} />
          <hms-divisions heading-level={3} />
        </hms-catalog>
      </section>
    </main>
  );
}
