/**
 * The one normalisation of names (subject names, legal representatives) and of what a reader
 * types into search: NFKC, so that a full-width `ＡＢＣ` and `ABC`, or `（` and `(`, are the
 * same name on pages, in downloads and in search. Names are normalised once, by the schema
 * (src/schemas/common.ts), so every page and download shows the same form; search folds the
 * text it indexes and the query with this same function.
 */
export function normaliseName(s: string): string {
  return s.normalize('NFKC');
}
