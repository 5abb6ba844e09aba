// React ships CommonJS only. For the React wrapper test, this dev-server plugin serves React and
// react-dom/client as ES modules bundled by esbuild (one React instance, development build).
import { build } from 'esbuild';

// One bundle serves both specifiers, so the test and the wrappers share one React.
const SOURCE = [
  "import * as R from 'react';",
  "import * as C from 'react-dom/client';",
  'export default R;',
  'export const { createElement, forwardRef, useRef, useState, useEffect, useLayoutEffect, act, Fragment } = R;',
  'export const { createRoot, hydrateRoot } = C;',
].join('\n');
const URL_PATH = '/__react-esm__/react.js';
const MAP = { react: URL_PATH, 'react-dom/client': URL_PATH };
let bundled;

/** A web-test-runner plugin: `import React from 'react'` and `react-dom/client` work in the browser. */
export function reactEsm() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return MAP[source];
    },
    async serve(context) {
      if (context.path !== URL_PATH) return undefined;
      bundled ??= build({
        stdin: { contents: SOURCE, resolveDir: process.cwd(), loader: 'js' },
        bundle: true,
        format: 'esm',
        write: false,
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundled, type: 'js' };
    },
  };
}
