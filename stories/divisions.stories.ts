import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/divisions/divisions.js';
import { renderWidget, widgetArgTypes } from '../.storybook/widget-args.js';

const TAG = 'hms-divisions';

const meta: Meta = {
  title: 'Widgets/Divisions',
  component: TAG,
  argTypes: widgetArgTypes(TAG),
  args: { src: 'demo/catalog.json' },
  render: (args) => renderWidget(TAG, args),
};
export default meta;

type Story = StoryObj;

/** The three divisions with their counts of current offerings. */
export const Divisions: Story = {};

/** A catalog URL that does not exist: the message and the Retry button. */
export const NotFound: Story = { args: { src: 'demo/no-such-catalog.json' } };
