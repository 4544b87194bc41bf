/**
 * Where the search page finds its index: Pagefind bundle directories, from the site root.
 * The first is the primary bundle (its pagefind.js is loaded); any others are merged into it
 * (`mergeIndex`), which is how a partitioned index for very large data sets plugs in.
 */
export const SEARCH_BUNDLES: readonly string[] = ['/pagefind/'];
