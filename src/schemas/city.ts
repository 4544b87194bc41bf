/** `data/city.yml`: the city the portal publishes for. No city name or district is written in code. */
import { z } from 'astro/zod';
import { httpsUrl, isoDate, text } from './common.ts';
import { channelSchema } from './area.ts';

/** True for a time zone name the runtime knows (IANA, e.g. Asia/Shanghai). */
function knownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const citySchema = z.object({
  /** Full name as the plan writes it, with 市 (or 州, 盟…). */
  name: text,
  /** Province, e.g. 甘肃省. */
  province: text,
  /** Districts and counties (所属区县): the only values a list's district column takes. */
  districts: z.array(text, { error: '区县应为列表，例如 [城关区, 七里河区]' }).min(1, { error: '至少一个区县' }),
  /** The office that leads the city's social credit work (主办单位). */
  lead_office: text,
  /**
   * The city's general reporting channel (12345 and its online platform): a channel like an
   * area's, plus the name of the online platform its `url` points to. An area's fallback
   * channel must be written the same.
   */
  general_channel: channelSchema.omit({ scope: true }).extend({ platform: text }),
  /** The city's credit website, where the plan says lists are published (e.g. 信用中国 and the city's name); linked on every page. */
  credit_site: z.object({ name: text, url: httpsUrl }),
  /** The national online service for credit repair (信用中国), linked from every entry and the repair guide. */
  credit_repair: z.object({ name: text, url: httpsUrl }),
  /** IANA time zone in which "today" is counted for the disclosure date. */
  time_zone: z.string().refine(knownTimeZone, { error: '时区应为 IANA 时区名，例如 Asia/Shanghai' }),
  /** The plan the portal publishes under. */
  plan: z.object({
    title: text,
    issuer: text,
    issued_on: isoDate,
  }),
});

export type City = z.infer<typeof citySchema>;

export const cityLabels: Record<keyof City, string> = {
  name: '城市名称',
  province: '所属省份',
  districts: '所属区县',
  lead_office: '牵头单位',
  general_channel: '综合举报渠道',
  credit_site: '本地信用网站',
  credit_repair: '信用修复服务',
  time_zone: '时区',
  plan: '实施方案',
};
