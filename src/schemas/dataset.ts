/** `data/dataset.yml`: facts about the data set as a whole. */
import { z } from 'astro/zod';
import { httpsUrl, text } from './common.ts';

export const datasetSchema = z.object({
  /** True while the data is fictional sample data: every page shows the 示例数据 banner. */
  sample: z.boolean({ error: 'sample 只能是 true 或 false' }),
  /** Licence of the open data, shown on /data/ and in catalog.json. */
  licence: text,
  /** Address of the licence's text (e.g. https://creativecommons.org/licenses/by/4.0/): catalog.jsonld and the data packages link it. */
  licence_url: httpsUrl.optional(),
  /** Publisher shown in citations and the footer. */
  publisher: text,
});

export type Dataset = z.infer<typeof datasetSchema>;
