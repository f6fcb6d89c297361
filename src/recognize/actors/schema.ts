// Zod schemas for actor dictionary files: actor entries and the phrase tables (heads, titles, dyads).
import { z } from 'zod';
import { SECTORS } from '../../doc.ts';

const words = z.array(z.string().min(1));
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date YYYY, YYYY-MM or YYYY-MM-DD');
export const SectorSchema = z.enum(SECTORS);

/** Words per language; either language may be missing. */
export const LangWords = z.object({ ar: words.optional(), en: words.optional() }).strict();

/** A period in office: `office` names the post (president, prime-minister, foreign-minister, …). */
export const RoleSchema = z.object({
  office: z.string().min(1),
  /** The code while in this office, when it differs from the entry's (an Estonian PM later EU High Representative). */
  code: z.string().regex(/^[A-Z]{3,5}$/).optional(),
  from: date.optional(),
  to: date.optional(),
  sector: SectorSchema.optional(),
}).strict();

export const ENTRY_KINDS = ['state', 'capital', 'person', 'org', 'igo', 'group', 'place'] as const;

/** One actor (or place) record. */
export const ActorEntrySchema = z.object({
  id: z.string().min(1),
  /** ISO 3166-1 alpha-3 of the state, or an organization code (UNO, EUR, NATO, IGO, NGO, UNK …). */
  code: z.string().regex(/^[A-Z]{3,5}$/, 'expected an upper-case code of 3 to 5 letters'),
  kind: z.enum(ENTRY_KINDS),
  sector: SectorSchema.nullable().optional(),
  names: LangWords,
  /** Adjectives: Arabic masculine singular nisba (other forms by rule), English adjective. */
  demonyms: LangWords.optional(),
  /** Irregular plurals naming the people (الروس، الأتراك; the French). */
  demonym_plurals: LangWords.optional(),
  /** Offices held, for date-bounded resolution of titles ("the US president" in 2021 vs 2025). */
  roles: z.array(RoleSchema).optional(),
  /** The entry applies only between these dates (inclusive), e.g. a renamed body. */
  from: date.optional(),
  to: date.optional(),
  /** Names or demonyms that are also common words (مالي "financial"): kept only when the article has other evidence for the code. */
  weak: words.optional(),
}).strict();
export type ActorEntry = z.infer<typeof ActorEntrySchema>;

/** A head noun naming an institution or group of a state ("وزارة", "police"): its sector. */
export const HeadSchema = z.object({
  id: z.string().min(1),
  sector: SectorSchema.nullable(),
  ar: words.optional(),
  en: words.optional(),
  /** May stand alone ("الوزارة", "the police") and is then resolved by coreference. */
  bare: z.boolean().optional(),
  /** Code a bare head always takes instead of the country in context (UNK for "drug gangs"). */
  fallback: z.string().optional(),
  /** False when the head never takes a country in construct ("الجانب السعودي" yes, "من جانب الدوحة" no). */
  construct: z.boolean().optional(),
  /** A noun for people ("ناشطين", "protesters"): may stand alone even indefinite and without "the". */
  people: z.boolean().optional(),
}).strict();
export type HeadDef = z.infer<typeof HeadSchema>;

/** A personal title ("الرئيس", "Foreign Minister") and the offices it may denote. */
export const TitleSchema = z.object({
  id: z.string().min(1),
  sector: SectorSchema.nullable(),
  offices: words.optional(),
  ar: words.optional(),
  en: words.optional(),
  /** May stand alone ("the ambassador") and is then resolved to the last such title's country. */
  bare: z.boolean().optional(),
  /** A descriptor that introduces a person's name ("الناشط", "the opposition leader"): the name joins the span. */
  named: z.boolean().optional(),
}).strict();
export type TitleDef = z.infer<typeof TitleSchema>;

/** Phrase tables: heads, titles, dyad words and the small function-word lists the rules need. */
export const PhraseFileSchema = z.object({
  heads: z.array(HeadSchema).optional(),
  titles: z.array(TitleSchema).optional(),
  /** Words naming two states at once ("البلدين", "both sides"). */
  dyads: LangWords.optional(),
  /** Prepositions after which a state name is a location ("في", "in"). */
  state_locatives: LangWords.optional(),
  /** Prepositions after which a capital is a location rather than its government. */
  capital_locatives: LangWords.optional(),
  /** Words that end a name or a head phrase (prepositions, particles, common verbs). */
  stops: LangWords.optional(),
  /** Attack nouns: "هجوم على كييف" makes the capital the place attacked, not its government. */
  attack_nouns: LangWords.optional(),
  /** Nouns before a place name that keep it a place ("مدينة", "city of"). */
  place_nouns: LangWords.optional(),
  /** Adjectives that stay in an institution's span when they follow it ("البرلمان الجديد"). */
  trailing: LangWords.optional(),
  /** Words between a title's country and its holder, or before a party name ("المخلوع", "acting", "ruling"). */
  modifiers: LangWords.optional(),
  entries: z.array(z.unknown()).optional(),
}).strict();
export type PhraseFile = z.infer<typeof PhraseFileSchema>;
