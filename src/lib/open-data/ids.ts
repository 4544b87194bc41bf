/**
 * Ids of the datasets that are not lists (src/lib/open-data/datasets.ts defines them). They share
 * the /data/<id>.csv namespace with the lists, so no list folder may take one of them
 * (src/lib/lists/load.ts). Permanent, like every published address.
 */
export const NAMED_DATASET_IDS = ['cases', 'notices', 'progress', 'scores', 'stats'] as const;
export type NamedDatasetId = (typeof NAMED_DATASET_IDS)[number];
