// Prints the package's per-widget entries (`./<folder>` and `./<folder>/class`, one per folder of
// src/components/) for `npm run check-package`: attw does not expand the export patterns itself.
import { readdirSync } from 'node:fs';

const folders = readdirSync(new URL('../src/components/', import.meta.url), { withFileTypes: true }).filter((entry) => entry.isDirectory());
console.log(folders.flatMap(({ name }) => [`./${name}`, `./${name}/class`]).join(' '));
