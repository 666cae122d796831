import { toLatinDigits } from './digits.js';

/**
 * The search/equality key of a Persian, Arabic or Latin text (see LOCALE.md): Arabic and
 * Persian letter variants fold together, diacritics and tatweel go, ZWNJ and bidi marks become
 * spaces, digits become 0–9. Stored text stays as typed; only the key is normalized.
 */
export function searchKey(input: string): string {
  return toLatinDigits(
    input
      .normalize('NFKC')
      .replace(/[\u064A\u0649\u0626]/g, '\u06CC')
      .replace(/\u0643/g, '\u06A9')
      .replace(/\u0647\u0654/g, '\u0647')
      .replace(/[\u06C0\u0629]/g, '\u0647')
      .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627')
      .replace(/\u0624/g, '\u0648')
      // Hamza, tatweel, harakat and superscript alef are removed (escapes, not joined glyphs).
      // eslint-disable-next-line no-misleading-character-class
      .replace(/[\u0621\u0640\u064B-\u065F\u0670]/g, '')
      // eslint-disable-next-line no-misleading-character-class
      .replace(/[\u200C\u200D\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g, ' '),
  )
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Display-level cleanup that loses nothing: Arabic yeh/kaf become Persian, tatweel goes. */
export function tidyPersian(input: string): string {
  return input.replace(/[\u064A\u0649]/g, '\u06CC').replace(/\u0643/g, '\u06A9').replace(/\u0640/g, '');
}
