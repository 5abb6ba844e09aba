import { setFieldSource, setTextLanguage, textLanguage } from './localize.js';
import type { Adaptation, Catalog, Program } from './types.js';

/** Fields a regional adaptation may lay over its program. */
export const ADAPTABLE_FIELDS = ['title', 'summary', 'language', 'cohortStart', 'applicationDeadline', 'fee', 'url'] as const;
type AdaptableField = (typeof ADAPTABLE_FIELDS)[number];

/** A program as a region sees it: the base with its region's adaptation laid over it, field by field. */
export interface RegionalProgram {
  /** The program with the adapted fields in place. */
  program: Program;
  base: Program;
  adaptation?: Adaptation;
  /** The region asked for, if any. */
  region?: string;
  /** False when a region was asked for and the program has no adaptation there. */
  offered: boolean;
  /** Which fields come from the adaptation (their text is in `adaptation.locale`). */
  adapted: ReadonlySet<AdaptableField>;
  /** Where the live sessions are held, for the region. */
  venue?: string;
}

const adaptedPrograms = new WeakMap<Program, Map<string, RegionalProgram>>();

/**
 * Lays a region's adaptation over a program; without one the base program is kept and marked not
 * offered. The adapted text fields keep their translations: the adaptation's, not the program's
 * (see `localized`). Kept per program and region, so each field is resolved once per language.
 */
export function adaptProgram(program: Program, region?: string): RegionalProgram {
  let byRegion = adaptedPrograms.get(program);
  if (!byRegion) adaptedPrograms.set(program, (byRegion = new Map()));
  let regional = byRegion.get(region ?? '');
  if (!regional) byRegion.set(region ?? '', (regional = adaptNow(program, region)));
  return regional;
}

function adaptNow(program: Program, region?: string): RegionalProgram {
  const adaptation = region ? program.adaptations.find((a) => a.region === region) : undefined;
  if (!adaptation) return { program, base: program, region, offered: !region, adapted: new Set() };
  const adapted = new Set<AdaptableField>();
  const merged: Program = { ...program };
  for (const field of ADAPTABLE_FIELDS) {
    const value = adaptation[field];
    if (value !== undefined) {
      (merged as unknown as Record<string, unknown>)[field] = value;
      adapted.add(field);
    }
  }
  setFieldSource(merged, adapted, adaptation);
  setTextLanguage(merged, textLanguage(program));
  return { program: merged, base: program, adaptation, region, offered: true, adapted, venue: adaptation.venue };
}

/** Epoch ms of a deadline; a date without a time means the end of that day (UTC). */
export function deadlineTime(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T23:59:59Z` : iso);
}

/** Where a program's applications stand at `now`. */
export type ApplicationState = { state: 'none' } | { state: 'open'; daysLeft: number } | { state: 'closed' };

/** Open with whole days left (0 on the last day), closed after the deadline, or none without one. */
export function applicationState(deadline: string | undefined, now: number): ApplicationState {
  if (!deadline) return { state: 'none' };
  const end = deadlineTime(deadline);
  if (now > end) return { state: 'closed' };
  return { state: 'open', daysLeft: Math.floor((end - now) / 86_400_000) };
}

/** The region's programs: adapted ones (or all, with `onlyAdapted` false), by next cohort, undated last. */
export function programsForRegion(programs: readonly Program[], region: string | undefined, onlyAdapted: boolean): RegionalProgram[] {
  const start = (p: RegionalProgram) => (p.program.cohortStart ? Date.parse(p.program.cohortStart) : Number.POSITIVE_INFINITY);
  return programs
    .map((program) => adaptProgram(program, region))
    .filter((p) => !onlyAdapted || !region || p.adaptation)
    .sort((a, b) => start(a) - start(b) || a.program.title.localeCompare(b.program.title));
}

/** A region's name as the catalog's adaptations give it, if any does. */
export function regionNameFromCatalog(catalog: Pick<Catalog, 'programs'>, region: string): string | undefined {
  for (const program of catalog.programs) {
    const name = program.adaptations.find((a) => a.region === region)?.regionName;
    if (name) return name;
  }
  return undefined;
}
