/**
 * Objection and credit repair (异议与信用修复): what a listed person or company is told on its
 * entry page and in the /credit-repair/ guide. The rules come from each list's `repair` block
 * (data/lists/<list>/meta.yml); the contacts from the issuing unit's row of data/units.csv.
 */
import type { RepairRules } from '../../schemas/list-meta.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { EntryRecord } from '../lists/load.ts';
import { listViews, type ListView } from '../lists/queries.ts';
import { addPeriod, periodLabel } from '../lists/disclosure.ts';
import { portal } from '../queries.ts';

export interface UnitContact {
  name: string;
  address: string | undefined;
  telephone: string | undefined;
  onlineService: string | undefined;
  website: string | undefined;
}

export interface EntryRepair {
  rules: RepairRules;
  /** The unit that decided the entry, with where it takes objections and applications. */
  unit: UnitContact;
  /** First day a repair application can be made (listed_on + earliest), if the list sets one. */
  earliestOn: string | undefined;
  /** The shortest time in words, e.g. 1 年. */
  earliestLabel: string | undefined;
  /** The national credit-repair service (data/city.yml credit_repair). */
  service: { name: string; url: string };
}

function contactOf(id: string): UnitContact {
  const u: Unit | undefined = portal().units.get(id);
  return { name: u?.name ?? id, address: u?.address, telephone: u?.telephone, onlineService: u?.online_service, website: u?.website };
}

/** What an entry's page says about objection and repair. */
export function entryRepair(view: ListView, entry: EntryRecord): EntryRepair {
  const rules = view.meta.repair;
  const earliest = rules.allowed ? rules.earliest : undefined;
  return {
    rules,
    unit: contactOf(entry.authority),
    earliestOn: earliest ? addPeriod(entry.listed_on, earliest) : undefined,
    earliestLabel: earliest ? periodLabel(earliest) : undefined,
    service: portal().city.credit_repair,
  };
}

export interface ListRepair {
  view: ListView;
  rules: RepairRules;
  earliestLabel: string | undefined;
  /** Units that decide the list's entries, with contacts (the list's authority first). */
  units: UnitContact[];
}

/** Every list's repair rules and contacts, for the guide, in the lists' order. */
export function repairGuide(): { lists: ListRepair[]; service: { name: string; url: string }; site: { name: string; url: string } } {
  const lists = listViews().map((view) => {
    const ids = [view.meta.authority, ...(view.meta.rules.authorities ?? []).filter((u) => u !== view.meta.authority)];
    const rules = view.meta.repair;
    return { view, rules, earliestLabel: rules.allowed && rules.earliest ? periodLabel(rules.earliest) : undefined, units: ids.map(contactOf) };
  });
  const { credit_repair, credit_site } = portal().city;
  return { lists, service: credit_repair, site: credit_site };
}
