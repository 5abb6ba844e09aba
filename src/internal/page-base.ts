/**
 * The page's base URL, which relative catalog links and `src` resolve against; undefined on a
 * server (no `document` there), where a relative link stays as the catalog wrote it.
 */
export function pageBaseUrl(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}
