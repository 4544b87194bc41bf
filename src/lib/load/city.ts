import { join } from 'node:path';
import { citySchema, type City } from '../../schemas/city.ts';
import { check, readYaml, rel, yamlPlacer, type LoadContext } from './context.ts';
import { kindOf } from './files.ts';

/**
 * What the pages fall back to when data/city.yml is refused (the build stops anyway). Its empty
 * district list tells the list loader not to check districts, so that one broken city file
 * does not turn into a message for every row.
 */
const UNREADABLE: City = {
  name: '',
  province: '',
  districts: [],
  lead_office: '',
  general_channel: { name: '', hotline: '', url: '', platform: '', operator: '' },
  credit_site: { name: '', url: '' },
  credit_repair: { name: '', url: '' },
  time_zone: 'UTC',
  plan: { title: '', issuer: '', issued_on: '' },
};

/** Loads `data/city.yml`: the city's name, districts, general channel, time zone and plan. */
export function loadCity(ctx: LoadContext): City {
  const path = join(ctx.dataDir, 'city.yml');
  const file = rel(ctx, path);
  if (kindOf(path) === 'missing') {
    ctx.issues.push({ file, line: 1, column: 1, key: 'city', message: '缺少城市设置文件 data/city.yml（城市名称、区县、综合举报渠道、时区、实施方案）' });
    return UNREADABLE;
  }
  // A folder or a link where the file should be is reported by the file checks (files.ts).
  if (kindOf(path) !== 'file') return UNREADABLE;
  const fm = readYaml(ctx, path);
  if (ctx.unreadable?.has(file)) return UNREADABLE; // reported where it is read
  const city = check(ctx, file, citySchema, fm.data, yamlPlacer(fm));
  if (!city) return UNREADABLE;
  const seen = new Set<string>();
  city.districts.forEach((d, i) => {
    if (seen.has(d)) ctx.issues.push({ file, ...fm.locate(['districts', i]), key: 'districts', message: `区县“${d}”重复` });
    seen.add(d);
  });
  return city;
}
