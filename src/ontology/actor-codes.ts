// Actor codes of FORMAT.md that are not states: international and transnational organizations (GDELT's
// KnownGroupCode), and UNK.

/** International and transnational organization codes of FORMAT.md: GDELT's KnownGroupCode, not a country. */
export const KNOWN_GROUPS: ReadonlySet<string> = new Set([
  'UNO', 'EUR', 'NATO', 'ARL', 'AFU', 'GCC', 'OIC', 'ICC', 'ICJ', 'IAEA', 'WHO', 'IMF', 'WBK', 'AMN', 'HRW', 'ICRC',
  'CSTO', 'SCO', 'OPEC', 'IGO', 'NGO',
]);

/** The state an actor code stands for (ISO alpha-3), or null for organizations and UNK. */
export function countryOf(code: string): string | null {
  return /^[A-Z]{3}$/.test(code) && code !== 'UNK' && !KNOWN_GROUPS.has(code) ? code : null;
}
