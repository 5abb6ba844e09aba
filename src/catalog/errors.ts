/** Why a catalog could not be shown. Widgets turn each kind into a human message. */
export type CatalogErrorKind = 'no-source' | 'network' | 'timeout' | 'http' | 'parse' | 'schema';

/** Base class of every catalog failure; `kind` says which one. */
export class CatalogError extends Error {
  readonly kind: CatalogErrorKind;
  /** The catalog's absolute URL, when it came from one. */
  readonly url: string | undefined;

  constructor(kind: CatalogErrorKind, message: string, url?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CatalogError';
    this.kind = kind;
    this.url = url;
  }
}

/** No source was given: no `catalog` property, `src`, inline JSON, provider or page default. */
export class CatalogSourceError extends CatalogError {
  constructor() {
    super('no-source', 'No catalog source is set.');
    this.name = 'CatalogSourceError';
  }
}

/**
 * Why a request failed on the network: the browser was offline, the connection broke while the
 * body was arriving, a catalog on another origin could not be read (down, or no CORS headers: the
 * browser does not say which), or a catalog on the page's own origin could not be reached.
 */
export type NetworkFailure = 'offline' | 'interrupted' | 'cross-origin' | 'unreachable';

const NETWORK_DETAIL: Record<NetworkFailure, string> = {
  offline: 'the browser is offline',
  interrupted: 'the connection broke while the body was arriving',
  'cross-origin': 'it is on another origin: the server is down, or it does not send CORS headers that allow this page',
  unreachable: 'the server did not answer',
};

/** The request did not reach the server, or the browser refused the answer (offline, DNS, CORS). */
export class CatalogNetworkError extends CatalogError {
  readonly failure: NetworkFailure;

  constructor(url: string, cause?: unknown, failure: NetworkFailure = 'unreachable') {
    super('network', `The catalog at ${url} could not be loaded: ${NETWORK_DETAIL[failure]}.`, url, { cause });
    this.name = 'CatalogNetworkError';
    this.failure = failure;
  }
}

/** The server did not answer in time. */
export class CatalogTimeoutError extends CatalogError {
  readonly timeout: number;

  constructor(url: string, timeout: number) {
    super('timeout', `The catalog at ${url} did not answer within ${timeout} ms.`, url);
    this.name = 'CatalogTimeoutError';
    this.timeout = timeout;
  }
}

/** The server answered with a status other than 2xx. */
export class CatalogHttpError extends CatalogError {
  readonly status: number;
  /** Seconds from a `Retry-After` header, when the server sent one. */
  readonly retryAfter: number | undefined;

  constructor(url: string, status: number, retryAfter?: number) {
    super('http', `The catalog at ${url} answered with HTTP status ${status}.`, url);
    this.name = 'CatalogHttpError';
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

/** What the body was instead of JSON. */
export type ParseProblem = 'invalid-json' | 'html' | 'empty';

/** The body is not JSON: broken JSON, an HTML page (a captive portal, a 404 page) or nothing. */
export class CatalogParseError extends CatalogError {
  readonly problem: ParseProblem;

  constructor(problem: ParseProblem, detail: string, url?: string) {
    super('parse', detail, url);
    this.name = 'CatalogParseError';
    this.problem = problem;
  }
}

/** The JSON is not an HMS catalog this reader understands (not an object, wrong version). */
export class CatalogSchemaError extends CatalogError {
  constructor(detail: string, url?: string) {
    super('schema', detail, url);
    this.name = 'CatalogSchemaError';
  }
}

/** True for the error a fetch or a wait throws when its signal is aborted. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Any failure as a CatalogError, so widgets and listeners see one shape. */
export function asCatalogError(error: unknown): CatalogError {
  if (error instanceof CatalogError) return error;
  return new CatalogError('parse', error instanceof Error ? error.message : String(error));
}
