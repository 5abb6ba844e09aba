import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/course-card/course-card.js';
import { renderWidget, widgetArgTypes } from '../.storybook/widget-args.js';

const TAG = 'hms-course-card';

const meta: Meta = {
  title: 'Widgets/Course card',
  component: TAG,
  argTypes: widgetArgTypes(TAG),
  // No `locale`: the card follows the toolbar's language, as on a partner page.
  args: { src: 'demo/catalog.json', 'course-id': 'c-0002' },
  render: (args) => renderWidget(TAG, args),
};
export default meta;

type Story = StoryObj;

/** A live course: dates in its own time zone, credits, price and the Add to calendar menu (its .ics choice fires `hms-calendar-download`). */
export const LiveCourse: Story = {
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector(TAG)!;
    // The skeleton is drawn with the card's own template: wait for the loaded card.
    await waitFor(() => expect(card.shadowRoot?.querySelector('[part~="calendar"]') && !card.shadowRoot.querySelector('[part~="skeleton"]')).toBe(true), { timeout: 8000 });
    let ics = '';
    // The story keeps the file: it checks the event, not the browser's download.
    card.addEventListener('hms-calendar-download', (event) => {
      ics = (event as CustomEvent<{ ics: string }>).detail.ics;
      event.preventDefault();
    }, { once: true });
    // The button opens the menu; its .ics choice downloads the file.
    await userEvent.click(card.shadowRoot!.querySelector<HTMLElement>('[part~="calendar"]')!);
    await userEvent.click(card.shadowRoot!.querySelector<HTMLElement>('[part~="calendar-ics"]')!);
    await expect(ics).toContain('BEGIN:VEVENT');
  },
};

/** The same course read by a visitor in Riyadh: Arabic numerals, Boston time. */
export const ReadInArabic: Story = { args: { locale: 'ar-SA' } };

/** A course id the catalog does not have. */
export const UnknownCourse: Story = { args: { 'course-id': 'no-such-course' } };
