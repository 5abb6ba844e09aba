// @web/test-runner-visual-regression 0.10's index.d.ts re-exports './browser/commands.mjs', whose
// types are in commands.d.ts (not .d.mts), so TypeScript's bundler resolution sees no export.
export {};
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline named `name` (see web-test-runner.config.mjs). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
