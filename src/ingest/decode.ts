// Byte decoding for article files: UTF-8, UTF-16 with BOM, and windows-1256 (legacy Arabic) detected.
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

/** Which encoding a buffer is in: BOM first, then strict UTF-8, else windows-1256. */
export function detectEncoding(buf: Uint8Array): Encoding {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return 'utf-8';
  } catch {
    return 'windows-1256';
  }
}

/**
 * Decode bytes to text, dropping any BOM.
 * @example decodeBytes(iconv.encode('باكو', 'windows-1256')) === 'باكو'
 */
export function decodeBytes(buf: Uint8Array): string {
  const enc = detectEncoding(buf);
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  switch (enc) {
    case 'utf-8':
      return b.toString('utf8').replace(/^\uFEFF/, '');
    case 'utf-16le':
      return b.subarray(2).toString('utf16le');
    case 'utf-16be':
      return iconv.decode(b.subarray(2), 'utf-16be');
    case 'windows-1256':
      return iconv.decode(b, 'windows-1256');
  }
}
