// Arabic event rules beyond argument assignment: background nominals and descriptive clauses that
// report no fresh act, announcements with a nominal object, the place an evaluated act happened in,
// and the host side of a reported visit.
import type { CodedEvent, Lang } from '../doc.ts';
import { cameoInfo } from '../ontology/index.ts';
import { prepGoverned, type ActorGroup, type SentenceView } from './clause.ts';
import type { Trigger } from './match.ts';
import { bare } from './arabic-clause.ts';

/** Motion verbs (وصل إلى) that are visits only with a named actor as subject. */
const NAMED_SUBJECT = new Set(['ar.arrive']);

/** Elatives that mark a writer's comparison ("أعنف معارك منذ سنوات"), not a report of one act. */
const ELATIVE = /^(اعنف|اسوا|اشد|اخطر|اطول|ادمى|اوسع)$/;

/** Demonstratives: "هذه الزيارة" refers back to an act already reported, not a fresh one. */
const DEMONSTRATIVE = /^(هذه|هذا|تلك|ذلك|هذين|هاتين)$/;

/** Non-actor nouns whose descriptive clause ("خطوة تهدد …") states a consequence, not an act. */
const NON_ACTOR_HEADS = new Set(['خطوه', 'خطوات', 'قرار', 'قرارات', 'اجراء', 'اجراءات', 'سياسه', 'سياسات', 'تطورات', 'ازمه', 'تحرك', 'تحركات', 'ممارسات', 'مواقف', 'تصعيد', 'عمليه', 'تصريحات', 'تطور', 'وضع', 'ظروف']);

/**
 * Why an Arabic trigger reports no fresh act, or null:
 * "أعنف معارك منذ سنوات" (a writer's comparison), "خطوة تهدد نفوذ فرنسا" (a consequence).
 * @example arabicBackground(v, trigger) // 'a comparison in the writer's voice ("أعنف")'
 */
export function arabicBackground(v: SentenceView, tr: Trigger): string | null {
  if (v.lang !== 'ar') return null;
  if (NAMED_SUBJECT.has(tr.pattern.id) && !namedSubject(v, tr)) return 'a motion verb with no named subject ("وتصل قدرته إلى …")';
  if (tr.kind === 'noun') {
    for (let k = tr.head - 1; k >= Math.max(v.start, tr.head - 2); k--) {
      const n = bare(v.tokens[k]!.norm);
      if (ELATIVE.test(n)) return `a comparison in the writer's voice ("${v.tokens[k]!.text}")`;
      if (n === 'سيما') return 'an example in a descriptive list ("لا سيما")';
      if (k === tr.head - 1 && DEMONSTRATIVE.test(n.replace(/^[وف]/, ''))) return `an act referred back to ("${v.tokens[k]!.text}"), already reported`;
    }
    return null;
  }
  const habitual = habitualMark(v, tr);
  if (habitual) return `a repeated act recalled as background ("${habitual}")`;
  const prev = v.tokens[tr.head - 1];
  if (!prev || tr.head - 1 < v.start || prev.punct) return null;
  if ((v.tokens[tr.head]!.proclitics ?? []).length) return null;
  const inActor = v.groups.some((g) => tr.head - 1 >= g.start && tr.head - 1 < g.end);
  if (!inActor && NON_ACTOR_HEADS.has(prev.norm.replace(/^و/, ''))) return `a clause describing "${prev.text}", not an actor's act`;
  return null;
}

/**
 * "أعلنت الحكومة الحداد": an announcement whose object is a noun, with no reported content (أن/إن،
 * a colon or quote) in its clause, is no statement. Returns true for such a plain 010.
 */
export function nominalAnnouncement(v: SentenceView, tr: Trigger): boolean {
  if (v.lang !== 'ar' || tr.pattern.id !== 'ar.announce' || tr.kind !== 'verb') return false;
  for (let k = tr.end; k < Math.min(v.end, tr.end + 8); k++) {
    const t = v.tokens[k]!;
    if (v.groups.some((g) => k >= g.start && k < g.end)) continue;
    if (v.transparent?.has(k)) continue;
    if (/^(ان|بان|انه|انها|انهم|عن|:)$/.test(t.norm) || /["“”«»:]/.test(t.text)) return false;
    if (t.norm === ',' || t.norm === '.') return true;
    if ((t.proclitics ?? []).includes('ال') || /^ال/.test(t.norm)) return true;
  }
  return true;
}

/**
 * The country an evaluated act happened in, for "أدانت فرنسا الانقلاب في النيجر": the place or actor
 * after "في" behind the evaluation's nominal object, in the same clause.
 */
export function objectPlace(v: SentenceView, tr: Trigger, source: ActorGroup | null): ActorGroup | null {
  if (v.lang !== 'ar') return null;
  const from = source && source.start >= tr.end ? source.end : tr.end;
  for (let k = from; k < Math.min(v.end, from + 5); k++) {
    const t = v.tokens[k]!;
    if (t.norm === 'في') {
      const g = [...(v.places ?? []), ...v.groups].find((x) => x.start > k && x.start <= k + 2);
      return g && !g.mentions.some((m) => source?.mentions.some((x) => x.code === m.code)) ? g : null;
    }
    if (t.punct || (v.cues.boundary.has(t.norm) && !v.transparent?.has(k))) return null;
  }
  return null;
}

/** The evaluation's object is a definite noun in its own clause ("أدانت فرنسا الانقلاب"), not a pronoun or an actor. */
export function hasNominalObject(v: SentenceView, tr: Trigger): boolean {
  if (v.lang !== 'ar') return false;
  let k = tr.end;
  const subject = v.groups.find((g) => g.start === k);
  if (subject) k = subject.end;
  while (k < v.end && v.transparent?.has(k)) k++;
  const t = v.tokens[k];
  if (!t || t.punct || v.groups.some((g) => k >= g.start && k < g.end)) return false;
  return (t.proclitics ?? []).includes('ال') || /^ال/.test(t.norm);
}

/** A direct object right after the source of an Arabic joint act ("التقى الرئيس الفرنسي الرئيس الأمريكي"). */
export function jointObject(v: SentenceView, from: number, source: ActorGroup | null): ActorGroup | null {
  if (v.lang !== 'ar') return null;
  let k = from;
  // "التقى خلالها …": a preposition carrying a pronoun may stand between.
  while (k < v.end && k < from + 2 && (v.transparent?.has(k) || (/(ها|ه|هم)$/.test(v.tokens[k]!.norm) && v.tokens[k]!.forms.some((f) => /^(خلال|في|على|مع)$/.test(f))))) k++;
  const g = v.groups.find((x) => x.start === k);
  if (!g) return objectAfterAdjunct(v, k, source);
  if (prepGoverned(v, g) || sameCountry(g, source)) return null;
  return g;
}

function sameCountry(g: ActorGroup, source: ActorGroup | null): boolean {
  return g.mentions.every((m) => source?.mentions.some((x) => x.code === m.code));
}

/**
 * "اجتمع رئيس الوزراء اللبناني نجيب ميقاتي، مساء الاثنين في مقر الحكومة في بيروت، وزير الخارجية القطري":
 * the subject's titles and name, and an adjunct of time or place set off by commas, may stand before the object.
 * The object is the first actor of another country right after such a comma; an actor of another country
 * anywhere else on the way (a genitive, "في مقر وزارة الخارجية السعودية") or a clause boundary other than
 * a comma ends the search.
 */
function objectAfterAdjunct(v: SentenceView, from: number, source: ActorGroup | null): ActorGroup | null {
  if (!source) return null;
  for (let k = from; k < Math.min(v.end, from + 16); k++) {
    const t = v.tokens[k]!;
    if (v.cues.boundary.has(t.norm) && !t.punct) return null;
    if (t.punct && !/^[،,]$/.test(t.norm)) return null;
    const g = v.groups.find((x) => x.start === k);
    if (!g) continue;
    if (sameCountry(g, source)) { k = g.end - 1; continue; }
    return v.tokens[k - 1]?.punct && !v.transparent?.has(k - 1) && !prepGoverned(v, g) ? g : null;
  }
  return null;
}

/**
 * A visit implies its host (043, Y→X): "زار الرئيس التركي العراق" is also Iraq hosting Turkey.
 * @example withHosts(events, 'ar').map((e) => e.cameo) // ['042', '043']
 */
export function withHosts(events: CodedEvent[], lang: Lang): CodedEvent[] {
  const out = [...events];
  for (const e of events) {
    if (e.cameo !== '042' || !e.target || e.negated) continue;
    // Arabic "بزيارة إلى مصر", "زيارة ولي العهد للأردن": a visit named by its noun is coded as the visit alone
    // (on the real-news dev split its host events were right 1 time in 12).
    if (lang === 'ar' && /#(model:)?noun-/.test(e.rule)) continue;
    if (out.some((x) => x.cameo === '043' && x.source === e.target && x.target === e.source)) continue;
    out.push({
      ...e, source: e.target, source_sector: e.target_sector, target: e.source, target_sector: e.source_sector,
      cameo: '043', goldstein: cameoInfo('043')?.goldstein ?? e.goldstein, rule: `${e.rule}+host`,
    });
  }
  return out;
}

/** An actor right before or right after the verb (SVO or VSO), not governed by a preposition. */
function namedSubject(v: SentenceView, tr: Trigger): boolean {
  const after = v.groups.find((g) => g.start === tr.end || (g.start === tr.end + 1 && v.transparent?.has(tr.end)));
  const before = v.groups.find((g) => g.end === tr.head || g.end === tr.head - 1);
  return [after, before].some((g) => g && !prepGoverned(v, g) && g.mentions.some((m) => m.kind !== 'demonym'));
}

/** "لم يصدر أي رد من الحكومة الفرنسية": the actor after من right behind a speech trigger is its source. */
export function minSource(v: SentenceView, tr: Trigger): ActorGroup | null {
  if (v.lang !== 'ar') return null;
  for (let k = tr.end; k < Math.min(v.end, tr.end + 3); k++) {
    const t = v.tokens[k]!;
    if (t.norm === 'من') {
      const g = v.groups.find((x) => x.start === k + 1);
      return g && !g.mentions.every((m) => m.kind === 'demonym') ? g : null;
    }
    if (t.punct || v.groups.some((g) => k >= g.start && k < g.end)) return null;
  }
  return null;
}

/** "مسلحون مدعومون من إيران": an actor after "مدعوم من" / "بدعم من" describes a backer, not a target. */
export function backerPhrase(v: SentenceView, g: ActorGroup): boolean {
  if (v.lang !== 'ar') return false;
  const prev = v.tokens[g.start - 1];
  const before = v.tokens[g.start - 2];
  if (!prev || !before || prev.norm !== 'من') return false;
  return /^(ال)?مدعوم(ه|ين|ون|تين|ات)?$/.test(before.norm) || /^(ب|و|وب)?دعم$/.test(before.norm);
}

/** Nouns that refer back to an agreement or talks reported earlier ("رحب العراق بالاتفاق"). */
const REFERRED_ACT = /^(ال)?(اتفاق|اتفاقيه|هدنه|محادثات|مفاوضات|مباحثات|صفقه)$/;

/**
 * "ورحب كل من العراق وسلطنة عمان بالاتفاق": a third party's evaluation of an agreement named earlier
 * is aimed at its parties (the last joint act's participants).
 */
export function referredParties(v: SentenceView, tr: Trigger, source: ActorGroup | null, joint: ActorGroup | null | undefined): ActorGroup | null {
  // A party welcoming its own agreement praises no one in particular.
  if (v.lang !== 'ar' || !joint || joint.mentions.some((m) => source?.mentions.some((x) => x.code === m.code))) return null;
  const from = source && source.start >= tr.end ? source.end : tr.end;
  for (let k = from; k < Math.min(v.end, from + 3); k++) {
    const t = v.tokens[k]!;
    if (t.forms.some((f) => REFERRED_ACT.test(f)) && (t.proclitics ?? []).some((c) => c === 'ال' || c === 'ب')) {
      if (v.groups.some((g) => g.start > k && g.start <= k + 3)) return null;
      const mentions = joint.mentions.filter((m) => !source?.mentions.some((x) => x.code === m.code));
      return mentions.length ? { ...joint, mentions } : null;
    }
    if (t.punct) return null;
  }
  return null;
}

/** "زار القاهرة مرات عدة", "هاجمت … مراراً": a repeated act in the clause is background, not one event. */
function habitualMark(v: SentenceView, tr: Trigger): string | null {
  for (let k = tr.end; k < Math.min(v.end, tr.end + 6); k++) {
    const t = v.tokens[k]!;
    if (t.punct || (v.cues.boundary.has(t.norm) && !v.transparent?.has(k))) return null;
    const n = bare(t.norm);
    if (/^(مرارا|تكرارا)$/.test(n)) return t.text;
    const next = bare(v.tokens[k + 1]?.norm ?? '');
    if ((n === 'مرات' && /^(عده|كثيره|عديده)$/.test(next)) || (/^(عده|عشرات)$/.test(n) && next === 'مرات')) return `${t.text} ${v.tokens[k + 1]!.text}`;
  }
  return null;
}

/** Accusative verbal nouns of motive ("احتجاجاً على", "تنديداً بـ"): the reason for another act in the clause. */
const MOTIVE = /^و?(احتجاجا|تنديدا|استنكارا|رفضا|تضامنا|اعتراضا)$/;

/**
 * "أضرب المحامون احتجاجاً على القانون": a motive adverbial is the reason for the clause's act, not a second
 * event; and one trigger coded under two roots keeps only its most specific code.
 * @example distinctArabicEvents(events).length
 */
export function distinctArabicEvents(events: CodedEvent[], motive: (e: CodedEvent) => boolean): CodedEvent[] {
  const hasOther = (e: CodedEvent) => events.some((x) => x !== e && x.trigger_start < e.trigger_start && !x.rule.startsWith('speech:') && !motive(x));
  const kept = events.filter((e) => !(motive(e) && hasOther(e)));
  return kept.filter((e) => !kept.some((x) => x !== e && x.trigger_start === e.trigger_start && x.source === e.source && x.target === e.target
    && x.cameo !== e.cameo && (x.trigger_end > e.trigger_end || (x.trigger_end === e.trigger_end && x.cameo.length > e.cameo.length))));
}

/** Whether the event's trigger word is a motive adverbial ("احتجاجاً"). */
export function motiveTrigger(text: string, e: CodedEvent): boolean {
  const word = bare(text.slice(e.trigger_start, e.trigger_end).split(/\s+/)[0] ?? '').replace(/[أإآ]/g, 'ا');
  return MOTIVE.test(word);
}

/** Plural nouns that name an unrecognized group as a clause's subject ("وتتهم أطراف محلية روسيا"). */
const UNNAMED_SUBJECT = /^و?(اطراف|جهات|مصادر|اوساط|قوى|مجموعات|فصائل|عناصر|اشخاص|مجهولون|مسلحون|منظمات|اصوات|شخصيات)$/;

/**
 * "وتتهم أطراف محلية روسيا …": a verb whose subject is an unrecognized group names its own agent, so
 * an actor from an earlier sentence is not its source. Also "انتقادات منظمات حقوقية": a verbal noun
 * whose genitive agent is such a group.
 */
export function unnamedSubject(v: SentenceView, tr: Trigger): boolean {
  if (v.lang !== 'ar') return false;
  const k = tr.kind === 'verb' ? tr.head + 1 : tr.end;
  const t = v.tokens[k];
  if (!t || k >= v.end || v.groups.some((g) => k >= g.start && k < g.end)) return false;
  return UNNAMED_SUBJECT.test(bare(t.norm));
}

/**
 * "وأغلقت السلطات مقر حزب …", "وحظرت السلطات حزب …": the verb has its own nominal object (after its
 * subject, or inside the pattern itself), so it does not act on an actor of an earlier sentence.
 */
export function ownNominalObject(v: SentenceView, tr: Trigger): boolean {
  if (v.lang !== 'ar' || tr.kind !== 'verb') return false;
  if (hasNominalObject(v, tr)) return true;
  const subject = v.groups.find((g) => g.start === tr.head + 1);
  // A prepositional pattern's own noun is its instrument ("فرضت بكين عقوبات على …"), not its patient.
  return !!subject && tr.end > subject.end && tr.pattern.target !== 'prep';
}

/** "الحرب في أوكرانيا", "الحرب الأهلية": a definite war or fighting noun (19x) as a reference to an ongoing conflict. */
export function definiteConflict(v: SentenceView, tr: Trigger): boolean {
  if (v.lang !== 'ar' || tr.kind !== 'noun' || !/^19/.test(tr.pattern.cameo)) return false;
  const t = v.tokens[tr.head]!;
  return (t.proclitics ?? []).includes('ال') || /^ال/.test(t.norm);
}

/** Verbal nouns of acts done to people; their genitive is the victim. */
const DONE_TO = /^(ل|ب|و)?(ال)?(تهجير|اعتقال|قتل|ترحيل|تجويع|طرد|احتجاز|حصار|قمع|تشريد|ملاحقه|استهداف)$/;

/**
 * "رفضهما القاطع لتهجير الفلسطينيين": an evaluation whose object is an act done to people is not
 * aimed at those people (the victims named in the genitive).
 */
export function victimOfNominal(v: SentenceView, g: ActorGroup): boolean {
  const prev = v.tokens[g.start - 1];
  return !!prev && g.start - 1 >= v.start && DONE_TO.test(bare(prev.norm));
}

/**
 * "رحبت الأمم المتحدة بإعلان الهدنة": a non-conflict nominal act (truce, agreement, visit) that is the
 * object of an evaluation is the thing evaluated, not a fresh act by the evaluator. Returns that noun trigger.
 */
export function evaluatedNominal(v: SentenceView, tr: Trigger, triggers: readonly Trigger[]): Trigger | null {
  if (v.lang !== 'ar') return null;
  const next = triggers.find((t) => t.head >= tr.end);
  if (!next || next.kind !== 'noun' || next.pattern.speech || /^(01|1[1-9]|20)/.test(next.pattern.cameo)) return null;
  let words = 0;
  for (let k = tr.end; k < next.head; k++) {
    const t = v.tokens[k]!;
    if (t.punct || (v.cues.boundary.has(t.norm) && !v.transparent?.has(k))) return null;
    if (!v.groups.some((g) => k >= g.start && k < g.end)) words++;
  }
  return words <= 2 ? next : null;
}

/** "الهدنة بين السودان وجنوب السودان": the parties a nominal act names after بين, or null. */
export function nominalParties(v: SentenceView, tr: Trigger): ActorGroup | null {
  for (let k = tr.end; k < Math.min(v.end, tr.end + 3); k++) {
    const t = v.tokens[k]!;
    if (t.norm === 'بين') {
      const first = v.groups.find((g) => g.start === k + 1);
      if (!first) return null;
      const second = first.mentions.length < 2 ? v.groups.find((g) => g.start === first.end || (g.start === first.end + 1 && v.transparent?.has(first.end))) : null;
      return second ? { mentions: [...first.mentions, ...second.mentions], start: first.start, end: second.end } : first;
    }
    if (t.punct || v.groups.some((g) => g.start === k)) return null;
  }
  return null;
}

/** Fighting nouns that show what a unilateral ceasefire ends ("بعد اشتباكات بين فصائل مسلحة"). */
const FIGHTING = /^(و|ب|ل)?(ال)?(اشتباكات|معارك|قتال|مواجهات|اقتتال)$/;

/**
 * "أعلنت وزارة الدفاع الليبية وقفاً لإطلاق النار في طرابلس": a ceasefire one side declares in its own
 * country's fighting (a place of that country, or fighting with no foreign actor named) is toward that country.
 */
export function domesticCeasefire(v: SentenceView, tr: Trigger, source: ActorGroup | null): ActorGroup | null {
  if (v.lang !== 'ar' || !source) return null;
  const own = (g: ActorGroup) => g.mentions.every((m) => source.mentions.some((x) => x.code === m.code));
  if (v.groups.some((g) => !own(g))) return null;
  const place = (v.places ?? []).find((g) => g.start >= tr.end && own(g));
  if (place) return place;
  for (let k = v.start; k < v.end; k++) if (FIGHTING.test(bare(v.tokens[k]!.norm))) return source;
  return null;
}
