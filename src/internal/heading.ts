/** A `heading-level` as a widget uses it: 2 to 6, and 3 for anything that is not a number (a page keeps h1 for itself). */
export function headingLevel(level: number): number {
  return Math.min(6, Math.max(2, Math.round(level) || 3));
}
