/**
 * The sample data's reference day: the generators write the sample for it (entries that stop on
 * it, on the day after, and so on), and every test and benchmark pins DISCLOSURE_DATE to it so
 * that results do not change with the calendar. Change it only together with the sample data.
 */
export const SAMPLE_DAY = '2026-11-27';
