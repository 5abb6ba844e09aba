import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/mission/mission.js';
import type { MissionVariant } from '../src/components/mission/mission.component.js';

interface Args {
  variant: MissionVariant;
  src: string;
  headingLevel: number;
  locale?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Mission',
  component: 'hms-mission',
  args: { variant: 'full', src: 'demo/catalog.json', headingLevel: 3 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'quote', 'compact'] },
    src: { control: 'text', description: 'URL of the catalog JSON' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    locale: { control: 'text' },
  },
  render: ({ variant, src, headingLevel, locale }) =>
    html`<hms-mission variant=${variant} src=${src} heading-level=${headingLevel} locale=${ifDefined(locale)}></hms-mission>`,
};
export default meta;

type Story = StoryObj<Args>;

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
};
