import { describe, expect, it } from 'vitest';
import { toLatinDigits } from './digits.js';
import { searchKey } from './normalize.js';

describe('toLatinDigits', () => {
  it('turns Persian and Arabic-Indic digits into Latin ones and leaves the rest', () => {
    expect(toLatinDigits('۰۹۱۲ ٣٤٥ 678')).toBe('0912 345 678');
    expect(toLatinDigits('تلفن: ۱۴۰۳')).toBe('تلفن: 1403');
  });
});

describe('searchKey', () => {
  it('folds Arabic and Persian letter variants together', () => {
    expect(searchKey('كتاب علي')).toBe(searchKey('کتاب علی'));
    expect(searchKey('مدرسة')).toBe(searchKey('مدرسه'));
    expect(searchKey('أحمد')).toBe(searchKey('احمد'));
  });
  it('drops diacritics and tatweel, and turns ZWNJ into a space', () => {
    expect(searchKey('مُحَمَّد')).toBe('محمد');
    expect(searchKey('محـــمد')).toBe('محمد');
    expect(searchKey('بهره\u200Cوری')).toBe('بهره وری');
  });
  it('matches digits of any script', () => {
    expect(searchKey('سال ۱۴۰۳')).toBe(searchKey('سال 1403'));
  });
});

/** The code points of a string, for messages that show invisible characters. */
const cps = (s: string) => [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

// One test per row of the normalization table in LOCALE.md: a user who types with an Arabic
// keyboard, with diacritics or with invisible marks must find what a Persian keyboard wrote.
describe('searchKey, row by row (LOCALE.md)', () => {
  const folds = (from: string, to: string) => expect(searchKey(from), `${cps(from)} → ${cps(to)}`).toBe(to);

  it('turns Arabic yeh, alef maksura and yeh with hamza into Persian yeh', () => {
    folds('\u064A', '\u06CC');
    folds('\u0649', '\u06CC');
    folds('\u0626', '\u06CC');
    folds('علي', 'علی');
    folds('مصطفى', 'مصطفی');
    folds('مسئول', 'مسیول');
    expect(searchKey('مسئول')).toBe(searchKey('مسيول'));
  });

  it('turns Arabic kaf into Persian keheh', () => {
    folds('\u0643', '\u06A9');
    folds('كتاب', 'کتاب');
  });

  it('turns heh with yeh above, teh marbuta and heh + hamza above into heh', () => {
    folds('\u06C0', '\u0647');
    folds('\u0629', '\u0647');
    folds('\u0647\u0654', '\u0647');
    // ۀ typed in its decomposed form (ae + hamza above) too.
    folds('\u06D5\u0654', '\u0647');
    folds('خانۀ', 'خانه');
    folds('خانهٔ', 'خانه');
    folds('مدرسة', 'مدرسه');
  });

  it('turns alef with hamza above or below, alef with madda and alef wasla into alef', () => {
    for (const alef of ['\u0623', '\u0625', '\u0622', '\u0671']) folds(alef, '\u0627');
    folds('إيران', 'ایران');
    folds('آب', 'اب');
    // Alef followed by a combining madda is the same as آ.
    folds('\u0627\u0653ب', 'اب');
    folds('ٱلله', 'الله');
  });

  it('turns waw with hamza into waw', () => {
    folds('\u0624', '\u0648');
    folds('مؤمن', 'مومن');
  });

  it('removes hamza, tatweel, every harakat and the superscript alef', () => {
    folds('\u0621', '');
    folds('جزء', 'جز');
    folds('\u0640', '');
    folds('کتـــاب', 'کتاب');
    for (let code = 0x064b; code <= 0x065f; code++) {
      const mark = String.fromCodePoint(code);
      folds(`ب${mark}د`, 'بد');
    }
    folds('\u0670', '');
    folds('هٰذا', 'هذا');
    folds('مُحَمَّدٌ', 'محمد');
  });

  it('turns ZWNJ, ZWJ, direction marks, bidi embeddings and isolates, and the BOM into a space', () => {
    const separators = {
      ZWNJ: '\u200C',
      ZWJ: '\u200D',
      LRM: '\u200E',
      RLM: '\u200F',
      ALM: '\u061C',
      LRE: '\u202A',
      RLE: '\u202B',
      PDF: '\u202C',
      LRO: '\u202D',
      RLO: '\u202E',
      LRI: '\u2066',
      RLI: '\u2067',
      FSI: '\u2068',
      PDI: '\u2069',
      BOM: '\uFEFF',
    };
    for (const [name, mark] of Object.entries(separators)) {
      expect(searchKey(`بهره${mark}وری`), name).toBe('بهره وری');
      // At the ends they go altogether, and several in a row make one space.
      expect(searchKey(`${mark}علی${mark}${mark} رضا${mark}`), name).toBe('علی رضا');
    }
    expect(searchKey('می\u200Cروم')).toBe(searchKey('می روم'));
  });

  it('turns Persian and Arabic-Indic digits into 0–9', () => {
    folds('۰۱۲۳۴۵۶۷۸۹', '0123456789');
    folds('٠١٢٣٤٥٦٧٨٩', '0123456789');
    expect(searchKey('سال ۱۴۰۳')).toBe(searchKey('سال ١٤٠٣'));
  });

  it('folds presentation forms through NFKC before the letter rules', () => {
    // Lam-alef ligature.
    folds('\uFEFB', 'لا');
    folds('\uFEFC', 'لا');
    // Keheh isolated form.
    folds('\uFB8E', 'ک');
    folds('\uFB8F', 'ک');
    // Positional forms of Arabic yeh and kaf fold to the Persian letters, not just to ي and ك.
    folds('\uFECB\uFEE0\uFEF2', 'علی');
    folds('\uFEDB\uFE98\uFE8E\uFE8F', 'کتاب');
    // Teh marbuta final form, alef with hamza isolated form, the Allah ligature.
    folds('\uFE94', 'ه');
    folds('\uFE83', 'ا');
    folds('\uFDF2', 'الله');
    // Fullwidth Latin and case.
    folds('\uFF2D\uFF41\uFF4A\uFF4D\uFF41', 'majma');
  });

  it('makes the spellings of one phrase equal', () => {
    const spellings = ['بهره‌وری سازمانی', 'بهره وري سازماني', 'بهرهٔ‌وری سازمانی', 'بهره‌وریِ سازمانی', '\u200Fبهره‌وری  سازمانی\u200E'];
    for (const s of spellings) expect(searchKey(s), cps(s)).toBe('بهره وری سازمانی');
  });
});
