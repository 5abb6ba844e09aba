import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SAVED_KEY } from '../../src/controllers/saved-courses.js';

const SRC = '/demo/catalog.json';
const NOW = '2027-01-04T00:00:00Z';

/** Saves two courses of the sample catalog and one it no longer has (the widgets read them when they render). */
function withSaved(template: TemplateResult): TemplateResult {
  const courses = [
    { id: 'c-0019', title: 'Saved course' },
    { id: 'c-0002', title: 'Saved course' },
    { id: 'c-gone', title: 'A course the catalog no longer offers', start: '2026-05-04T13:00:00.000Z' },
  ];
  localStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, catalogs: { 'globalacademy.hms.harvard.edu': courses } }));
  return template;
}

/** Every widget in every layout it has, plus the error box, in groups (one test each), each given `theme` when set. */
export const GROUPS: Record<string, (theme?: string) => TemplateResult> = {
  'course list (4 layouts), course card (3 variants)': (theme) => html`
    ${['grid', 'list', 'compact', 'band'].map(
      (layout) => html`<hms-course-list src=${SRC} layout=${layout} page-size="4" theme=${ifDefined(theme)}></hms-course-list>`,
    )}
    ${['card', 'row', 'compact'].map(
      (variant) => html`<hms-course-card src=${SRC} course-id="c-0019" variant=${variant} theme=${ifDefined(theme)}></hms-course-card>`,
    )}
  `,
  'course calendar (month, agenda in course time)': (theme) => html`
    <hms-course-calendar src=${SRC} month="2027-03" now=${NOW} time-zone="UTC" view="month" theme=${ifDefined(theme)}></hms-course-calendar>
    <hms-course-calendar src=${SRC} month="2027-03" now=${NOW} time-zone="UTC" view="agenda" zone="course" theme=${ifDefined(theme)}></hms-course-calendar>
  `,
  'saved courses (a saveable list and card, the saved list with a course no longer offered)': (theme) =>
    withSaved(html`
      <hms-course-list src=${SRC} layout="list" page-size="2" saveable theme=${ifDefined(theme)}></hms-course-list>
      <hms-course-card src=${SRC} course-id="c-0019" saveable theme=${ifDefined(theme)}></hms-course-card>
      <hms-saved-courses src=${SRC} theme=${ifDefined(theme)}></hms-saved-courses>
    `),
  'mission (3 variants), programs, news (2 layouts), divisions, error box': (theme) => html`
    ${['full', 'quote', 'compact'].map((variant) => html`<hms-mission src=${SRC} variant=${variant} theme=${ifDefined(theme)}></hms-mission>`)}
    <hms-program-list src=${SRC} region="latam" now=${NOW} theme=${ifDefined(theme)}></hms-program-list>
    <hms-program-card src=${SRC} program-id="sqil" region="latam" now=${NOW} theme=${ifDefined(theme)}></hms-program-card>
    ${['list', 'cards'].map((layout) => html`<hms-news-list src=${SRC} layout=${layout} limit="2" theme=${ifDefined(theme)}></hms-news-list>`)}
    <hms-divisions src=${SRC} theme=${ifDefined(theme)}></hms-divisions>
    <hms-mission src="/api/scenario/contrast-error?plan=404" theme=${ifDefined(theme)}></hms-mission>
  `,
};

