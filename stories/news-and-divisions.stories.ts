import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/news-list/news-list.js';
import '../src/components/divisions/divisions.js';
import '../src/components/catalog/catalog.js';

interface Args {
  src: string;
  kind: 'all' | 'news' | 'blog';
  limit: number;
  layout: 'list' | 'cards';
  now: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/News and divisions',
  component: 'hms-news-list',
  args: { src: 'demo/catalog.json', kind: 'all', limit: 4, layout: 'list', now: '2027-01-04T12:00:00Z' },
  argTypes: {
    kind: { control: 'inline-radio', options: ['all', 'news', 'blog'] },
    layout: { control: 'inline-radio', options: ['list', 'cards'] },
    limit: { control: { type: 'number', min: 1 } },
  },
  render: (a) => html`<hms-news-list src=${a.src} kind=${a.kind} limit=${a.limit} layout=${a.layout} now=${a.now}></hms-news-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** News and blog posts, newest first, recent ones with relative dates. */
export const News: Story = {};

/** Blog posts as cards. */
export const BlogCards: Story = { args: { kind: 'blog', layout: 'cards' } };

/** The three divisions with their counts of current offerings. */
export const Divisions: Story = { render: (a) => html`<hms-divisions src=${a.src}></hms-divisions>` };

/** A regional page built only from the tags: one provider names the catalog, language and region once. */
export const RegionalPage: Story = {
  render: (a) => html`<hms-catalog src=${a.src} locale="es" region="latam">
    <hms-news-list limit="2" now=${a.now}></hms-news-list>
    <hms-divisions></hms-divisions>
  </hms-catalog>`,
};
