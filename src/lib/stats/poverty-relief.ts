/**
 * The poverty-relief figures: a folder of aggregate figures (`data/poverty-relief/`, see
 * figures.ts), one row per year and district, newest year first, districts in the city's order.
 */
import type { City } from '../../schemas/city.ts';
import { povertyReliefSchema, type PovertyReliefRow } from '../../schemas/poverty-relief.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { AreaRecord } from '../areas/load.ts';
import type { LoadContext } from '../load/context.ts';
import { loadFigures, type Figures } from './figures.ts';

export type PovertyRelief = Figures<PovertyReliefRow>;

export function loadPovertyRelief(ctx: LoadContext, units: Map<string, Unit>, areas: Map<string, AreaRecord>, city: Pick<City, 'districts'>): PovertyRelief | null {
  const districtOrder = (d: string) => city.districts.indexOf(d);
  return loadFigures(ctx, units, areas, {
    name: 'poverty-relief',
    schema: povertyReliefSchema,
    key: ['year', 'district'],
    onePer: '每年每个区县一行',
    checkRow: (r, _at, report) => {
      // An unreadable city.yml gives no districts: one message there, not one per row here.
      if (city.districts.length && !city.districts.includes(r.district)) report('district', `区县“${r.district}”不在 data/city.yml 的 districts 中`);
    },
    order: (a, b) => b.year - a.year || districtOrder(a.district) - districtOrder(b.district),
  });
}
