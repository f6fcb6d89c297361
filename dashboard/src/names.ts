// Display names from the API: CAMEO code names and actor names in the interface language, with codes as secondary text.
import { getJson } from './api.ts';
import { el } from './dom.ts';
import { isRtl, lang } from './i18n/index.ts';

interface Names { en: string; ar: string }
interface OntologyCode { code: string; name: Names }
interface ActorName { code: string; name: Names | null }

let ontology: Promise<Map<string, Names>> | null = null;
const actors = new Map<string, Names | null>();

/** Fetch the CAMEO names once per page load (the dashboard awaits this before rendering a page). */
export function loadOntology(): Promise<Map<string, Names>> {
  ontology ??= getJson<{ items: OntologyCode[] }>('/api/ontology').then((o) => new Map(o.items.map((c) => [c.code, c.name])));
  ontology.catch(() => { ontology = null; });
  return ontology;
}

let cameo = new Map<string, Names>();
export async function ensureOntology(): Promise<void> {
  cameo = await loadOntology();
}

/** @example cameoName('173') // 'اعتقال أو احتجاز أو ملاحقة قضائية' in Arabic; the code itself when unknown */
export function cameoName(code: string): string {
  return cameo.get(code)?.[lang()] ?? code;
}

/** Fetch names for the actor codes not yet known (one request, at most 200 codes). */
export async function ensureActors(codes: Iterable<string | null | undefined>): Promise<void> {
  const missing = [...new Set([...codes].filter((c): c is string => !!c && /^[A-Z0-9]{3,15}$/.test(c) && !actors.has(c)))];
  for (let i = 0; i < missing.length; i += 200) {
    const page = await getJson<{ items: ActorName[] }>('/api/actors', { codes: missing.slice(i, i + 200).join(',') });
    for (const a of page.items) actors.set(a.code, a.name);
  }
}

/** The actor's name in the interface language (generic codes such as IGO and UNK have one too), or null for codes the dictionary lacks. */
export function actorName(code: string | null | undefined): string | null {
  return code ? actors.get(code)?.[lang()] ?? null : null;
}

/** The actor's names in both languages, the interface language first (none for codes the dictionary lacks). */
export function allActorNames(code: string): string[] {
  const names = actors.get(code);
  return names ? [names[lang()], names[lang() === 'ar' ? 'en' : 'ar']] : [];
}

/** A name when there is one, else the code. */
export function actorText(code: string): string {
  return actorName(code) ?? code;
}

/** "Azerbaijan – Russia" / "أذربيجان – روسيا" (codes when names are missing). */
export function dyadText(a: string, b: string): string {
  return `${actorText(a)} – ${actorText(b)}`;
}

/** An arrow pointing in reading direction. */
export function arrow(): string {
  return isRtl() ? '←' : '→';
}

/**
 * An actor as a name with its code (and sector) as secondary text; just the code when there is no name.
 * @example actorLabel('AZE', 'GOV') // <span class="actor"><span class="name">Azerbaijan</span> <span class="code secondary">AZE GOV</span></span>
 */
export function actorLabel(code: string | null, sector: string | null = null): HTMLElement {
  if (!code) return el('span', { class: 'actor' }, '—');
  const full = `${code}${sector ? ` ${sector}` : ''}`;
  const name = actorName(code);
  if (!name) return el('span', { class: 'actor' }, el('span', { class: 'code' }, full));
  return el('span', { class: 'actor', 'data-code': code }, el('bdi', { class: 'name' }, name), ' ', el('span', { class: 'code secondary' }, full));
}

/** A dyad as names with the codes beside them: "Azerbaijan – Russia AZE–RUS". */
export function dyadLabel(a: string, b: string): HTMLElement {
  return el('span', { class: 'dyad' }, el('bdi', { class: 'name' }, dyadText(a, b)), ' ', el('span', { class: 'code secondary' }, `${a}–${b}`));
}
