import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/program-list/program-list.js';
import '../../src/components/catalog/catalog.js';
import type { HmsProgramCard } from '../../src/components/program-card/program-card.component.js';
import type { HmsProgramList } from '../../src/components/program-list/program-list.component.js';
import { deadlineTime } from '../../src/catalog/programs.js';
import type { Catalog, Program } from '../../src/catalog/types.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import { en } from '../../src/i18n/messages.js';
import { part, sampleCatalog, settledFixture, text, whenShown } from '../helpers.js';

const SRC = '/demo/catalog.json';
const DAY = 86_400_000;
const money = (fee: Program['fee'], locale = 'en') =>
  fee && !fee.free ? new Intl.NumberFormat(locale, { style: 'currency', currency: fee.currency, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(fee.amount) : en.free;

describe('programs', () => {
  let catalog: Catalog;
  let gcsrt: Program;
  before(async () => {
    catalog = validateCatalog(await sampleCatalog()).catalog;
    gcsrt = catalog.programs.find((p) => p.title.startsWith('Global Clinical Scholars'))!;
  });

  describe('<hms-program-card> with a region', () => {
    it('lays the region\'s adaptation over the program field by field, in the adaptation\'s language', async () => {
      const latam = gcsrt.adaptations.find((a) => a.region === 'latam')!;
      const { el } = await settledFixture<HmsProgramCard>(
        html`<hms-program-card src=${SRC} program-id=${gcsrt.id} region="latam" locale="en"></hms-program-card>`,
      );
      // adapted fields
      expect(text(part(el, 'title'))).to.equal(latam.title);
      expect(part(el, 'title')!.querySelector('bdi')!.getAttribute('lang')).to.equal(latam.locale);
      expect(text(part(el, 'summary'))).to.equal(latam.summary);
      expect(part(el, 'summary')!.querySelector('bdi')!.getAttribute('lang')).to.equal(latam.locale);
      expect(text(part(el, 'fee'))).to.equal(money(latam.fee));
      expect(part(el, 'cohort')!.querySelector('time')!.getAttribute('datetime')).to.equal(latam.cohortStart);
      expect(Date.parse(part(el, 'deadline')!.querySelector('time')!.getAttribute('datetime')!)).to.equal(deadlineTime(latam.applicationDeadline!));
      expect(text(part(el, 'venue'))).to.equal(latam.venue);
      // fields the adaptation does not set come from the base program
      expect(text(part(el, 'duration'))).to.equal(en.durationMonths(gcsrt.durationMonths, String(gcsrt.durationMonths)));
      expect(text(part(el, 'format'))).to.equal(en.programFormat[gcsrt.format]);
      expect(part<HTMLAnchorElement>(el, 'apply')!.href).to.equal(latam.url ?? gcsrt.url);
      expect(part(el, 'notice')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('a region without an adaptation shows the base program and says it is not offered there', async () => {
      const { el } = await settledFixture<HmsProgramCard>(
        html`<hms-program-card src=${SRC} program-id=${gcsrt.id} region="antarctica"></hms-program-card>`,
      );
      expect(text(part(el, 'title'))).to.equal(gcsrt.title);
      expect(part(el, 'title')!.querySelector('bdi')!.hasAttribute('lang')).to.equal(false);
      expect(text(part(el, 'fee'))).to.equal(money(gcsrt.fee));
      expect(text(part(el, 'notice'))).to.include(en.notOffered('antarctica'));
      expect(part<HTMLAnchorElement>(el, 'base-link')!.href).to.equal(gcsrt.url);
      expect(part(el, 'apply')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('takes the region from the nearest <hms-catalog>', async () => {
      const mena = gcsrt.adaptations.find((a) => a.region === 'mena')!;
      const provider = await fixture(html`<hms-catalog src=${SRC} region="mena"><hms-program-card program-id=${gcsrt.id}></hms-program-card></hms-catalog>`);
      const card = provider.querySelector('hms-program-card')!;
      await whenShown(card);
      await card.updateComplete;
      expect(text(part(card, 'title'))).to.equal(mena.title);
      expect(part(card, 'title')!.querySelector('bdi')!.getAttribute('lang')).to.equal('ar');
    });
  });

  describe('application deadline wording, with a fixed clock', () => {
    const deadline = '2027-03-01T23:59:00-05:00';
    const program = (): Program => ({ ...gcsrt, applicationDeadline: deadline, adaptations: [] });
    const cardAt = async (now: number) => {
      const el = await fixture<HmsProgramCard>(html`<hms-program-card .program=${program()} .now=${new Date(now)} locale="en"></hms-program-card>`);
      return text(part(el, 'application-status'));
    };

    it('twelve days before: "Applications close in 12 days"', async () => {
      expect(await cardAt(Date.parse(deadline) - 12 * DAY - 3_600_000)).to.equal(en.applicationsClose('in 12 days'));
    });
    it('the day before: "Applications close tomorrow"', async () => {
      expect(await cardAt(Date.parse(deadline) - DAY - 60_000)).to.equal(en.applicationsClose('tomorrow'));
    });
    it('on the last day: "Applications close today"', async () => {
      expect(await cardAt(Date.parse(deadline) - 3_600_000)).to.equal(en.applicationsClose('today'));
    });
    it('one minute after: "Applications closed"', async () => {
      expect(await cardAt(Date.parse(deadline) + 60_000)).to.equal(en.applicationsClosed);
    });
    it('the now attribute sets the clock too', async () => {
      const el = await fixture<HmsProgramCard>(
        html`<hms-program-card .program=${program()} now="2027-02-27T12:00:00Z" locale="en"></hms-program-card>`,
      );
      expect(text(part(el, 'application-status'))).to.equal(en.applicationsClose('in 2 days'));
    });
  });

  describe('<hms-program-list>', () => {
    it('lists every program by next cohort', async () => {
      const { el } = await settledFixture<HmsProgramList>(html`<hms-program-list src=${SRC}></hms-program-list>`);
      const cards = [...el.shadowRoot!.querySelectorAll<HmsProgramCard>('hms-program-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
      const expected = [...catalog.programs]
        .sort((a, b) => Date.parse(a.cohortStart!) - Date.parse(b.cohortStart!) || a.title.localeCompare(b.title))
        .map((p) => p.title);
      expect(new Set(catalog.programs.map((p) => p.cohortStart)).size, 'the sample\'s cohorts differ').to.equal(catalog.programs.length);
      expect(cards.map((c) => text(part(c, 'title')))).to.deep.equal(expected);
      await expect(el).to.be.accessible();
    });

    it('only-adapted keeps the programs adapted for the region, sorted by the region\'s cohort', async () => {
      const { el } = await settledFixture<HmsProgramList>(html`<hms-program-list src=${SRC} region="brazil" only-adapted></hms-program-list>`);
      const cards = [...el.shadowRoot!.querySelectorAll<HmsProgramCard>('hms-program-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
      const expected = catalog.programs
        .flatMap((p) => p.adaptations.filter((a) => a.region === 'brazil'))
        .sort((a, b) => Date.parse(a.cohortStart!) - Date.parse(b.cohortStart!))
        .map((a) => a.title);
      expect(expected.length).to.be.greaterThan(0);
      expect(cards.map((c) => text(part(c, 'title')))).to.deep.equal(expected);
    });

    it('a region no program is adapted for, with only-adapted, says there is nothing yet', async () => {
      const { el } = await settledFixture<HmsProgramList>(html`<hms-program-list src=${SRC} region="antarctica" only-adapted></hms-program-list>`);
      expect(text(part(el, 'empty'))).to.equal(en.noPrograms);
      await expect(el).to.be.accessible();
    });

    it('hms-program-select is cancelable and carries the adapted program and region', async () => {
      const { el } = await settledFixture<HmsProgramList>(html`<hms-program-list src=${SRC} region="latam"></hms-program-list>`);
      const card = el.shadowRoot!.querySelector<HmsProgramCard>('hms-program-card')!;
      await card.updateComplete;
      let detail: { program: Program; region: string } | undefined;
      const listener = (event: Event) => {
        detail = (event as CustomEvent).detail;
        event.preventDefault();
      };
      document.addEventListener('hms-program-select', listener);
      const before = location.href;
      part<HTMLAnchorElement>(card, 'title-link')!.click();
      document.removeEventListener('hms-program-select', listener);
      expect(detail!.region).to.equal('latam');
      expect(detail!.program.title).to.equal(text(part(card, 'title')));
      expect(location.href).to.equal(before);
    });
  });
});
