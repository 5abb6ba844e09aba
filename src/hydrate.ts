/**
 * `hms-widgets/hydrate`: Lit's hydration support, for pages that show server-rendered widgets
 * (`hms-widgets/ssr`, `hms-widgets render`). Import it before anything that loads Lit, then
 * `hms-widgets/define`: each server-rendered widget then takes over its markup instead of
 * rendering it again. Pages without server-rendered widgets do not need it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
