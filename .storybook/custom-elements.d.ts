// custom-elements.json is build output (`npm run manifest`, run by `build` and `build-storybook`), so
// a fresh clone has none: this declaration lets `npm run typecheck` pass before any build. Once the
// file exists, TypeScript reads its real shape instead.
declare module '*/custom-elements.json' {
  /** The Custom Elements Manifest (schema version 2) the analyzer writes. */
  const manifest: { schemaVersion: string; readme?: string; modules: unknown[] };
  export default manifest;
}
