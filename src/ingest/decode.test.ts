import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText, detectEncoding } from './decode.ts';
import { InputError } from '../errors.ts';

const ARABIC = 'استدعت وزارة الخارجية الأذربيجانية القائم بالأعمال الروسي احتجاجاً على مداهمات يكاترينبورغ، وقالت: لماذا؟';
const utf8 = (s: string) => Buffer.from(s, 'utf8');
/** UTF-8 bytes with one stray byte after the first `at` characters' bytes. */
const damaged = (s: string, at: number, byte = 0xff) => Buffer.concat([utf8(s.slice(0, at)), Buffer.from([byte]), utf8(s.slice(at))]);

describe('decodeText', () => {
  // [case, bytes, encoding detected, text decoded, warning]
  const cases: [string, Buffer, string, string, RegExp | null][] = [
    ['UTF-8', utf8(ARABIC), 'utf-8', ARABIC, null],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(ARABIC)]), 'utf-8', ARABIC, null],
    ['UTF-8 with one bad byte stays UTF-8', damaged(ARABIC, 6), 'utf-8', `${ARABIC.slice(0, 6)}\uFFFD${ARABIC.slice(6)}`, /^a\.txt \(line 1\): 1 invalid UTF-8 byte sequence replaced with U\+FFFD$/],
    ['UTF-8 with a bad byte on line 3', damaged(`T\n\n${ARABIC}`, 10, 0xc7), 'utf-8', `T\n\n${ARABIC.slice(0, 7)}\uFFFD${ARABIC.slice(7)}`, /\(line 3\)/],
    ['UTF-8 holding a real U+FFFD is not damaged', utf8(`${ARABIC} \uFFFD`), 'utf-8', `${ARABIC} \uFFFD`, null],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARABIC, 'utf16le')]), 'utf-16le', ARABIC, null],
    ['UTF-16BE with BOM', iconv.encode(ARABIC, 'utf-16be', { addBOM: true }), 'utf-16be', ARABIC, null],
    ['UTF-16LE without BOM', Buffer.from(ARABIC, 'utf16le'), 'utf-16le', ARABIC, null],
    ['UTF-16BE without BOM', iconv.encode(`Baku: ${ARABIC}`, 'utf-16be'), 'utf-16be', `Baku: ${ARABIC}`, null],
    ['windows-1256 Arabic with its comma and question mark', iconv.encode(ARABIC, 'windows-1256'), 'windows-1256', ARABIC, null],
    ['windows-1256 Latin letters with accents', iconv.encode('Le ministère a convoqué l’ambassadeur à Bakou.', 'windows-1256'), 'windows-1256', 'Le ministère a convoqué l’ambassadeur à Bakou.', null],
  ];
  it.each(cases)('%s', (_name, bytes, encoding, text, warning) => {
    const warnings: string[] = [];
    expect(detectEncoding(bytes)).toBe(encoding);
    expect(decodeText(bytes, 'a.txt', (w) => warnings.push(w.message))).toBe(text);
    if (warning) {
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(warning);
    } else expect(warnings).toEqual([]);
  });

  let seed = 7;
  const noise = Buffer.from(Array.from({ length: 2000 }, () => ((seed = (seed * 48271) % 2147483647), 1 + (seed % 255))));
  // [case, bytes, the reason given]
  const binary: [string, Buffer, RegExp][] = [
    ['random bytes without a NUL', noise, /^bin\.dat: is binary, not text: \d+ of its \d+ characters are control characters$/],
    ['text with NUL bytes', utf8('Title\n\nAzerbaijan summoned\0 the envoy.\0\n'), /^bin\.dat: is binary, not text: it holds a NUL character \(character 27\)$/],
    ['a NUL among Arabic text', Buffer.concat([utf8(ARABIC), Buffer.from([0]), utf8(ARABIC)]), /it holds a NUL character/],
  ];
  it.each(binary)('refuses %s by name', (_name, bytes, reason) => {
    expect(() => decodeText(bytes, 'bin.dat')).toThrow(InputError);
    expect(() => decodeText(bytes, 'bin.dat')).toThrow(reason);
  });
});
