/**
 * Content collections: only wiring. Schemas live in src/schemas/; the same schemas are used
 * by `npm run validate`. Tabular data (units, lists, progress, scores) is loaded by
 * src/lib/load/ without collections, so that 100,000 rows do not pass through the content store.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { dataRoot } from './lib/config.ts';
import { areaSchema } from './schemas/area.ts';
import { noticeSchema } from './schemas/notice.ts';
import { caseSchema } from './schemas/case.ts';
import { planPartSchema } from './schemas/plan.ts';

// content/ under PORTAL_DATA_ROOT (default: the project), as src/lib/load reads it.
const content = (dir: string) => join(dataRoot(), 'content', dir);

const areas = defineCollection({
  // id = file stem (`01-telecom-fraud`), as AreaRecord.file; the glob default would use the `slug` field.
  loader: glob({ pattern: '*.mdx', base: content('areas'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: areaSchema,
});

const notices = defineCollection({
  loader: glob({ pattern: '*.mdx', base: content('notices') }),
  schema: noticeSchema,
});

// Case bodies (narratives). Front matter is checked with cross-references by src/lib/cases/load.ts
// before the build; id = path without extension (`2021/wage-arrears-2021-01`), as CaseRecord.entry.
const cases = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: content('cases'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: caseSchema,
});

// The plan's parts other than its areas (content/plan/), id = file stem.
const plan = defineCollection({
  loader: glob({ pattern: '*.mdx', base: content('plan'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: planPartSchema,
});

export const collections = { areas, notices, cases, plan };
