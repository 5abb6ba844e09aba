import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/course-card/course-card.js';
import type { CourseCardVariant } from '../src/components/course-card/course-card.component.js';

interface Args {
  src: string;
  courseId: string;
  variant: CourseCardVariant;
  headingLevel: number;
  locale: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Course card',
  component: 'hms-course-card',
  args: { src: 'demo/catalog.json', courseId: 'c-0002', variant: 'card', headingLevel: 3, locale: 'en-US' },
  argTypes: {
    courseId: { name: 'course-id', control: 'text' },
    variant: { control: 'inline-radio', options: ['card', 'row', 'compact'] },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    locale: { control: 'select', options: ['en-US', 'es', 'pt-BR', 'fr', 'ar-SA', 'zh-Hans'] },
  },
  render: (a) =>
    html`<hms-course-card src=${a.src} course-id=${a.courseId} variant=${a.variant} heading-level=${a.headingLevel} locale=${a.locale}></hms-course-card>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A live course: dates in its own time zone, credits, price and Add to calendar. */
export const LiveCourse: Story = {};

/** The same course read by a visitor in Riyadh: Arabic numerals, Boston time. */
export const ReadInArabic: Story = { args: { locale: 'ar-SA' } };

/** A course id the catalog does not have. */
export const UnknownCourse: Story = { args: { courseId: 'no-such-course' } };
