/**
 * Normalises submitted text before anything else sees it. Total and idempotent: any string
 * in, a clean string out, and cleaning twice changes nothing.
 *
 * - lone surrogates become U+FFFD (a browser never sends them; `isWellFormedText` lets the
 *   form reject such input instead of storing it);
 * - line ends become `\n` (CR LF, CR, NEL, U+2028, U+2029);
 * - control characters go (C0 and C1, except newline and tab);
 * - bidi overrides, isolates and marks go: they can make text read differently from what is
 *   stored ("Trojan Source", CVE-2021-42574);
 * - zero-width characters go, except a joiner (ZWJ) inside an emoji sequence such as 👩🏽‍💻;
 * - then NFC, trailing spaces of each line, at most two blank lines in a row, trimmed.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LINE_END = /\r\n?|[\u0085\u2028\u2029]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const ZERO_WIDTH = /[\u200B\u200C\u2060-\u2064\uFEFF\u180E]/g;
/** A joiner is kept only between an emoji (with its skin tone or presentation selector) and an emoji. */
const STRAY_ZWJ =
  /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}]\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const TRAILING_SPACE = /[^\S\n]+(?=\n)/g;

/** False when `input` holds a lone surrogate, which no real form submission carries. */
export function isWellFormedText(input: string): boolean {
  return input.isWellFormed();
}

/**
 * @example sanitiseText('第一条\u202E建议\r\n\r\n\r\n\r\n\r\n修改\u0000') // '第一条建议\n\n\n修改'
 */
export function sanitiseText(input: string): string {
  return input
    .toWellFormed()
    .replace(LINE_END, '\n')
    .replace(CONTROL, '')
    .replace(BIDI, '')
    .replace(ZERO_WIDTH, '')
    .replace(STRAY_ZWJ, '')
    .normalize('NFC')
    .replace(TRAILING_SPACE, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim();
}

/** Single-line fields (names, districts, contact): also no line breaks or tabs, spaces collapsed. */
export function sanitiseLine(input: string): string {
  return sanitiseText(input).replace(/\s+/g, ' ');
}
