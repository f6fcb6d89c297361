// Normalization for matching: folds Arabic letter variants (alef and hamza forms, ya and alef maqsura,
// ta marbuta, Persian and Urdu letters, presentation forms), digits, punctuation and case, and keeps
// a map from every normalized character back to its original offset.
import type { NormText } from '../doc.ts';

/** Characters removed outright: harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, tatweel, bidi marks. */
const DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFE70-\uFE7F]/;

/** Arabic presentation forms (U+FB50–U+FDFF, U+FE80–U+FEFC) unfold to their base letters by NFKC. */
const PRESENTATION = /[\uFB50-\uFDFF\uFE80-\uFEFC]/;

/** One-to-one character folds. */
const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', 'ٵ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ئ': 'ي', 'ے': 'ي', 'ۓ': 'ي', 'ێ': 'ي', 'ٸ': 'ي',
  'ؤ': 'و', 'ٶ': 'و', 'ۆ': 'و', 'ۇ': 'و', 'ۈ': 'و', 'ۋ': 'و',
  'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ە': 'ه', 'ۃ': 'ه', 'ۂ': 'ه',
  'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك', 'ګ': 'ك', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'ڤ': 'ف', 'ڥ': 'ف', 'ڨ': 'ق',
  'ں': 'ن', 'ٹ': 'ت', 'ڈ': 'د', 'ڑ': 'ر',
  '،': ',', '؛': ';', '؟': '?', '٪': '%', '٫': '.', '٬': ',', '۔': '.',
  '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '″': '"', '❝': '"', '❞': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '‹': "'", '›': "'",
  '–': '-', '—': '-', '‒': '-', '−': '-', '\u00A0': ' ', '\u202F': ' ',
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  if (PRESENTATION.test(ch)) {
    let out = '';
    for (const c of ch.normalize('NFKC')) if (!DROP.test(c)) out += FOLD[c] ?? c;
    return out;
  }
  return FOLD[ch] ?? ch;
}

/** Folded form of each UTF-16 code seen so far ('' for dropped characters), by code. */
const foldMemo: (string | undefined)[] = [];

function fold(code: number): string {
  let hit = foldMemo[code];
  if (hit === undefined) {
    const ch = String.fromCharCode(code);
    hit = DROP.test(ch) ? '' : foldChar(ch).toLowerCase();
    foldMemo[code] = hit;
  }
  return hit;
}

/**
 * Normalize text for matching, keeping offsets.
 * @example normalize('أعلنتْ موسكو').text === 'اعلنت موسكو'
 */
export function normalize(original: string): NormText {
  // Folded code units are written into a buffer and decoded once: a string per character is what made this slow.
  let out = new Uint16Array(original.length + 1);
  let map = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const folded = fold(original.charCodeAt(i));
    if (!folded) continue;
    if (n + folded.length >= map.length) {
      // A ligature unfolded to several letters: grow the buffers.
      const size = map.length * 2 + folded.length;
      const biggerMap = new Int32Array(size);
      biggerMap.set(map);
      map = biggerMap;
      const biggerOut = new Uint16Array(size);
      biggerOut.set(out);
      out = biggerOut;
    }
    for (let k = 0; k < folded.length; k++) {
      out[n] = folded.charCodeAt(k);
      map[n++] = i;
    }
  }
  map[n] = original.length;
  return { text: Buffer.from(out.buffer, 0, n * 2).toString('utf16le'), toOrig: map.slice(0, n + 1) };
}

/** Normalize a dictionary key or a word the same way as article text (no offsets needed). */
export function normalizeKey(s: string): string {
  let hit = keyMemo.get(s);
  if (hit === undefined) {
    if (keyMemo.size > 100_000) keyMemo.clear();
    hit = normalize(s.trim()).text.replace(/\s+/g, ' ');
    keyMemo.set(s, hit);
  }
  return hit;
}

/** Normalized keys by spelling: every token is one, and news repeats its words. */
const keyMemo = new Map<string, string>();

/** Map a normalized span back to the original text's span. */
export function toOriginalSpan(norm: NormText, start: number, end: number): { start: number; end: number } {
  const s = norm.toOrig[start]!;
  const e = end > start ? norm.toOrig[end - 1]! + 1 : s;
  return { start: s, end: e };
}
