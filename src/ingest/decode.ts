// Byte decoding for every article input (files, stdin, fetched pages), shared by `code` and `ingest`:
// UTF-8 (a few bad bytes replaced, with a warning), UTF-16 with or without BOM, windows-1256, and binary refused.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { InputError } from '../errors.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

/** Called with a problem that did not stop the input (bad bytes replaced); it names the input. */
export type WarningHandler = (warning: InputError) => void;

/**
 * Which encoding a buffer is in: a BOM first; then UTF-16 by its zero high bytes (spaces and digits
 * are 0x00 0x20 …); then UTF-8 unless its bad sequences outnumber a quarter of its good non-ASCII
 * characters (a few damaged bytes do not make an Arabic UTF-8 file legacy); else windows-1256.
 */
export function detectEncoding(buf: Uint8Array): Encoding {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  const utf16 = utf16ByZeros(buf);
  if (utf16) return utf16;
  const { nonAscii, replaced } = utf8Damage(buf);
  return replaced * 4 <= nonAscii ? 'utf-8' : 'windows-1256';
}

/**
 * Decode one input's bytes to text, dropping any BOM. Binary input (NUL characters, or many control
 * characters) is refused by name; invalid UTF-8 sequences become U+FFFD and are reported to `onWarning`.
 * @example decodeText(iconv.encode('باكو', 'windows-1256'), 'old.txt') === 'باكو'
 */
export function decodeText(buf: Uint8Array, name: string, onWarning?: WarningHandler): string {
  const encoding = detectEncoding(buf);
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  let text: string;
  if (encoding === 'utf-8') {
    text = new TextDecoder('utf-8').decode(b);
    const { replaced } = utf8Damage(b);
    if (replaced) onWarning?.(new InputError(name, `${replaced} invalid UTF-8 byte sequence${replaced > 1 ? 's' : ''} replaced with U+FFFD`, firstReplacementLine(text)));
  } else if (encoding === 'windows-1256') {
    text = iconv.decode(b, 'windows-1256');
  } else {
    const hasBom = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
    text = new TextDecoder(encoding).decode(hasBom ? b.subarray(2) : b);
  }
  refuseBinary(text, name);
  return text.replace(/^\uFEFF/, '');
}

/** Read a file (or stdin for 0) and decode it; an unreadable file is an InputError naming it. */
export function readTextFile(path: string | 0, name: string, onWarning?: WarningHandler): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new InputError(name, 'cannot be read', undefined, { cause });
  }
  return decodeText(bytes, name, onWarning);
}

/** Control characters other than tab, newline, form feed and carriage return: rare in text, common in binary. */
const CONTROL = /[\x01-\x08\x0b\x0e-\x1f\x7f\x80-\x9f]/g;

function refuseBinary(text: string, name: string): void {
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new InputError(name, `is binary, not text: it holds a NUL character (character ${nul + 1})`);
  const controls = text.match(CONTROL)?.length ?? 0;
  // Random bytes decode to about 11% control characters; text has next to none.
  if (controls > Math.max(2, text.length / 50)) throw new InputError(name, `is binary, not text: ${controls} of its ${text.length} characters are control characters`);
}

/** The scripts Marsad reads (Latin, Arabic, punctuation): what a real UTF-16 article decodes to, and ASCII misread as UTF-16 does not. */
const READABLE = /[\u0001-\u024f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]/g;

/**
 * UTF-16 without a BOM: zero bytes (the high byte of spaces, digits and Latin letters) on one parity
 * only and often enough, and a decoding that is nearly all Latin and Arabic (a text with stray NULs is not).
 */
function utf16ByZeros(buf: Uint8Array): Encoding | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i] === 0) i % 2 ? odd++ : even++;
  if (buf.length % 2 || even + odd < Math.max(1, buf.length / 40)) return null;
  const encoding = even <= odd / 20 ? 'utf-16le' : odd <= even / 20 ? 'utf-16be' : null;
  if (!encoding) return null;
  const text = new TextDecoder(encoding).decode(buf);
  return (text.match(READABLE)?.length ?? 0) >= text.length * 0.9 ? encoding : null;
}

/** Good non-ASCII characters and invalid sequences of a buffer read as UTF-8 (a U+FFFD written in the file counts as good). */
function utf8Damage(buf: Uint8Array): { nonAscii: number; replaced: number } {
  const text = new TextDecoder('utf-8').decode(buf);
  let nonAscii = 0;
  let fffd = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') fffd++;
    else if (ch > '\x7f') nonAscii++;
  }
  const written = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1').split('\xef\xbf\xbd').length - 1;
  return { nonAscii: nonAscii + written, replaced: fffd - written };
}

function firstReplacementLine(text: string): string {
  const at = text.indexOf('\uFFFD');
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return `line ${line}`;
}
