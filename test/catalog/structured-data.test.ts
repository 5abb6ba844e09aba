import { expect } from '@open-wc/testing';
import { courseListJsonLd, JSON_LD_LIMITS, serializeJsonLd } from '../../src/catalog/structured-data.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import { sampleCatalog } from '../helpers.js';

describe('schema.org structured data', () => {
  it('an ItemList of Course items, field by field from the catalog', async () => {
    const { catalog } = validateCatalog(await sampleCatalog());
    const courses = catalog.courses.slice(0, 12);
    const list = courseListJsonLd(courses, catalog) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(list['@context']).to.equal('https://schema.org');
    expect(list['@type']).to.equal('ItemList');
    expect(list.itemListElement).to.have.length(courses.length);
    list.itemListElement.forEach((entry: Record<string, any>, i: number) => { // eslint-disable-line @typescript-eslint/no-explicit-any
      const course = courses[i];
      const item = entry.item;
      expect(entry['@type']).to.equal('ListItem');
      expect(entry.position).to.equal(i + 1);
      expect(item['@type']).to.equal('Course');
      expect(item.name).to.equal(course.title);
      expect(item.description).to.equal(course.summary);
      expect(item.url).to.equal(course.url);
      expect(item.provider).to.deep.include({ '@type': 'Organization', name: catalog.organization!.name });
      expect(item.inLanguage).to.equal(course.language);
      if (course.price?.free) expect(item.offers).to.deep.include({ category: 'Free', price: 0 });
      else expect(item.offers).to.deep.include({ category: 'Paid', price: course.price!.amount, priceCurrency: course.price!.currency });
      const modes = { online: 'Online', live: 'Onsite', rss: 'Online', blended: 'Blended' };
      for (const instance of item.hasCourseInstance) expect(instance.courseMode).to.equal(modes[course.modality]);
      course.sessions.forEach((session, s) => {
        expect(item.hasCourseInstance[s].startDate).to.equal(session.start);
        expect(item.hasCourseInstance[s].endDate).to.equal(session.end);
        if (session.location) expect(item.hasCourseInstance[s].location.address.addressLocality).to.equal(session.location.city);
        else expect(item.hasCourseInstance[s].location['@type']).to.equal('VirtualLocation');
      });
      if (course.credits.length > 0) {
        expect(item.educationalCredentialAwarded).to.include(course.credits[0].type);
        expect(item.numberOfCredits).to.deep.equal({ '@type': 'QuantitativeValue', value: course.credits[0].amount, unitText: course.credits[0].type });
      } else {
        expect(item).not.to.have.property('numberOfCredits');
      }
    });
  });

  it('serializes so that no catalog text can close the script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.to.include('<');
    expect(JSON.parse(text).name).to.equal('</script><script>alert(1)</script>');
  });

  it('bounded: at most 100 courses, and 20 instances per course, whatever it is given', async () => {
    const { catalog } = validateCatalog(await sampleCatalog());
    const dated = catalog.courses.find((c) => c.sessions.length > 0)!;
    const big = { ...dated, sessions: Array.from({ length: 100_000 }, () => dated.sessions[0]) };
    const list = courseListJsonLd(Array.from({ length: 1000 }, () => big), catalog) as { itemListElement: { item: { hasCourseInstance: unknown[] } }[] };
    expect(list.itemListElement).to.have.length(JSON_LD_LIMITS.courses);
    for (const entry of list.itemListElement) expect(entry.item.hasCourseInstance).to.have.length(JSON_LD_LIMITS.instances);
  });
});
