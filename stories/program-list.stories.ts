import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/program-list/program-list.js';
import { renderWidget, widgetArgTypes } from '../.storybook/widget-args.js';

const TAG = 'hms-program-list';

const meta: Meta = {
  title: 'Widgets/Program list',
  component: TAG,
  argTypes: { ...widgetArgTypes(TAG), region: { ...widgetArgTypes(TAG).region, control: 'select', options: [undefined, 'latam', 'mena', 'china', 'brazil', 'japan', 'francophone-africa', 'antarctica'] } },
  args: { src: 'demo/catalog.json', now: '2027-01-04T12:00:00Z' },
  render: (args) => renderWidget(TAG, args),
};
export default meta;

type Story = StoryObj;

/** Every program as HMS offers it, by next cohort. */
export const AllPrograms: Story = {};

/** Latin America: the Spanish adaptations, their fees in MXN and their venues. */
export const LatinAmerica: Story = { args: { region: 'latam', 'only-adapted': true, locale: 'es' } };

/** The Middle East and North Africa: adapted text in Arabic. */
export const MiddleEastNorthAfrica: Story = { args: { region: 'mena', 'only-adapted': true, locale: 'ar' } };

/** China: adapted text in Simplified Chinese. */
export const China: Story = { args: { region: 'china', 'only-adapted': true, locale: 'zh-Hans' } };

/** A region no program is adapted for yet: each card says so and links to the base program. */
export const NotYetOffered: Story = { args: { region: 'antarctica' } };

/** After every deadline: "Applications closed". */
export const DeadlinesPassed: Story = { args: { now: '2027-12-31T12:00:00Z' } };
