import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/course-list/course-list.js';
import '../src/components/saved-courses/saved-courses.js';
import { SAVED_KEY } from '../src/controllers/saved-courses.js';
import { renderWidget, widgetArgTypes } from '../.storybook/widget-args.js';

const TAG = 'hms-saved-courses';
/** The sample catalog's identity: the host of its organization's address, its saved list's key. */
const SAMPLE = 'globalacademy.hms.harvard.edu';

/** Puts a visitor's saved list in the browser for a story, and takes it away after. */
function saved(courses: { id: string; title: string; start?: string }[]): () => void {
  localStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, catalogs: { [SAMPLE]: courses } }));
  return () => localStorage.removeItem(SAVED_KEY);
}

/** The saved list's shadow root, once its courses (or its empty box) are shown. */
async function shown(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector(TAG)!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('[part~="list"], [part~="empty"]') && !el.shadowRoot.querySelector('[part~="skeleton"]')).toBe(true), {
    timeout: 8000,
  });
  return el.shadowRoot!;
}

const meta: Meta = {
  title: 'Widgets/Saved courses',
  component: TAG,
  argTypes: widgetArgTypes(TAG),
  args: { src: 'demo/catalog.json' },
  render: (args) => renderWidget(TAG, args),
};
export default meta;

type Story = StoryObj;

/** A visitor's saved courses, by date, each with Remove; "Add these N sessions" and "Copy a link to this list". */
export const SavedList: Story = {
  beforeEach: () =>
    saved([
      { id: 'c-0019', title: 'Saved' },
      { id: 'c-0002', title: 'Saved' },
      { id: 'c-0009', title: 'Saved' },
    ]),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement);
    await expect(root.querySelectorAll('[part~="item"]').length).toBe(3);
  },
};

/** A course the catalog dropped after the visitor saved it: "No longer offered", with the title and date it had. */
export const NoLongerOffered: Story = {
  beforeEach: () =>
    saved([
      { id: 'c-0019', title: 'Saved' },
      { id: 'c-0900', title: 'Point-of-Care Ultrasound for Hospitalists', start: '2026-09-14T13:00:00.000Z' },
    ]),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement);
    await expect(root.querySelector('[part~="unavailable-note"]')).toBeTruthy();
  },
};

/** Nothing saved yet: how to save a course, and that the list stays in this browser. */
export const Empty: Story = {
  beforeEach: () => saved([]),
};

/** A `saveable` list beside the saved list: Save on a course, and it shows in the saved list at once. */
export const WithSaveableList: Story = {
  beforeEach: () => saved([]),
  render: (args) => {
    const wrapper = document.createElement('div');
    wrapper.append(renderWidget('hms-course-list', { src: args.src, saveable: true, layout: 'list', 'page-size': 3, controls: 'none' }), renderWidget(TAG, args));
    return wrapper;
  },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('hms-course-list')!;
    // The loaded list's first card (the skeleton's cards have the button too, inert).
    const firstSave = () => list.shadowRoot?.querySelector('[part~="list"] hms-course-card')?.shadowRoot?.querySelector<HTMLElement>('[part~="save"]');
    await waitFor(() => expect(firstSave()).toBeTruthy(), { timeout: 8000 });
    await userEvent.click(firstSave()!);
    const root = await shown(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('[part~="item"]').length).toBe(1), { timeout: 8000 });
  },
};

/** The catalog cannot be loaded: the message and Retry. */
export const Error: Story = {
  args: { src: 'demo/no-such-catalog.json' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector(TAG)!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('[part~="retry"]')).toBeTruthy(), { timeout: 8000 });
  },
};
