import type { Catalog, Course, Price } from './types.js';

/** Most course instances (sessions) written per course, and most courses per list: search engines read a few. */
export const JSON_LD_LIMITS = { instances: 20, courses: 100 } as const;

const MODE: Record<Course['modality'], string> = { online: 'Online', live: 'Onsite', rss: 'Online', blended: 'Blended' };

function offers(price: Price | undefined): Record<string, unknown> | undefined {
  if (!price) return undefined;
  return price.free
    ? { '@type': 'Offer', category: 'Free', price: 0 }
    : { '@type': 'Offer', category: 'Paid', price: price.amount, priceCurrency: price.currency };
}

/** A schema.org Course for one catalog course, as search engines read it. */
export function courseJsonLd(course: Course, provider: { name: string; url?: string }): Record<string, unknown> {
  const instances =
    course.sessions.length > 0
      ? course.sessions.slice(0, JSON_LD_LIMITS.instances).map((session) => ({
          '@type': 'CourseInstance',
          courseMode: MODE[course.modality],
          startDate: session.start,
          ...(session.end ? { endDate: session.end } : {}),
          location: session.location
            ? {
                '@type': 'Place',
                name: session.location.name ?? session.location.city,
                address: { '@type': 'PostalAddress', addressLocality: session.location.city, addressCountry: session.location.country },
              }
            : { '@type': 'VirtualLocation', ...(course.url ? { url: course.url } : {}) },
        }))
      : [{ '@type': 'CourseInstance', courseMode: MODE[course.modality], courseWorkload: workload(course) }];
  const credit = course.credits[0];
  return {
    '@type': 'Course',
    name: course.title,
    description: course.summary || course.title,
    ...(course.url ? { url: course.url } : {}),
    courseCode: course.id,
    provider: { '@type': 'Organization', name: provider.name, ...(provider.url ? { sameAs: provider.url } : {}) },
    ...(course.language ? { inLanguage: course.language } : {}),
    ...(offers(course.price) ? { offers: offers(course.price) } : {}),
    hasCourseInstance: instances,
    ...(course.topics.length ? { about: course.topics } : {}),
    ...(course.directors.length ? { instructor: course.directors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(credit
      ? {
          educationalCredentialAwarded: course.credits.map((c) => `${c.amount} ${c.type}`).join('; '),
          numberOfCredits: { '@type': 'QuantitativeValue', value: credit.amount, unitText: credit.type },
        }
      : {}),
    ...(course.image ? { image: course.image.url } : {}),
  };
}

/** ISO 8601 duration for an on-demand course: its credit hours, when it has credits. */
function workload(course: Course): string | undefined {
  const hours = course.credits[0]?.amount;
  return hours ? `PT${Math.round(hours * 60)}M` : undefined;
}

/** A schema.org ItemList of Course items, with positions, for a list of courses (the first 100). */
export function courseListJsonLd(courses: readonly Course[], catalog: Pick<Catalog, 'organization'>): Record<string, unknown> {
  const provider = { name: catalog.organization?.name ?? 'Harvard Medical School', url: catalog.organization?.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: courses.slice(0, JSON_LD_LIMITS.courses).map((course, i) => ({ '@type': 'ListItem', position: i + 1, item: courseJsonLd(course, provider) })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
