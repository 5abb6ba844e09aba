import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/program-list/program-list.js';

interface Args {
  src: string;
  region?: string;
  onlyAdapted: boolean;
  now: string;
  locale?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Programs',
  component: 'hms-program-list',
  args: { src: 'demo/catalog.json', onlyAdapted: false, now: '2027-01-04T12:00:00Z' },
  argTypes: {
    region: { control: 'select', options: [undefined, 'latam', 'mena', 'china', 'brazil', 'japan', 'francophone-africa', 'antarctica'] },
    onlyAdapted: { name: 'only-adapted', control: 'boolean' },
    now: { control: 'text', description: 'ISO date-time the deadlines count from' },
  },
  render: (a) =>
    html`<hms-program-list src=${a.src} region=${ifDefined(a.region)} ?only-adapted=${a.onlyAdapted} now=${a.now} locale=${ifDefined(a.locale)}></hms-program-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every program as HMS offers it, by next cohort. */
export const AllPrograms: Story = {};

/** Latin America: the Spanish adaptations, their fees in MXN and their venues. */
export const LatinAmerica: Story = { args: { region: 'latam', onlyAdapted: true, locale: 'es' } };

/** The Middle East and North Africa: adapted text in Arabic. */
export const MiddleEastNorthAfrica: Story = { args: { region: 'mena', onlyAdapted: true, locale: 'ar' } };

/** China: adapted text in Simplified Chinese. */
export const China: Story = { args: { region: 'china', onlyAdapted: true, locale: 'zh-Hans' } };

/** A region no program is adapted for yet: each card says so and links to the base program. */
export const NotYetOffered: Story = { args: { region: 'antarctica' } };

/** After every deadline: "Applications closed". */
export const DeadlinesPassed: Story = { args: { now: '2027-12-31T12:00:00Z' } };
