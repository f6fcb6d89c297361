// The interface language: the current dictionary, the document direction, and locale-aware number and date formats.
import { ar, arPlurals } from './ar.ts';
import { formatDate } from '../dates.ts';
import { en, enPlurals, type MessageKey, type PluralForms, type PluralKey } from './en.ts';

export type UiLang = 'en' | 'ar';
export type { MessageKey, PluralKey };

const DICTS: Record<UiLang, Record<MessageKey, string>> = { en, ar };
const PLURALS: Record<UiLang, Record<PluralKey, PluralForms>> = { en: enPlurals, ar: arPlurals };
const STORAGE_KEY = 'marsad.lang';

let current: UiLang = readSaved();

function readSaved(): UiLang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'ar' || saved === 'en') return saved;
  } catch {
    // storage unavailable (private mode): fall through to the browser language
  }
  return navigator.language.startsWith('ar') ? 'ar' : 'en';
}

export function lang(): UiLang {
  return current;
}

export function isRtl(): boolean {
  return current === 'ar';
}

/** Switch language and set `lang`/`dir` on <html>; callers re-render. */
export function setLang(next: UiLang): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not persisted; the switch still applies to this page
  }
  applyLang();
}

export function applyLang(): void {
  const html = document.documentElement;
  html.lang = current;
  html.dir = isRtl() ? 'rtl' : 'ltr';
  document.title = t('app.title');
}

/** A UI string with `{name}` placeholders filled; numbers are formatted for the locale. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return DICTS[current][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    return v === undefined ? `{${name}}` : typeof v === 'number' ? fmtNumber(v) : v;
  });
}

/**
 * A counted phrase in the form the language's plural rules pick (Arabic: zero, one, two, few, many, other).
 * @example plural('events', 3) // '3 events' / '3 أحداث'
 */
export function plural(key: PluralKey, count: number): string {
  const forms = PLURALS[current][key];
  const form = forms[new Intl.PluralRules(current).select(count)] ?? forms.other;
  return form.replace('{count}', fmtNumber(count));
}

export function fmtNumber(n: number, maxFractionDigits = 2): string {
  return new Intl.NumberFormat(current, { maximumFractionDigits: maxFractionDigits }).format(n);
}

export function fmtSigned(n: number): string {
  return new Intl.NumberFormat(current, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(n);
}

/** A moment (ISO 8601) as date and time in the interface language, in UTC like the rest of the data. */
export function fmtDateTime(iso: string): string {
  return `${new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`;
}

/** An event date or series period (day, month, ISO week as the dates it spans) in the interface language. */
export function fmtDate(value: string | null | undefined): string {
  return formatDate(value, current);
}
