import { toLatinDigits } from './digits';

/**
 * The matching key of a name or query typed in the browser: the web twin of the server's
 * `server/text/normalize.ts` searchKey (the table of LOCALE.md). Arabic ي ى ئ → ی, ك → ک,
 * ة ۀ هٔ → ه, hamza-carrying alefs → ا, ؤ → و; hamza, tatweel and harakat removed; ZWNJ and bidi
 * marks become spaces; Persian and Arabic digits become 0–9; lower case.
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
      // Hamza, tatweel, harakat and superscript alef go (escapes, not joined glyphs).
      // eslint-disable-next-line no-misleading-character-class
      .replace(/[\u0621\u0640\u064B-\u065F\u0670]/g, '')
      // eslint-disable-next-line no-misleading-character-class
      .replace(/[\u200C\u200D\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g, ' '),
  )
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
