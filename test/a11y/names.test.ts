import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { en } from '../../src/i18n/messages.js';
import { part, sampleCatalog, settledFixture, text } from '../helpers.js';

const SRC = '/demo/catalog.json';

/** The text assistive technology reads for `el`: its content without what is aria-hidden. */
function spoken(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return text(copy);
}

describe('names that hold a catalog title mark its language (WCAG 3.1.2)', () => {
  it('"Add to calendar: <Spanish title>" on an English card: the title part has lang="es", and the name starts with the visible label', async () => {
    const catalog = await sampleCatalog();
    const course = catalog.courses.find((c) => c.id === 'c-0019')!;
    expect(course.language).to.equal('es');
    // The skeleton is drawn with the card's own template: wait for the loaded card, not its parts.
    const { el } = await settledFixture<HTMLElement>(html`<hms-course-card src=${SRC} course-id="c-0019" locale="en"></hms-course-card>`);
    const button = part(el, 'calendar')!;
    expect(button.hasAttribute('aria-label'), 'no aria-label, which cannot mark a language').to.equal(false);
    expect(spoken(button)).to.equal(en.addToCalendarFor(course.title));
    expect(spoken(button).startsWith(text(button.querySelector('[aria-hidden="true"]'))), 'label in name (2.5.3)').to.equal(true);
    const title = [...button.querySelectorAll('[lang]')].find((node) => text(node) === course.title);
    expect(title?.getAttribute('lang')).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('"Apply: <title>" in a regional adaptation: the title part has the adaptation\'s lang', async () => {
    const { el } = await settledFixture<HTMLElement>(
      html`<hms-program-card src=${SRC} program-id="gcsrt" region="latam" now="2027-01-04T00:00:00Z"></hms-program-card>`,
    );
    const apply = part(el, 'apply')!;
    const titleLang = part(el, 'title')!.querySelector('bdi')!.getAttribute('lang');
    expect(titleLang, 'the sample adapts this title').to.be.a('string');
    expect(spoken(apply)).to.equal(en.applyFor(text(part(el, 'title'))));
    expect(apply.querySelector(`[lang="${titleLang}"]`)).to.exist;
  });
});
