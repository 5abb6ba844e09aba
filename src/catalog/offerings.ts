import type { Catalog, DivisionId, Post, PostKind } from './types.js';

/**
 * A division's current offerings: its courses that are not closed, and for the Office of Global
 * Education also its programs.
 */
export function currentOfferings(catalog: Pick<Catalog, 'courses' | 'programs'>, division: DivisionId): number {
  const courses = catalog.courses.filter((c) => c.division === division && c.status !== 'closed').length;
  return division === 'global-education' ? courses + catalog.programs.length : courses;
}

/** Posts of a kind (or all), newest first, at most `limit`. */
export function selectPosts(posts: readonly Post[], kind: PostKind | 'all', limit?: number): Post[] {
  const chosen = posts.filter((p) => kind === 'all' || p.kind === kind);
  chosen.sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.title.localeCompare(b.title));
  return limit !== undefined && limit > 0 ? chosen.slice(0, Math.floor(limit)) : chosen;
}
