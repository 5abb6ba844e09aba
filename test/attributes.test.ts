// "Not set" is one state for every property of every widget: a removed attribute, `null`,
// `undefined` and `''` all put it back to its initial value. The properties come from the widget
// list (src/widgets.ts) and each element's own property table, so a new one is tested without
// being named here.
import { expect, fixture, html } from '@open-wc/testing';
import type { PropertyDeclaration, ReactiveElement } from 'lit';
import '../src/define.js';
import type { HmsCourseList } from '../src/components/course-list/course-list.component.js';
import type { Course } from '../src/catalog/types.js';
import { FILTER_KEYS } from '../src/components/course-list/course-list.filters.js';
import { WIDGETS } from '../src/widgets.js';
import { sampleCatalog, settledFixture, whenShown, type SampleCatalog } from './helpers.js';

type Sample = readonly [text: string, value: unknown];

/**
 * Two valid texts, and what each reads as, for the attributes whose values are a fixed set (other
 * text would be warned about) or that read text in their own way. Any other attribute gets two
 * texts by its type.
 */
const SAMPLES: Record<string, readonly [Sample, Sample]> = {
  theme: [['dark', 'dark'], ['high-contrast', 'high-contrast']],
  locale: [['en-GB', 'en-GB'], ['en-US', 'en-US']],
  src: [['/demo/catalog.json', '/demo/catalog.json'], ['/demo/catalog.json?v=2', '/demo/catalog.json?v=2']],
  cache: [['none', 'none'], ['last-good', 'last-good']],
  'hms-course-card variant': [['row', 'row'], ['compact', 'compact']],
  'hms-mission variant': [['quote', 'quote'], ['compact', 'compact']],
  'hms-course-list layout': [['list', 'list'], ['compact', 'compact']],
  'hms-news-list layout': [['cards', 'cards'], ['list', 'list']],
  sort: [['title', 'title'], ['credits', 'credits']],
  kind: [['news', 'news'], ['blog', 'blog']],
  division: [['global-education', 'global-education'], ['continuing-education', 'continuing-education']],
  modality: [['live', 'live'], ['online', 'online']],
  status: [['open', 'open'], ['closed', 'closed']],
  accredited: [['true', true], ['false', false]],
  now: [['2026-03-01T12:00:00.000Z', new Date('2026-03-01T12:00:00.000Z')], ['2027-01-15T00:00:00.000Z', new Date('2027-01-15T00:00:00.000Z')]],
  controls: [['search, sort', 'search, sort'], ['none', 'none']],
  'all-url': [['https://example.org/courses', 'https://example.org/courses'], ['/courses', '/courses']],
};

/** Two samples for a property: from the table above, or by its type. */
function samples(tag: string, attribute: string | undefined, options: PropertyDeclaration): readonly [Sample, Sample] {
  const named = attribute && (SAMPLES[`${tag} ${attribute}`] ?? SAMPLES[attribute]);
  if (named) return named;
  if (options.type === Number) return [['2', 2], ['5', 5]];
  if (options.type === Boolean) return [['', true], ['sync', true]];
  if (attribute === undefined) return [['', { sample: 1 }], ['', { sample: 2 }]];
  return [['sample-one', 'sample-one'], ['sample-two', 'sample-two']];
}

/** Compares what a property reads with what it should (dates by their time). */
function same(actual: unknown, expected: unknown, message: string): void {
  if (expected instanceof Date) expect((actual as Date | undefined)?.getTime(), message).to.equal(expected.getTime());
  else expect(actual, message).to.deep.equal(expected);
}

interface Row {
  tag: string;
  name: string;
  attribute?: string;
  options: PropertyDeclaration;
}

/** Every public reactive property of every widget, with its attribute (none for property-only ones). */
function rows(): Row[] {
  return Object.entries(WIDGETS).flatMap(([tag, element]) =>
    [...(element as unknown as typeof ReactiveElement).elementProperties]
      .filter(([, options]) => !options.state)
      .map(([name, options]) => ({
        tag,
        name: String(name),
        attribute: options.attribute === false ? undefined : typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase(),
        options,
      })),
  );
}

describe('every property of every widget: a removed attribute, null, undefined and "" mean "not set"', () => {
  it('covers every widget and finds their properties', () => {
    const tags = new Set(rows().map((row) => row.tag));
    expect([...tags].sort()).to.deep.equal(Object.keys(WIDGETS).sort());
    expect(rows().length).to.be.greaterThan(40);
  });

  for (const { tag, name, attribute, options } of rows()) {
    describe(`<${tag}> ${attribute ?? `.${name}`}`, () => {
      const [[textA, valueA], [textB, valueB]] = samples(tag, attribute, options);
      let el: Record<string, unknown> & HTMLElement;
      let initial: unknown;
      beforeEach(() => {
        el = document.createElement(tag) as typeof el;
        initial = el[name];
      });
      const setA = () => (attribute ? el.setAttribute(attribute, textA) : (el[name] = valueA));

      if (attribute) {
        it('reads a set attribute, follows a change, and goes back to its initial value when the attribute is removed', () => {
          el.setAttribute(attribute, textA);
          same(el[name], valueA, 'set');
          el.setAttribute(attribute, textB);
          same(el[name], valueB, 'changed');
          el.removeAttribute(attribute);
          same(el[name], initial, 'removed');
        });

        if (options.type === Boolean) {
          it('is on when the attribute is present but empty (a boolean attribute)', () => {
            el.setAttribute(attribute, '');
            expect(el[name]).to.equal(true);
          });
        } else {
          it('goes back to its initial value when the attribute is empty', () => {
            setA();
            el.setAttribute(attribute, '');
            same(el[name], initial, 'attribute ""');
          });
        }
      } else {
        it('takes a value, follows a change', () => {
          el[name] = valueA;
          same(el[name], valueA, 'set');
          el[name] = valueB;
          same(el[name], valueB, 'changed');
        });
      }

      for (const unset of [null, undefined, '']) {
        it(`goes back to its initial value when set to ${JSON.stringify(unset) ?? 'undefined'}`, () => {
          setA();
          same(el[name], valueA, 'set');
          el[name] = unset;
          same(el[name], initial, `set to ${String(unset)}`);
        });
      }
    });
  }
});

describe('<hms-course-list>: clearing a filter, in whichever way a framework clears it, shows every course', () => {
  let catalog: SampleCatalog;
  before(async () => {
    catalog = await sampleCatalog();
  });

  const count = (el: HmsCourseList) => el.results.length;
  /** A value of the filter that some courses have and others do not. */
  function narrowing(key: string, courses: readonly Course[]): string {
    if (key === 'q') return courses[0]!.title;
    const values = courses.map((course) => {
      const value = (course as unknown as Record<string, unknown>)[key === 'topic' ? 'topics' : key];
      return Array.isArray(value) ? String(value[0]) : String(value);
    });
    const value = values.find((v) => values.filter((w) => w === v).length < courses.length);
    if (value === undefined) throw new Error(`the sample catalog has no ${key} that narrows the list`);
    return value;
  }

  const clearings: [string, (el: HmsCourseList, key: string) => void][] = [
    ['the attribute removed', (el, key) => el.removeAttribute(key)],
    ['null', (el, key) => ((el as unknown as Record<string, unknown>)[key] = null)],
    ['undefined', (el, key) => ((el as unknown as Record<string, unknown>)[key] = undefined)],
    ['""', (el, key) => ((el as unknown as Record<string, unknown>)[key] = '')],
    ['the attribute ""', (el, key) => el.setAttribute(key, '')],
  ];

  for (const key of FILTER_KEYS) {
    for (const [how, clear] of clearings) {
      it(`${key}: ${how}`, async () => {
        const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list .catalog=${catalog}></hms-course-list>`);
        const all = count(el);
        const value = key === 'accredited' ? 'true' : narrowing(key, catalog.courses);
        el.setAttribute(key, value);
        await el.updateComplete;
        expect(count(el), `${key}="${value}" narrows the list`).to.be.within(1, all - 1);
        clear(el, key);
        await el.updateComplete;
        expect(count(el), `every course again after ${how}`).to.equal(all);
        expect(el.filters, 'no filter in force').to.deep.equal({});
        expect(el.hasAttribute(key) && how !== 'the attribute ""', 'no attribute reflected back').to.equal(false);
      });
    }
  }

  it('a list made with a null filter (Vue\'s `:modality="null"`) shows every course from the first render', async () => {
    const { el } = await settledFixture<HmsCourseList>(html`<hms-course-list .catalog=${catalog} .modality=${null} .division=${null}></hms-course-list>`);
    const reference = await fixture<HmsCourseList>(html`<hms-course-list .catalog=${catalog}></hms-course-list>`);
    // Made in the task the first list rendered in, it renders in the next one (issue 17's render turns).
    await whenShown(reference);
    expect(count(el)).to.equal(count(reference));
  });
});
