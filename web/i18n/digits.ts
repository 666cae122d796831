const PERSIAN_ZERO = 0x06f0; // ۰
const ARABIC_INDIC_ZERO = 0x0660; // ٠

/**
 * Converts Persian (۰-۹) and Arabic-Indic (٠-٩) digits to Latin 0-9; everything else is kept.
 * `Number('۱۲۳')` is NaN, so every numeric or phone input goes through this before parsing or sending.
 */
export function toLatinDigits(s: string): string {
  return s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - ARABIC_INDIC_ZERO);
  });
}

/** Normalizes a phone number as typed: Latin digits, trimmed, inner whitespace collapsed. */
export function normalizePhone(s: string): string {
  return toLatinDigits(s).trim().replace(/\s+/g, ' ');
}
