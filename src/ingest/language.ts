// Language detection: Arabic when Arabic letters outnumber Latin ones.
import type { Lang } from '../doc.ts';

/**
 * @example detectLanguage('قالت موسكو') === 'ar'
 */
export function detectLanguage(text: string): Lang {
  let arabic = 0;
  let latin = 0;
  for (const ch of text.slice(0, 4000)) {
    const c = ch.charCodeAt(0);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return arabic >= latin && arabic > 0 ? 'ar' : 'en';
}
