/**
 * The catalog validator without any DOM: for Node scripts and build pipelines that check a catalog
 * before publishing it (the same code the widgets and `hms-widgets validate` run).
 */
export { validateCatalog, parseCatalogText, TEXT_LIMITS, type ValidateOptions, type ValidationResult } from './catalog/validate.js';
export { safeUrl } from './catalog/url.js';
export { catalogFeeds, feedFile, type FeedEntry, type FeedFilter, type FeedOptions, type FeedsIndex } from './catalog/feeds.js';
export * from './catalog/errors.js';
export * from './catalog/types.js';
