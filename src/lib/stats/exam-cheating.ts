/**
 * The exam-cheating figures: a folder of aggregate figures (`data/exam-cheating/`, see
 * figures.ts), one row per year and exam, newest year first.
 */
import { examCheatingSchema, type ExamCheatingRow } from '../../schemas/exam-cheating.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { AreaRecord } from '../areas/load.ts';
import type { LoadContext } from '../load/context.ts';
import { loadFigures, type Figures } from './figures.ts';

export type ExamCheating = Figures<ExamCheatingRow>;

export function loadExamCheating(ctx: LoadContext, units: Map<string, Unit>, areas: Map<string, AreaRecord>): ExamCheating | null {
  return loadFigures(ctx, units, areas, {
    name: 'exam-cheating',
    schema: examCheatingSchema,
    key: ['year', 'exam'],
    onePer: '每年每种考试一行',
    order: (a, b) => b.year - a.year,
  });
}
