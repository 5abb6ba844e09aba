import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/mission/mission.js';
import { renderWidget, widgetArgTypes } from '../.storybook/widget-args.js';

const TAG = 'hms-mission';

const meta: Meta = {
  title: 'Widgets/Mission',
  component: TAG,
  argTypes: widgetArgTypes(TAG),
  args: { src: 'demo/catalog.json' },
  render: (args) => renderWidget(TAG, args),
};
export default meta;

type Story = StoryObj;

/** The whole block, as a partner's "About" page shows it. */
export const Full: Story = {};

/** The statement alone, for a home page banner. */
export const Quote: Story = { args: { variant: 'quote' } };

/** Facts and division links in one band, for a sidebar or a footer. */
export const Compact: Story = { args: { variant: 'compact' } };

/** A catalog URL that does not exist: the message and the Retry button. */
export const NotFound: Story = { args: { src: 'demo/no-such-catalog.json' } };

/** No source set anywhere: the message names what to set. */
export const NoSource: Story = {
  render: () => html`<hms-mission></hms-mission>`,
  parameters: { docs: { source: { code: '<hms-mission></hms-mission>' } } },
};
