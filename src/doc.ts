// The one document type every pipeline stage reads and extends; all offsets point into `text`.

export type Lang = 'ar' | 'en';

/** Sectors as FORMAT.md lists them; null means the text says no more than the state. */
export const SECTORS = [
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'MED', 'BUS', 'CVL', 'OPP', 'REB', 'REF', 'EDU', 'HLH', 'REL', 'LAB', 'ELI',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Date granularity, finest to coarsest. */
export type Granularity = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade';

/** An article as it enters the pipeline (FORMAT.md's article fields). */
export interface Article {
  id: string;
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
  text: string;
  lang?: Lang | null;
  /** Publication date YYYY-MM-DD, or null when unknown. */
  published?: string | null;
}

/** A half-open character range [start, end) in the original text. */
export interface Span {
  start: number;
  end: number;
}

/** Text normalized for matching, with a map from each normalized char back to the original. */
export interface NormText {
  text: string;
  /** toOrig[i] is the original offset of normalized char i; toOrig[text.length] is the original length. */
  toOrig: Int32Array;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the first token and one past the last token of this sentence in doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
  /** Heading lines (short, unpunctuated) are kept as sentences but flagged, and not coded. Bullets are sentences. */
  heading?: boolean;
}

export interface Token extends Span {
  index: number;
  sentence: number;
  /** The token exactly as in the original text. */
  text: string;
  /** The token normalized for matching (see normalize/). */
  norm: string;
  /** True for punctuation-only tokens. */
  punct: boolean;
  /**
   * Candidate stems for lookup, most likely first: the normalized token and its
   * clitic-stripped variants (filled by the morphology step of segment/).
   */
  forms: string[];
  /** Proclitics found on the most likely analysis (e.g. و, ب, ال). */
  proclitics?: string[];
  /** Enclitic pronoun found on the most likely analysis (e.g. ه, هم). */
  enclitic?: string;
}

export type ActorKind = 'state' | 'capital' | 'person' | 'org' | 'igo' | 'group' | 'dyad' | 'title' | 'demonym';

export interface ActorMention extends Span {
  /**
   * Surface form as in the text; a word fused with لل ("للصومال") is written with its article restored
   * ("الصومال"), as annotators write it, while start/end still cover the word in the text.
   */
  text: string;
  code: string;
  sector: Sector | null;
  kind: ActorKind;
  /** Dictionary entry id that resolved this mention, or 'coref:…' when resolved by coreference. */
  entry: string;
  /** Index of the first and one past the last token covered. */
  tokenStart: number;
  tokenEnd: number;
}

export interface PlaceMention extends Span {
  text: string;
  /** Country the place lies in (ISO alpha-3). */
  country: string;
  entry: string;
}

export interface DateMention extends Span {
  text: string;
  /** Normalized value: 2025-07-20, 2025-W37, 2025-07, 2025-FA, 2025, 199X; null when unresolvable. */
  value: string | null;
  granularity: Granularity;
  /** Whether the value depended on the publication date. */
  relative: boolean;
}

export interface QuantityMention extends Span {
  text: string;
  value: number;
  /** What is counted: a currency code, 'percent', or the counted noun as written. */
  unit: string | null;
  /** Approximation words kept as qualifiers: 'about', 'more than', 'less than', 'tens', … */
  qualifier?: string | null;
  /** "38 of 67" reads value 38 and of 67. */
  of?: number | null;
}

/** One coded event; field names follow FORMAT.md, plus offsets and provenance. */
export interface CodedEvent {
  source: string | null;
  source_sector: Sector | null;
  target: string | null;
  target_sector: Sector | null;
  cameo: string;
  root: string;
  quad_class: 1 | 2 | 3 | 4;
  goldstein: number;
  date: string | null;
  date_granularity: Granularity | null;
  negated: boolean;
  trigger: string;
  trigger_start: number;
  trigger_end: number;
  quote: string;
  quote_start: number;
  quote_end: number;
  sentence: number;
  location: { text: string; country: string } | null;
  confidence: number;
  /** Id of the dictionary pattern or rule that produced the event. */
  rule: string;
}

/** Why an event was coded, or why a near-miss was not (`marsad code --explain`). */
export interface Explanation {
  sentence: number;
  trigger: string;
  /** The trigger's span in the text. */
  start: number;
  end: number;
  /** The code the pattern proposes (for a coded trigger, the code given). */
  cameo: string;
  rule: string;
  outcome: 'coded' | 'skipped';
  /** For a skipped trigger: the short name of the filter that dropped it ('modal', 'no-source', …). */
  filter?: string;
  reason: string;
}

export interface Doc {
  article: Article & { lang: Lang };
  /** The original article text; every offset in the Doc points into it. */
  text: string;
  norm?: NormText;
  sentences?: Sentence[];
  tokens?: Token[];
  actors?: ActorMention[];
  places?: PlaceMention[];
  dates?: DateMention[];
  quantities?: QuantityMention[];
  events?: CodedEvent[];
  explanations?: Explanation[];
}

export type DocField = Exclude<keyof Doc, 'article' | 'text'>;
