import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/course-list/course-list.js';
import { renderWidget, widgetArgTypes } from '../.storybook/widget-args.js';

const TAG = 'hms-course-list';
/** The list element of a story and its shadow root, once its courses are shown. */
async function shownList(canvas: HTMLElement): Promise<ShadowRoot> {
  const list = canvas.querySelector(TAG)!;
  // The skeleton is drawn with the list's own template: wait for the loaded one.
  await waitFor(() => expect(list.shadowRoot?.querySelector('[part~="list"]') && !list.shadowRoot.querySelector('[part~="skeleton"]')).toBe(true), { timeout: 8000 });
  return list.shadowRoot!;
}

const meta: Meta = {
  title: 'Widgets/Course list',
  component: TAG,
  argTypes: widgetArgTypes(TAG),
  args: { src: 'demo/catalog.json', controls: 'search, division, modality, topic, accreditation, language, sort' },
  render: (args) => renderWidget(TAG, args),
};
export default meta;

type Story = StoryObj;

/** The full course finder in a responsive grid. Searching narrows it as you type. */
export const Grid: Story = {
  play: async ({ canvasElement }) => {
    const root = await shownList(canvasElement);
    const before = root.querySelectorAll('hms-course-card').length;
    const search = root.querySelector<HTMLInputElement>('[part~="search"]')!;
    await userEvent.type(search, 'cardio');
    await waitFor(() => expect(root.querySelectorAll('hms-course-card').length).toBeLessThan(before), { timeout: 8000 });
  },
};

/** Rows, for a wide content column; the pager moves to page 2. */
export const List: Story = {
  args: { layout: 'list', 'page-size': 6 },
  play: async ({ canvasElement }) => {
    const root = await shownList(canvasElement);
    const first = root.querySelector('hms-course-card')?.course?.id;
    await userEvent.click(root.querySelector<HTMLElement>('[part~="next"]')!);
    await waitFor(() => expect(root.querySelector('hms-course-card')?.course?.id).not.toBe(first), { timeout: 8000 });
  },
};

/** Dense lines, for a sidebar. */
export const Compact: Story = { args: { layout: 'compact', controls: 'search', 'page-size': 8 } };

/** A preset embed: the next 3 live courses in cardiology, no controls. */
export const NextLiveCardiology: Story = {
  name: 'Preset: next 3 live courses in cardiology',
  args: { modality: 'live', topic: 'cardiology', limit: 3, controls: 'none', layout: 'list', 'all-url': '#all' },
};

/** A preset band for a home page: three courses side by side, scrolled sideways on a phone. */
export const Band: Story = {
  name: 'Preset: a band of the next 3 live courses',
  args: { modality: 'live', status: 'open', limit: 3, controls: 'none', layout: 'band', 'all-url': '#all' },
};

/** Nothing matches the embed's preset search: the message. */
export const Empty: Story = { args: { q: 'no such course anywhere' } };

/** A visitor's search that matches nothing shows Clear filters; it brings every course back and keeps focus in the search box. */
export const ClearFilters: Story = {
  play: async ({ canvasElement }) => {
    const root = await shownList(canvasElement);
    await userEvent.type(root.querySelector<HTMLInputElement>('[part~="search"]')!, 'no such course anywhere');
    await waitFor(() => expect(root.querySelector('[part~="clear"]')).toBeTruthy(), { timeout: 8000 });
    await userEvent.click(root.querySelector<HTMLElement>('[part~="clear"]')!);
    await waitFor(() => expect(root.querySelectorAll('hms-course-card').length).toBeGreaterThan(0), { timeout: 8000 });
    await waitFor(() => expect(root.activeElement?.getAttribute('part')).toContain('search'), { timeout: 8000 });
  },
};

/** The catalog cannot be loaded: the message and Retry (which fails again here, and says so again). */
export const Error: Story = {
  args: { src: 'demo/no-such-catalog.json' },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector(TAG)!;
    await waitFor(() => expect(list.shadowRoot?.querySelector('[part~="retry"]')).toBeTruthy(), { timeout: 8000 });
    await userEvent.click(list.shadowRoot!.querySelector<HTMLElement>('[part~="retry"]')!);
    await waitFor(() => expect(list.shadowRoot!.querySelector('[part~="error"]')).toBeTruthy(), { timeout: 8000 });
  },
};
