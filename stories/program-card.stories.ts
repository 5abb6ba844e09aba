import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/program-card/program-card.js';
import { renderWidget, widgetArgTypes } from '../.storybook/widget-args.js';

const TAG = 'hms-program-card';

const meta: Meta = {
  title: 'Widgets/Program card',
  component: TAG,
  argTypes: widgetArgTypes(TAG),
  args: { src: 'demo/catalog.json', 'program-id': 'gcsrt', now: '2027-01-04T12:00:00Z' },
  render: (args) => renderWidget(TAG, args),
};
export default meta;

type Story = StoryObj;

/** One program as HMS offers it: dates, deadline with the time left, fee and Apply. */
export const Program: Story = {};

/** The same program adapted to Latin America, in Spanish: its fee, venue and cohort. */
export const AdaptedToLatinAmerica: Story = { args: { region: 'latam', locale: 'es' } };

/** A program id the catalog does not have. */
export const UnknownProgram: Story = { args: { 'program-id': 'no-such-program' } };
