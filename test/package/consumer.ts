// A consumer written in strict TypeScript, against the packed package (test/node/package.test.mjs).
import 'hms-widgets/define';
import 'hms-widgets/course-list';
import { HmsMission as MissionClass } from 'hms-widgets/mission/class';
import { configureCatalogLoader, validateCatalog, type Course, type HmsCourseSelectEvent, type HmsMission } from 'hms-widgets';

configureCatalogLoader({ timeout: 5000 });

const list = document.querySelector('hms-course-list');
if (list) {
  list.modality = 'live';
  list.pageSize = 6;
  list.addEventListener('hms-course-select', (event: HmsCourseSelectEvent) => {
    const course: Course = event.detail.course;
    console.log(course.title.toUpperCase(), event.cancelable);
  });
  list.addEventListener('hms-filter-change', (event) => console.log(event.detail.total, event.detail.filters.q ?? ''));
}

const mission: HmsMission | null = document.querySelector('hms-mission');
mission?.refresh().then(() => console.log(mission.variant));
customElements.define('partner-mission', class extends MissionClass {});

const { catalog, issues } = validateCatalog({ version: 1 });
console.log(catalog.courses.length, issues.map((issue) => issue.path));
