import { CatalogError, CatalogHttpError, CatalogNetworkError, CatalogParseError } from '../catalog/errors.js';
import type { Messages } from './messages.js';

/** The sentence a visitor sees for a catalog failure. */
export function errorMessage(error: unknown, t: Messages): string {
  if (!(error instanceof CatalogError)) return t.errorNetwork;
  switch (error.kind) {
    case 'no-source':
      return t.errorNoSource;
    case 'network': {
      const failure = error instanceof CatalogNetworkError ? error.failure : 'unreachable';
      if (failure === 'offline') return t.errorOffline;
      if (failure === 'interrupted') return t.errorInterrupted;
      if (failure === 'cross-origin' && error.url) return t.errorCrossOrigin(new URL(error.url).host);
      return t.errorNetwork;
    }
    case 'timeout':
      return t.errorTimeout;
    case 'http': {
      const { status } = error as CatalogHttpError;
      if (status === 404 || status === 410) return t.errorNotFound;
      if (status === 429) return t.errorRateLimited;
      return status >= 500 ? t.errorServer(status) : t.errorRefused(status);
    }
    case 'parse': {
      const { problem } = error as CatalogParseError;
      return problem === 'html' ? t.errorHtml : problem === 'empty' ? t.errorEmpty : t.errorNotJson;
    }
    case 'schema':
      return t.errorSchema(error.message);
  }
}
