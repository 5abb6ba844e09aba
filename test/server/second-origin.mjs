// A second HTTP server on another port (so another origin) for cross-origin catalog tests.
//   GET <second>/catalog.json        the sample catalog, without CORS headers (the browser must refuse it)
//   GET <second>/catalog-cors.json   the sample catalog with Access-Control-Allow-Origin: *
// Anything else is a 404. The test page learns the origin from GET /api/second-origin on the
// runner's own server.
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/static-server.mjs';

const demo = fileURLToPath(new URL('../../demo', import.meta.url));

/** Only the two catalog routes; the CORS one is the same file with the header added. */
function route(request, response) {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/catalog-cors.json') {
    response.setHeader('Access-Control-Allow-Origin', '*');
    request.url = '/catalog.json';
    return false;
  }
  if (path === '/catalog.json') return false;
  response.writeHead(404).end();
  return true;
}

/** A web-test-runner plugin that starts the second server with the runner and stops it with it. */
export function secondOrigin() {
  let server;
  return {
    name: 'hms-second-origin',
    async serverStart() {
      server = await serveStatic(demo, { route });
    },
    async serverStop() {
      await server?.close();
    },
    serve(context) {
      if (context.path === '/api/second-origin') return { body: JSON.stringify({ origin: server.origin }), type: 'json' };
      return undefined;
    },
  };
}
