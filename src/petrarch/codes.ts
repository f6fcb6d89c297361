// CAMEO actor codes as PETRARCH and TABARI write them (USAGOV, IGOUNODEVWBK, NGOHRIAMN, MNCUSA) mapped to
// Marsad's codes (FORMAT.md): a state or organization code plus one sector.
import { SECTORS, type Sector } from '../doc.ts';

/** Organization codes inside an IGO/NGO code, longest first: IGOUNODEVWBK is the World Bank, not the UN. */
const ORGS: [string, string][] = [
  ['UNODEVWBK', 'WBK'], ['UNOWBK', 'WBK'], ['UNOHLHWHO', 'WHO'], ['UNOIAE', 'IAEA'], ['UNOJUDICJ', 'ICJ'],
  ['BUSIMF', 'IMF'], ['BUSOPC', 'OPEC'], ['JUDICC', 'ICC'], ['EUREEC', 'EUR'], ['WSTNAT', 'NATO'],
  ['MEAARL', 'ARL'], ['AFRAFU', 'AFU'], ['AFROAU', 'AFU'], ['MOSOIC', 'OIC'], ['PGSGCC', 'GCC'],
  ['HRIAMN', 'AMN'], ['HRIHRW', 'HRW'], ['HLHIRC', 'ICRC'], ['UNO', 'UNO'],
];

/** CAMEO sector codes that FORMAT.md folds into its own sectors. */
const SECTOR_ALIASES: Record<string, Sector | null> = {
  INS: 'REB', SEP: 'REB', UAF: 'REB', CRM: 'REB', RAD: 'REB', SPY: 'COP', PTY: 'OPP', MNC: 'BUS', AGR: 'LAB',
  DEV: null, HRI: null, ENV: null, IRC: null,
};

/** Three-letter CAMEO codes that are types, sectors or regions, never a state: [MED], [IGO], [IMG], [GOV]. */
const TYPE_CODES = new Set(['IGO', 'NGO', 'MNC', 'IMG', 'INT', 'UAF', ...SECTORS, ...Object.keys(SECTOR_ALIASES)]);

/** True for a bare CAMEO type or sector code, which a dictionary's own records must not take for a state. */
export const isTypeCode = (code: string) => TYPE_CODES.has(code.toUpperCase());

export interface MarsadCode {
  code: string;
  sector: Sector | null;
}

const sectorOf = (chunks: string[]): Sector | null => {
  for (const c of chunks) {
    if ((SECTORS as readonly string[]).includes(c)) return c as Sector;
    if (c in SECTOR_ALIASES && SECTOR_ALIASES[c]) return SECTOR_ALIASES[c]!;
  }
  return null;
};

/**
 * Map a CAMEO actor code to Marsad's; null when it names no state or organization Marsad codes (a region such
 * as MEA, a bare sector such as GOV, a company of no country).
 * @example mapActorCode('USAGOV', isState) // { code: 'USA', sector: 'GOV' }
 * @example mapActorCode('IGOUNODEVWBK', isState) // { code: 'WBK', sector: null }
 */
export function mapActorCode(raw: string, isState: (code: string) => boolean): MarsadCode | null {
  const code = raw.toUpperCase();
  const head = code.slice(0, 3);
  const rest = code.slice(3);
  const chunks = rest.match(/.{1,3}/g) ?? [];
  if (isState(head)) return { code: head, sector: sectorOf(chunks) };
  if (head === 'IGO' || head === 'NGO') {
    const org = ORGS.find(([k]) => rest.startsWith(k) || rest.includes(k));
    if (org) return { code: org[1], sector: null };
    // A national NGO (NGOUSAHRI) is coded as its state, as FORMAT.md codes civil society.
    const state = chunks.find((c) => isState(c));
    if (head === 'NGO' && state) return { code: state, sector: sectorOf(chunks) ?? 'CVL' };
    return { code: head, sector: null };
  }
  if (head === 'MNC') {
    const state = chunks.find((c) => isState(c));
    return state ? { code: state, sector: 'BUS' } : null;
  }
  // International militarized groups and transnational rebels: their country cannot be told from the code.
  if (head === 'IMG' || head === 'INT') return { code: 'UNK', sector: 'REB' };
  return null;
}
