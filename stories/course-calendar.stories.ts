import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/course-calendar/course-calendar.js';
import { renderWidget, widgetArgTypes } from '../.storybook/widget-args.js';

const TAG = 'hms-course-calendar';

/** The calendar element of a story and its shadow root, once its sessions are shown. */
async function shownCalendar(canvas: HTMLElement): Promise<ShadowRoot> {
  const calendar = canvas.querySelector(TAG)!;
  // The skeleton is drawn with the calendar's own boxes: wait for the loaded one.
  await waitFor(() => expect(calendar.shadowRoot?.querySelector('[part~="toolbar"]') && !calendar.shadowRoot.querySelector('[part~="skeleton"]')).toBe(true), {
    timeout: 8000,
  });
  return calendar.shadowRoot!;
}

const meta: Meta = {
  title: 'Widgets/Course calendar',
  component: TAG,
  argTypes: widgetArgTypes(TAG),
  args: { src: 'demo/catalog.json', month: '2027-03', now: '2027-03-10T12:00:00Z' },
  render: (args) => renderWidget(TAG, args),
};
export default meta;

type Story = StoryObj;

/** March 2027 in a month grid; the arrow keys move by day and Enter opens the day's sessions. */
export const Month: Story = {
  args: { view: 'month' },
  play: async ({ canvasElement }) => {
    const root = await shownCalendar(canvasElement);
    // The month's sessions are placed on their days once the visitor's zone and the strings are in.
    await waitFor(() => expect(root.querySelector('td[part~="has-sessions"]')).toBeTruthy(), { timeout: 8000 });
    root.querySelector<HTMLElement>('td[part~="has-sessions"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(root.querySelector('[part~="day"]')).toBeTruthy(), { timeout: 8000 });
  },
};

/** The agenda: the month's days with sessions, each with its time in the visitor's and the course's zone. */
export const Agenda: Story = { args: { view: 'agenda' } };

/** Each course's own clock: a Lisbon course at 9:00 reads 9:00 wherever the visitor is. */
export const CourseTime: Story = { args: { view: 'agenda', zone: 'course' } };

/** A preset embed: live courses only, the topic filter shown. */
export const LiveCourses: Story = { args: { modality: 'live', controls: 'topic' } };

/** A visitor in Riyadh: Arabic, right to left, the week starting on the locale's first day. */
export const Arabic: Story = { args: { locale: 'ar', 'time-zone': 'Asia/Riyadh', view: 'month' } };

/** The catalog cannot be loaded: the message and Retry. */
export const Error: Story = {
  args: { src: 'demo/no-such-catalog.json' },
  play: async ({ canvasElement }) => {
    const calendar = canvasElement.querySelector(TAG)!;
    await waitFor(() => expect(calendar.shadowRoot?.querySelector('[part~="retry"]')).toBeTruthy(), { timeout: 8000 });
  },
};
