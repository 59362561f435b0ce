/** Small text normalisations shared by the builders. */
import { cleanText } from './blocks.ts';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[\\s\\u3000]+(?=[${CJK}])`, 'g');

/**
 * Trims, drops spaces between Chinese characters (typographic spacing such as 总　　则) and
 * collapses other runs of space to one.
 *
 * @example
 * normaliseHeading('总　　则 ') // '总则'
 * normaliseHeading('第一章  Scope') // '第一章 Scope'
 */
export function normaliseHeading(text: string): string {
  return cleanText(text)
    .replace(SPACE_BETWEEN_CJK, '')
    .replace(/[\s\u3000]+/g, ' ');
}

/** Removes every kind of space (for labels such as 第 十 条). */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000\u200b\ufeff]+/g, '');
}

/** Appends a part to a node's own text, one line per part. */
export function appendText(existing: string, part: string): string {
  return existing === '' ? part : `${existing}\n${part}`;
}

/** Ratio test used to detect Chinese drafts: CJK characters against Latin letters. */
export function looksChinese(text: string): boolean {
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return cjk > 0 && cjk * 4 >= latin;
}
