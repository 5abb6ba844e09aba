import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { HmsCourseCard } from '../../src/components/course-card/course-card.component.js';
import type { HmsCourseList } from '../../src/components/course-list/course-list.component.js';
import type { Course, CourseSession } from '../../src/catalog/types.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import { formatSession, zoneName } from '../../src/i18n/format.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/locale.js';
import { setTimeView, timeView } from '../../src/controllers/time-view.js';
import { part, parts, sampleCatalog, text, whenShown, whenTrue } from '../helpers.js';

/** Every text node under a node, in its shadow roots too. */
function textNodes(root: Node, out: Text[] = []): Text[] {
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) out.push(child as Text);
    if (child instanceof Element) {
      if (child.localName === 'style' || child.localName === 'script') continue;
      if (child.shadowRoot) textNodes(child.shadowRoot, out);
    }
    textNodes(child, out);
  }
  return out;
}

/** The language a text node is in: the nearest `lang`, across shadow roots to their hosts. */
function languageOf(node: Node): string {
  let at: Node | null = node.parentNode;
  while (at) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang')!;
    at = at instanceof ShadowRoot ? at.host : at.parentNode;
  }
  return '';
}

/** Whether a text node is hidden from everyone (a skeleton, `hidden`, `display: none`). */
function shown(node: Text): boolean {
  const element = node.parentElement;
  return !!element && element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"]');
}

interface Raw {
  translations?: Record<string, Record<string, unknown>>;
  [field: string]: unknown;
}

/**
 * The catalog's plain text (in English, its default language) by string: whether it has a
 * translation in `tag`. Names of people are listed too (the catalog does not translate them).
 */
function englishTexts(doc: Record<string, unknown>, tag: string): Map<string, boolean> {
  const texts = new Map<string, boolean>();
  const add = (item: Raw | undefined, fields: string[]) => {
    if (!item) return;
    for (const field of fields) {
      const value = item[field];
      const translated = item.translations?.[tag]?.[field] !== undefined;
      for (const entry of Array.isArray(value) ? value : [value]) if (typeof entry === 'string' && entry) texts.set(entry, translated || texts.get(entry) === true);
    }
  };
  const list = (key: string) => (doc[key] ?? []) as Raw[];
  for (const term of [...list('topics'), ...list('audiences')]) add(term, ['label']);
  for (const division of list('divisions')) add(division, ['name', 'summary', 'offerings']);
  for (const post of list('posts')) add(post, ['title', 'summary', 'author']);
  for (const program of list('programs')) add(program, ['title', 'summary']);
  const mission = doc.mission as Raw | undefined;
  add(mission, ['statement']);
  add(mission?.attribution as Raw | undefined, ['name', 'title']);
  for (const fact of ((doc.organization as Raw | undefined)?.facts ?? []) as Raw[]) add(fact, ['value', 'label']);
  for (const course of list('courses')) {
    if (course.language === 'en') add(course, ['title', 'summary']);
    for (const session of (course.sessions ?? []) as Raw[]) add(session.location as Raw | undefined, ['name', 'city']);
    // Credit types are names of credits, never translated: in English, marked so.
    for (const credit of (course.credits ?? []) as Raw[]) add({ type: String(credit.type).replace(/\bCredit(™?)$/, 'Credits$1') }, ['type']);
  }
  // People's names are in no language: a director's name takes the page's, and is not checked.
  for (const course of list('courses')) for (const name of (course.directors ?? []) as string[]) texts.delete(name);
  return texts;
}

/** The languages courses are taught in, whose plain text shows as it is. */
const courseLanguages = (doc: Record<string, unknown>) => new Set(((doc.courses ?? []) as Raw[]).map((c) => String(c.language ?? 'en')));

describe('catalog content in the visitor’s language', () => {
  for (const [page, tag, widgetCount] of [
    ['latam.html', 'es', 4],
    ['mena.html', 'ar', 4],
  ] as const) {
    it(`demo/${page}: every text in the widgets is in "${tag}", and what the catalog does not translate carries its own lang`, async () => {
      const source = await (await fetch(`/demo/${page}`)).text();
      const provider = new DOMParser().parseFromString(source, 'text/html').querySelector('hms-catalog')!;
      provider.setAttribute('src', '/demo/catalog.json');
      // The page draws its lower widgets when scrolled to (loading="lazy"); here every one is read at once.
      for (const lazy of provider.querySelectorAll('[loading]')) lazy.removeAttribute('loading');
      const host = await fixture<HTMLElement>(document.createElement('div'));
      host.setAttribute('lang', tag);
      host.append(document.importNode(provider, true));
      const widgets = [...host.querySelectorAll<HTMLElement>('hms-program-list, hms-course-list, hms-news-list, hms-divisions, hms-mission')];
      expect(widgets).to.have.length(widgetCount);
      for (const widget of widgets) await whenShown(widget);
      const programs = host.querySelector('hms-program-list')!;
      await whenTrue(() => programs.shadowRoot!.querySelectorAll('hms-program-card').length > 0);
      for (const card of programs.shadowRoot!.querySelectorAll('hms-program-card')) await whenShown(card);

      const doc = (await sampleCatalog()) as unknown as Record<string, unknown>;
      const english = englishTexts(doc, tag);
      const taught = courseLanguages(doc);
      const problems: string[] = [];
      let fromCatalog = 0;
      let untranslated = 0;
      for (const node of textNodes(host).filter(shown)) {
        const value = node.textContent!.replace(/\s+/g, ' ').trim();
        const lang = languageOf(node);
        if (lang !== tag && lang !== 'en' && !taught.has(lang)) problems.push(`lang="${lang}": ${value}`);
        const translated = english.get(value);
        if (translated === true) problems.push(`English shown where the catalog has "${tag}": ${value}`);
        else if (translated === false) {
          untranslated += 1;
          if (lang !== 'en') problems.push(`untranslated catalog text without lang="en": ${value}`);
        } else if (lang === 'en' && !/HMS|Global Academy/.test(value)) {
          problems.push(`lang="en" on text that is not the catalog's English: ${value}`);
        }
        if (lang === tag && node.parentElement?.localName === 'bdi') fromCatalog += 1;
      }
      expect(problems).to.deep.equal([]);
      // The walk saw catalog text in the page's language (titles, summaries, chips, audiences) and untranslated text.
      expect(fromCatalog).to.be.greaterThan(15);
      expect(untranslated).to.be.greaterThan(0);
    });
  }
});

/** Where each character of a text node is drawn: the left edge of its box. */
function charLefts(node: Text): number[] {
  const range = document.createRange();
  const lefts: number[] = [];
  for (let i = 0; i < node.length; i += 1) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    lefts.push(range.getBoundingClientRect().left);
  }
  return lefts;
}

/** The text node of `el`'s shadow DOM that holds `value`, and the box of a piece of it. */
function find(el: Element, value: string): Text {
  const node = textNodes(el.shadowRoot!).find((n) => n.textContent!.includes(value));
  if (!node) throw new Error(`no text node with "${value}"`);
  return node;
}
function box(node: Text, value: string): DOMRect {
  const start = node.textContent!.indexOf(value);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + value.length);
  return range.getBoundingClientRect();
}

describe('bidirectional text, checked by where it is drawn', () => {
  const mixed: Course = {
    id: 'bidi',
    title: 'Echocardiography Essentials (ECHO-101)',
    summary: 'Choosing checkpoint inhibitors and managing their toxicities.',
    division: 'continuing-education',
    modality: 'live',
    accredited: true,
    credits: [{ type: 'AMA PRA Category 1 Credit™', amount: 24 }],
    topics: [],
    audience: [],
    status: 'open',
    sessions: [{ start: '2027-05-10T09:00:00+01:00', end: '2027-05-10T17:00:00+01:00', timeZone: 'Europe/Lisbon', online: false, location: { city: 'Lisbon', country: 'PT' } }],
    // A name ending in a parenthesis, next to the Arabic list's words, is where unisolated text breaks.
    directors: ['Li Wei (PhD)', 'James Okafor, MD, MPH', 'Ana Costa, MD, PhD'],
  };

  it('in Arabic, English sentences, names joined by "و" and a course code keep their order', async () => {
    const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${mixed} locale="ar" style="display:block;inline-size:60em"></hms-course-card>`);
    await whenShown(el);
    expect(el.getAttribute('dir')).to.equal('rtl');

    // The summary's period is drawn right of its last word, not at the start of the line.
    const summary = find(el, 'Choosing');
    const lefts = charLefts(summary);
    const period = summary.textContent!.lastIndexOf('.');
    expect(lefts[period], 'the period follows "toxicities"').to.be.greaterThan(lefts[period - 1]);
    expect(Math.min(...lefts), 'the sentence starts at its left').to.equal(lefts[0]);

    // The code's closing parenthesis ends the title on the right; its letters and digits read left to right.
    const title = find(el, 'ECHO-101');
    const titleLefts = charLefts(title);
    const close = title.textContent!.lastIndexOf(')');
    expect(Math.max(...titleLefts)).to.equal(titleLefts[close]);
    const code = title.textContent!.indexOf('ECHO-101');
    for (let i = code + 1; i < code + 'ECHO-101'.length; i += 1) expect(titleLefts[i], `ECHO-101[${i - code}]`).to.be.greaterThan(titleLefts[i - 1]);

    // Names joined in Arabic: the first name on the right, each whole (its degrees and parentheses stay with it).
    const names = mixed.directors.map((name) => find(el, name));
    const boxes = names.map((node) => box(node, node.textContent!));
    for (let i = 1; i < names.length; i += 1) expect(boxes[i - 1].left, `name ${i - 1} is right of name ${i}`).to.be.greaterThan(boxes[i].right - 1);
    for (const node of names) {
      const l = charLefts(node).filter((_, i) => node.textContent![i] !== ' ');
      for (let i = 1; i < l.length; i += 1) expect(l[i], `"${node.textContent}" character ${i}`).to.be.greaterThan(l[i - 1]);
    }
    // The conjunction sits between the last two names.
    let and: Node | null = names[2].parentElement!.previousSibling;
    while (and && !(and.nodeType === Node.TEXT_NODE && and.textContent!.trim())) and = and.previousSibling;
    expect(and!.textContent).to.contain('و');
    const andBox = box(and as Text, 'و');
    expect(andBox.left).to.be.at.least(boxes[2].right - 1);
    expect(andBox.right).to.be.at.most(boxes[1].left + 1);

    // The amount and the credit type: the number right of the English name of the credit, which reads left to right.
    const credits = part(el, 'credits')!;
    const type = find(el, 'AMA PRA');
    const amount = textNodes(credits).find((n) => /٢٤|24/.test(n.textContent!))!;
    expect(box(amount, amount.textContent!.trim()).left).to.be.greaterThan(box(type, 'AMA PRA').right - 1);
    const typeLefts = charLefts(type).filter((_, i) => type.textContent![i] !== ' ');
    for (let i = 1; i < typeLefts.length; i += 1) expect(typeLefts[i]).to.be.greaterThan(typeLefts[i - 1]);
  });

  it('in English, Arabic catalog text keeps its own direction', async () => {
    const arabic = { ...mixed, title: 'تعليم التفكير السريري', summary: 'جعل تفكير الخبراء مرئيًا للمتعلمين.', language: 'ar', directors: [] };
    const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${arabic} locale="en" style="display:block;inline-size:40em"></hms-course-card>`);
    await whenShown(el);
    const summary = find(el, 'جعل');
    const lefts = charLefts(summary);
    // Right to left: the first letter is drawn rightmost, the period leftmost.
    expect(Math.max(...lefts)).to.equal(lefts[0]);
    expect(Math.min(...lefts)).to.equal(lefts[summary.length - 1]);
    expect(summary.parentElement!.getAttribute('lang')).to.equal('ar');
  });
});

describe('time zones', () => {
  const lisbon: CourseSession = { start: '2027-05-10T09:00:00+01:00', end: '2027-05-10T17:00:00+01:00', timeZone: 'Europe/Lisbon', online: false };
  const course: Course = {
    id: 'tz',
    title: 'Lisbon course',
    summary: '',
    division: 'continuing-education',
    modality: 'live',
    accredited: false,
    credits: [],
    topics: [],
    audience: [],
    status: 'open',
    sessions: [lisbon],
    directors: [],
  };

  /** A zone's name as Intl gives it in a locale, one style at a time. */
  const zonePart = (locale: string, style: 'longGeneric' | 'shortOffset' | 'short', timeZone: string | undefined = lisbon.timeZone) =>
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(new Date(lisbon.start)).find((p) => p.type === 'timeZoneName')!.value;

  it('the same session shows its zone by the same rule in all six languages: the generic name in the language, with the UTC offset', async () => {
    expect(SUPPORTED_LOCALES).to.have.length(6);
    for (const locale of SUPPORTED_LOCALES) {
      const el = await fixture<HmsCourseCard>(html`<hms-course-card .course=${course} locale=${locale}></hms-course-card>`);
      await whenShown(el);
      const zone = text(part(el, 'time-zone'));
      const name = zonePart(locale, 'longGeneric');
      const offset = zonePart(locale, 'shortOffset');
      expect(zone, locale).to.equal(name === offset || name.includes(offset) ? offset : `${name} (${offset})`);
      // Never a bare abbreviation such as WEST, which only some languages have.
      expect(zone, locale).to.not.equal(zonePart(locale, 'short'));
      expect(text(part(el, 'dates')), locale).to.contain(formatSession(lisbon, locale).replace(/\s+/g, ' '));
    }
  });

  it('"Show times in: your time zone" switches every course on the page, and the choice holds until the page is loaded again', async () => {
    const catalog = validateCatalog(await sampleCatalog()).catalog;
    const dated = catalog.courses.find((c) => c.sessions.length > 0)!;
    const holder = await fixture<HTMLElement>(html`<div>
      <hms-course-list .catalog=${catalog} page-size="3" controls="sort" modality="live"></hms-course-list>
      <hms-course-card .course=${dated} locale="es"></hms-course-card>
    </div>`);
    const list = holder.querySelector<HmsCourseList>('hms-course-list')!;
    const card = holder.querySelector<HmsCourseCard>('hms-course-card')!;
    await whenShown(list);
    await whenShown(card);
    try {
      const curated = await fixture<HmsCourseList>(html`<hms-course-list .catalog=${catalog} limit="3" controls="none" modality="live"></hms-course-list>`);
      await whenShown(curated);
      expect(part(curated, 'time-toggle'), 'a curated embed without controls shows no toggle').to.equal(null);
      const options = parts<HTMLButtonElement>(list, 'time-option');
      expect(options.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
      const cardZone = () => text(part(card, 'time-zone'));
      expect(cardZone()).to.equal(zoneName(dated.sessions[0], 'es'));

      options[1].click();
      await list.updateComplete;
      await card.updateComplete;
      expect(timeView()).to.equal('visitor');
      expect(parts(list, 'time-option').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
      expect(cardZone()).to.equal(zoneName(dated.sessions[0], 'es', true));
      expect(text(part(card, 'dates'))).to.contain(formatSession(dated.sessions[0], 'es', true).replace(/\s+/g, ' '));
      const inner = [...list.shadowRoot!.querySelectorAll<HmsCourseCard>('hms-course-card')];
      expect(inner.length).to.be.greaterThan(0);
      for (const each of inner) {
        await each.updateComplete;
        expect(text(part(each, 'time-zone'))).to.equal(zoneName(each.course!.sessions[0], each.getAttribute('locale')!, true));
      }

      // A widget added later on the same page shows the visitor's time too.
      const later = await fixture<HmsCourseCard>(html`<hms-course-card .course=${dated} locale="fr"></hms-course-card>`);
      await whenShown(later);
      expect(text(part(later, 'time-zone'))).to.equal(zoneName(dated.sessions[0], 'fr', true));

      parts<HTMLButtonElement>(list, 'time-option')[0].click();
      await card.updateComplete;
      expect(cardZone()).to.equal(zoneName(dated.sessions[0], 'es'));
    } finally {
      setTimeView('course');
    }
  });
});

describe('filters across languages', () => {
  it('a topic chosen in Spanish and in English filters the same courses, and the URL keeps its id', async () => {
    const catalog = validateCatalog(await sampleCatalog()).catalog;
    const chosen = async (locale: string) => {
      const list = await fixture<HmsCourseList>(html`<hms-course-list .catalog=${catalog} locale=${locale} controls="topic" page-size="100"></hms-course-list>`);
      await whenShown(list);
      const select = part<HTMLSelectElement>(list, 'filter-topic')!;
      const option = [...select.options].find((o) => o.value === 'cardiology')!;
      select.value = option.value;
      select.dispatchEvent(new Event('change'));
      await list.updateComplete;
      return { label: option.textContent!, ids: list.results.map((c) => c.id), topic: list.topic };
    };
    const spanish = await chosen('es');
    const english = await chosen('en');
    expect(spanish.label).to.match(/^Cardiología/);
    expect(english.label).to.match(/^Cardiology/);
    expect(spanish.ids).to.have.members(english.ids);
    expect(spanish.ids).to.have.members(catalog.courses.filter((c) => c.topics.includes('cardiology')).map((c) => c.id));
    expect(spanish.topic).to.equal('cardiology');
  });

  it('with sync-url, the page URL holds the topic id, not a label', async () => {
    const catalog = validateCatalog(await sampleCatalog()).catalog;
    const before = location.href;
    try {
      const list = await fixture<HmsCourseList>(html`<hms-course-list .catalog=${catalog} locale="es" controls="topic" sync-url></hms-course-list>`);
      await whenShown(list);
      const select = part<HTMLSelectElement>(list, 'filter-topic')!;
      select.value = 'emergency-medicine';
      select.dispatchEvent(new Event('change'));
      await whenTrue(() => new URL(location.href).searchParams.get('hms-topic') === 'emergency-medicine');
      expect(location.search).to.not.contain('Medicina');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('a preset topic may be a label in any language: the select shows its id chosen', async () => {
    const catalog = validateCatalog(await sampleCatalog()).catalog;
    const list = await fixture<HmsCourseList>(html`<hms-course-list .catalog=${catalog} locale="es" controls="topic" topic="Cardiology"></hms-course-list>`);
    await whenShown(list);
    expect(part<HTMLSelectElement>(list, 'filter-topic')!.value).to.equal('cardiology');
    expect(list.results.every((c) => c.topics.includes('cardiology'))).to.equal(true);
    expect(list.results.length).to.be.greaterThan(0);
  });
});
