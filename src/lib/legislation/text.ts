/** Small text normalisations shared by the builders. */
import { cleanText } from './blocks.ts';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[\\s\\u3000]+(?=[${CJK}])`, 'g');

/**
 * A space between the names of two issuing bodies, as a joint document's title is written
 * (两高 2019: "最高人民法院 最高人民检察院关于办理操纵证券、期货市场刑事案件……的解释";
 * 1981: "最高人民法院　国务院宗教事务局关于……"): the one name ends as an organ's name ends, the
 * other begins as an organ's name begins. It separates two names, not typographic spacing.
 */
const SPACE_BETWEEN_ORGANS = new RegExp(
  `(?<=(?:人民法院|人民检察院|国务院|委员会|总局|部|署|局|办公厅))[\\s\\u3000]+` +
    `(?=(?:最高人民|国务院|国家|中共中央|中央|全国|公安部|司法部|财政部|民政部|教育部|商务部|外交部))`,
  'g',
);

/**
 * Trims, drops spaces between Chinese characters (typographic spacing such as 总　　则), keeps
 * one space between the names of two issuing bodies (SPACE_BETWEEN_ORGANS), and collapses other
 * runs of space to one.
 *
 * @example
 * normaliseHeading('总　　则 ') // '总则'
 * normaliseHeading('第一章  Scope') // '第一章 Scope'
 * normaliseHeading('最高人民法院　最高人民检察院关于……的解释') // '最高人民法院 最高人民检察院关于……的解释'
 */
export function normaliseHeading(text: string): string {
  return cleanText(text)
    .split(SPACE_BETWEEN_ORGANS)
    .map((part) => part.replace(SPACE_BETWEEN_CJK, ''))
    .join(' ')
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
