// Types of catalog-arbitrary.mjs for the browser tests.
import type { Arbitrary } from 'fast-check';
export declare const catalogDocument: Arbitrary<unknown>;
