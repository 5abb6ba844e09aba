// A second HTTP server on another port (so another origin) for cross-origin catalog tests.
//   GET <second>/catalog.json        the sample catalog, without CORS headers (the browser must refuse it)
//   GET <second>/catalog-cors.json   the sample catalog with Access-Control-Allow-Origin: *
// The test page learns the origin from GET /api/second-origin on the runner's own server.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const sample = fileURLToPath(new URL('../../demo/catalog.json', import.meta.url));

/** A web-test-runner plugin that starts the second server with the runner and stops it with it. */
export function secondOrigin() {
  let server;
  let origin = '';
  return {
    name: 'hms-second-origin',
    async serverStart() {
      server = createServer((request, response) => {
        const path = new URL(request.url, 'http://x').pathname;
        if (path !== '/catalog.json' && path !== '/catalog-cors.json') {
          response.writeHead(404).end();
          return;
        }
        const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
        if (path === '/catalog-cors.json') headers['Access-Control-Allow-Origin'] = '*';
        response.writeHead(200, headers).end(readFileSync(sample));
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      await new Promise((resolve) => server?.close(resolve));
    },
    serve(context) {
      if (context.path === '/api/second-origin') return { body: JSON.stringify({ origin }), type: 'json' };
      return undefined;
    },
  };
}
