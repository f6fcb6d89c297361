// PLOVER export: the CAMEO code's PLOVER event type, mode and context, the actors, the date and the evidence.
import { cameoInfo } from '../ontology/index.ts';
import { jsonlRecord } from './jsonl.ts';
import { countryOf, type ExportItem } from './record.ts';

/**
 * The PLOVER object for one event, or null when PLOVER drops its CAMEO code (statements 01x, appeals 02x).
 * @example ploverRecord(item)?.event // 'COERCE' for CAMEO 173
 */
export function ploverRecord(item: ExportItem): Record<string, unknown> | null {
  const e = item.event;
  const plover = cameoInfo(e.cameo)?.plover;
  if (!plover) return null;
  const actor = (code: string | null, sector: string | null, name: string | null) =>
    code ? { code, sector, name, country: countryOf(code) } : null;
  return {
    id: String(e.id),
    date: e.date,
    date_granularity: e.date_granularity,
    event: plover.type,
    mode: plover.mode,
    context: [...plover.context],
    actor: actor(e.source, e.source_sector, item.sourceName),
    recipient: actor(e.target, e.target_sector, item.targetName),
    negated: e.negated,
    location: e.location,
    cameo: e.cameo,
    confidence: e.confidence,
    evidence: jsonlRecord(item).evidence,
  };
}
