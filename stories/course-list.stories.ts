import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/course-list/course-list.js';
import type { CourseListLayout } from '../src/components/course-list/course-list.component.js';

interface Args {
  src: string;
  layout: CourseListLayout;
  controls: string;
  division?: string;
  modality?: string;
  accredited?: string;
  topic?: string;
  language?: string;
  q?: string;
  status?: string;
  sort: string;
  limit?: number;
  allUrl?: string;
  pageSize: number;
  syncUrl: boolean;
  structuredData: boolean;
  headingLevel: number;
  locale?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Course list',
  component: 'hms-course-list',
  args: {
    src: 'demo/catalog.json',
    layout: 'grid',
    controls: 'search, division, modality, topic, accreditation, language, sort',
    sort: 'start-date',
    pageSize: 12,
    syncUrl: false,
    structuredData: false,
    headingLevel: 3,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'list', 'compact'] },
    division: { control: 'select', options: [undefined, 'global-academy', 'continuing-education', 'global-education'] },
    modality: { control: 'select', options: [undefined, 'online', 'live', 'rss', 'blended'] },
    accredited: { control: 'select', options: [undefined, 'true', 'false'] },
    status: { control: 'select', options: [undefined, 'open', 'waitlist', 'closed', 'upcoming', 'on-demand'] },
    sort: { control: 'select', options: ['start-date', 'title', 'credits', 'recent'] },
    limit: { control: { type: 'number', min: 1 } },
    pageSize: { name: 'page-size', control: { type: 'number', min: 1 } },
    allUrl: { name: 'all-url', control: 'text' },
    syncUrl: { name: 'sync-url', control: 'boolean' },
    structuredData: { name: 'structured-data', control: 'boolean' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
  },
  render: (a) => html`<hms-course-list
    src=${a.src}
    layout=${a.layout}
    controls=${a.controls}
    division=${ifDefined(a.division)}
    modality=${ifDefined(a.modality)}
    accredited=${ifDefined(a.accredited)}
    topic=${ifDefined(a.topic)}
    language=${ifDefined(a.language)}
    q=${ifDefined(a.q)}
    status=${ifDefined(a.status)}
    sort=${a.sort}
    limit=${ifDefined(a.limit)}
    all-url=${ifDefined(a.allUrl)}
    page-size=${a.pageSize}
    ?sync-url=${a.syncUrl}
    ?structured-data=${a.structuredData}
    heading-level=${a.headingLevel}
    locale=${ifDefined(a.locale)}
  ></hms-course-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The full course finder in a responsive grid. */
export const Grid: Story = {};

/** Rows, for a wide content column. */
export const List: Story = { args: { layout: 'list', pageSize: 6 } };

/** Dense lines, for a sidebar. */
export const Compact: Story = { args: { layout: 'compact', controls: 'search', pageSize: 8 } };

/** A preset embed: the 3 next live courses in cardiology, no controls. */
export const NextLiveCardiology: Story = {
  name: 'Preset: next 3 live courses in cardiology',
  args: { modality: 'live', topic: 'Cardiology', limit: 3, controls: 'none', layout: 'list', allUrl: '#all' },
};

/** Nothing matches the visitor's search: the message and Clear filters. */
export const Empty: Story = { args: { q: 'no such course anywhere' } };

/** The catalog cannot be loaded: the message and Retry. */
export const Error: Story = { args: { src: 'demo/no-such-catalog.json' } };
