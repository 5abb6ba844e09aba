import { CatalogParseError } from './errors.js';

/**
 * Parses a catalog body. Throws {@link CatalogParseError} for an empty body, an HTML page
 * (a captive portal or an error page) or broken JSON.
 */
export function parseCatalogText(text: string, url?: string, contentType = ''): unknown {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') throw new CatalogParseError('empty', 'The catalog response is empty.', url);
  if (/html/i.test(contentType) || body.startsWith('<')) {
    throw new CatalogParseError('html', 'The catalog address returned a web page instead of JSON.', url);
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new CatalogParseError('invalid-json', `The catalog is not valid JSON: ${(error as Error).message}`, url);
  }
}

/**
 * Reads inline catalog JSON (a `<script type="application/json">` child): as `parseCatalogText`,
 * except that markup there is reported as broken JSON, since no server sent a web page.
 */
export function parseInlineCatalog(text: string): unknown {
  try {
    return parseCatalogText(text);
  } catch (error) {
    if (error instanceof CatalogParseError && error.problem === 'html') {
      throw new CatalogParseError('invalid-json', 'The inline catalog is not valid JSON.');
    }
    throw error;
  }
}
