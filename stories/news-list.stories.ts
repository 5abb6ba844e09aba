import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/news-list/news-list.js';
import { renderWidget, widgetArgTypes } from '../.storybook/widget-args.js';

const TAG = 'hms-news-list';

const meta: Meta = {
  title: 'Widgets/News list',
  component: TAG,
  argTypes: widgetArgTypes(TAG),
  args: { src: 'demo/catalog.json', limit: 4, now: '2027-01-04T12:00:00Z' },
  render: (args) => renderWidget(TAG, args),
};
export default meta;

type Story = StoryObj;

/** News and blog posts, newest first, recent ones with relative dates. */
export const News: Story = {};

/** Blog posts as cards. */
export const BlogCards: Story = { args: { kind: 'blog', layout: 'cards' } };
