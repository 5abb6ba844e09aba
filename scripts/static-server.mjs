// The one static file server of the scripts and tests (benchmark, story check, CLI test, the
// second origin of the CORS tests): sirv on node:http, loopback only, on a free port.
import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * Serves the files of `dir` (a folder's index.html for the folder; 404 for anything else) on
 * 127.0.0.1. Dev mode: files are read on each request and sent with `Cache-Control: no-store`.
 * `route(request, response)` may answer a request itself (return true), or rewrite `request.url`
 * and set response headers before the file is sent.
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic(dir, { route } = {}) {
  const files = sirv(dir, { dev: true });
  const server = createServer((request, response) => {
    if (route?.(request, response)) return;
    files(request, response, () => response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
