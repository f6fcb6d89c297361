// The JSON that `marsad code` prints: FORMAT.md's field names, plus offsets and provenance.
import type { ActorMention, CodedEvent, DateMention, Doc, Lang, PlaceMention, QuantityMention } from '../doc.ts';

export interface CodeOutput {
  id: string;
  lang: Lang;
  outlet: string | null;
  published: string | null;
  title: string | null;
  events: CodedEvent[];
  actors: ActorMention[];
  dates: DateMention[];
  quantities: QuantityMention[];
  places: PlaceMention[];
}

export function toFormatJson(doc: Doc): CodeOutput {
  const a = doc.article;
  return {
    id: a.id,
    lang: a.lang,
    outlet: a.outlet ?? null,
    published: a.published ?? null,
    title: a.title ?? null,
    events: doc.events ?? [],
    actors: doc.actors ?? [],
    dates: doc.dates ?? [],
    quantities: doc.quantities ?? [],
    places: doc.places ?? [],
  };
}
