// Date-bounded offices: who held an office on a date, and a person's code and sector on that date.
import type { Sector } from '../../doc.ts';
import type { ActorDictionary, ActorEntry } from './dictionary.ts';

type Role = NonNullable<ActorEntry['roles']>[number];

/** True when `date` (YYYY-MM-DD) lies within [from, to]; partial dates compare by prefix. */
export function within(date: string, from?: string, to?: string): boolean {
  if (from && date < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

/** The role held on `date`, latest start first. */
export function roleAt(entry: ActorEntry, date: string): Role | undefined {
  // One pass, no copies: this runs for every holder of an office named in the text.
  let best: Role | undefined;
  for (const r of entry.roles ?? []) {
    if (within(date, r.from, r.to) && (!best || (r.from ?? '').localeCompare(best.from ?? '') > 0)) best = r;
  }
  return best;
}

/**
 * Code and sector of an entry on a date: in office → the role's (GOV unless stated); after every
 * office ended → ELI (former officials); otherwise the entry's own sector.
 * @example standingAt(trump, '2023-05-01') // { code: 'USA', sector: 'ELI' }
 */
export function standingAt(entry: ActorEntry, date: string): { code: string; sector: Sector | null } {
  const role = roleAt(entry, date);
  if (role) return { code: role.code ?? entry.code, sector: role.sector ?? entry.sector ?? 'GOV' };
  const roles = entry.roles ?? [];
  if (entry.kind === 'person' && roles.length && roles.every((r) => r.to && r.to < date)) {
    return { code: entry.code, sector: 'ELI' };
  }
  return { code: entry.code, sector: entry.sector ?? null };
}

/**
 * The person holding one of `offices` for `code` on `date` (first office that has a holder wins).
 * @example holderAt(dict, 'USA', ['president'], '2021-06-01')?.id // 'person.USA.biden'
 */
export function holderAt(dict: ActorDictionary, code: string, offices: readonly string[], date: string): ActorEntry | undefined {
  for (const office of offices) {
    let best: { entry: ActorEntry; from: string } | undefined;
    // Holders filed under the code, and those holding it under another code (an EU High Representative).
    for (const entry of holdersOf(dict, office)) {
      const role = roleAt(entry, date);
      if (!role || role.office !== office || (role.code ?? entry.code) !== code) continue;
      // When terms overlap in the data (no end date given), the latest appointment wins.
      if (!best || (role.from ?? '') > best.from) best = { entry, from: role.from ?? '' };
    }
    if (best) return best.entry;
  }
  return undefined;
}

/** Holders of an office under any code, in dictionary order, per dictionary: found once, not per title in the text. */
const byOffice = new WeakMap<ActorDictionary, Map<string, ActorEntry[]>>();

function holdersOf(dict: ActorDictionary, office: string): ActorEntry[] {
  let offices = byOffice.get(dict);
  if (!offices) byOffice.set(dict, (offices = new Map()));
  let list = offices.get(office);
  if (!list) {
    list = [...dict.holders].filter(([key]) => key.endsWith(`:${office}`)).flatMap(([, entries]) => entries);
    offices.set(office, list);
  }
  return list;
}
