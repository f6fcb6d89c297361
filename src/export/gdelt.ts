// GDELT 2.0 Event table rows: the codebook's 61 tab-separated columns, filled where Marsad knows the value.
import { dateRange } from '../store/date-range.ts';
import { KNOWN_GROUPS, countryOf, type ExportItem } from './record.ts';

/** Column names in the order of the GDELT 2.0 Event codebook (tab-delimited, 61 fields). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code']
    .map((c) => `${p}${c}`);
}

function geoColumns(p: string): string[] {
  return ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${p}_${c}`);
}

/** Tabs and line breaks would break the row; GDELT fields never contain them. */
const clean = (s: string | null | undefined): string => (s ?? '').replace(/[\t\r\n]+/g, ' ').trim();

function actorFields(code: string | null, sector: string | null, name: string | null): string[] {
  if (!code) return Array(10).fill('');
  return [
    `${code}${sector ?? ''}`, clean(name).toUpperCase(), countryOf(code) ?? '', KNOWN_GROUPS.has(code) ? code : '',
    '', '', '', sector ?? '', '', '',
  ];
}

/** GDELT's FractionDate: year plus day-of-year / 365, four decimals. */
function fractionDate(day: string): string {
  const [y] = day.split('-').map(Number);
  const doy = (Date.parse(day) - Date.UTC(y!, 0, 1)) / 86_400_000 + 1;
  return (y! + doy / 365).toFixed(4);
}

/**
 * One GDELT row (61 fields). The event day is its date's first day, else the publication day.
 * @example gdeltRow(item).length // 61
 */
export function gdeltRow(item: ExportItem, globalEventId: number): string[] {
  const e = item.event;
  const day = dateRange(e.date)?.start ?? e.published ?? null;
  const compact = day ? day.replaceAll('-', '') : '';
  const cameo = e.cameo;
  const geoEmpty = Array(8).fill('');
  const action = e.location ? ['', clean(e.location.text), '', '', '', '', '', ''] : geoEmpty;
  const added = (e.ingested_at ?? '').replace(/\D/g, '').slice(0, 14);
  const row = [
    String(globalEventId), compact, compact.slice(0, 6), compact.slice(0, 4), day ? fractionDate(day) : '',
    ...actorFields(e.source, e.source_sector, item.sourceName),
    ...actorFields(e.target, e.target_sector, item.targetName),
    // GDELT marks events from the lead paragraph; Marsad knows the sentence, and counts the first one.
    e.sentence === 0 ? '1' : '0',
    cameo, cameo.length > 3 ? cameo.slice(0, 3) : cameo, e.root, String(e.quad_class), String(e.goldstein),
    String(item.numMentions), String(item.numSources), String(item.numArticles), '',
    ...geoEmpty, ...geoEmpty, ...action,
    added, clean(e.article_url),
  ];
  return row;
}
