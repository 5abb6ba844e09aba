import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/catalog/catalog.js';
import '../src/components/divisions/divisions.js';
import '../src/components/news-list/news-list.js';
import '../src/components/program-list/program-list.js';
import { widgetArgTypes, widgetHtml } from '../.storybook/widget-args.js';

const TAG = 'hms-catalog';
const inside = `
  <hms-program-list only-adapted now="2027-01-04T12:00:00Z"></hms-program-list>
  <hms-news-list limit="2" now="2027-01-04T12:00:00Z"></hms-news-list>
  <hms-divisions></hms-divisions>
`;

const meta: Meta = {
  title: 'Widgets/Catalog provider',
  component: TAG,
  argTypes: widgetArgTypes(TAG),
  args: { src: 'demo/catalog.json', locale: 'es', region: 'latam' },
  // The widgets inside take the provider's catalog, language and region.
  render: (args) => html`<hms-catalog src=${ifDefined(args.src as string)} locale=${ifDefined(args.locale as string)} region=${ifDefined(args.region as string)}>
    <hms-program-list only-adapted now="2027-01-04T12:00:00Z"></hms-program-list>
    <hms-news-list limit="2" now="2027-01-04T12:00:00Z"></hms-news-list>
    <hms-divisions></hms-divisions>
  </hms-catalog>`,
  parameters: { docs: { source: { transform: (_code: string, { args }: { args: Record<string, unknown> }) => widgetHtml(TAG, args, `${inside}`) } } },
};
export default meta;

type Story = StoryObj;

/** A regional page built only from the tags: one provider names the catalog, language and region once. */
export const RegionalPage: Story = {};

/** The same tags for the Middle East and North Africa, right to left. */
export const RightToLeft: Story = { args: { locale: 'ar', region: 'mena' } };

/** A provider with no widget inside shows nothing; one with a bad URL lets each widget say so. */
export const NotFound: Story = {
  args: { src: 'demo/no-such-catalog.json' },
  render: (args) => html`<hms-catalog src=${String(args.src)}><hms-divisions></hms-divisions></hms-catalog>`,
  parameters: { docs: { source: { code: '<hms-catalog src="demo/no-such-catalog.json">\n  <hms-divisions></hms-divisions>\n</hms-catalog>' } } },
};

/** Catalog text in Brazilian Portuguese: news, divisions and topics from the catalog's translations. */
export const Portuguese: Story = { args: { locale: 'pt-BR', region: 'brazil' } };

/** In French: what the catalog does not translate shows in English, marked `lang="en"`. */
export const French: Story = { args: { locale: 'fr', region: 'francophone-africa' } };

/** In Simplified Chinese. */
export const Chinese: Story = { args: { locale: 'zh-Hans', region: 'china' } };
