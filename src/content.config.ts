/**
 * Content collections: only wiring. Schemas live in src/schemas/; the same schemas are used
 * by `npm run validate`. Tabular data (units, lists, progress, scores) is loaded by
 * src/lib/load/ without collections, so that 100,000 rows do not pass through the content store.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { areaSchema } from './schemas/area.ts';

const areas = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/areas' }),
  schema: areaSchema,
});

export const collections = { areas };
