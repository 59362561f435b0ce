/**
 * Normalises submitted text before anything else sees it: NFC, no control characters (but
 * newline and tab), no bidi overrides or isolates (they can disguise text, "Trojan Source"),
 * no zero-width characters except the joiner inside emoji, no lone surrogates, \n line ends,
 * at most two blank lines in a row, trimmed.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const ZERO_WIDTH = /[\u200B\u200C\u2060\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A zero-width joiner not between two emoji-ish characters.
const STRAY_ZWJ = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

export function sanitiseText(input: string): string {
  return input
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(BIDI, '')
    .replace(ZERO_WIDTH, '')
    .replace(STRAY_ZWJ, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim();
}

/** Single-line fields (names, districts): also no line breaks or tabs, spaces collapsed. */
export function sanitiseLine(input: string): string {
  return sanitiseText(input).replace(/\s+/g, ' ');
}
