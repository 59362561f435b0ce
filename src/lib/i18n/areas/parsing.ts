/**
 * The parser's warnings (`parse.<code>`, filled with the warning's params) and the strings
 * staff read about them when publishing. The texts live with the parser, in one catalog.
 */
import { PROBLEMS, type ProblemCode } from '../../legislation/problems.ts';
import { m } from '../catalogue.ts';

type ParseKeys = { [K in ProblemCode as `parse.${K}`]: { zh: string; en: string } };

const parseKeys = Object.fromEntries(
  Object.entries(PROBLEMS).map(([code, text]) => [`parse.${code}`, text]),
) as ParseKeys;

export const parsingMessages = m({
  ...parseKeys,
  'versions.warnings': {
    zh: '文本可以解析，但有 {count} 处需要核对：解析器按下列方式理解了这些地方。请逐条阅读，确认无误后再发布。',
    en: 'The text parses, but {count} places need checking: the parser read them as listed below. Read each one before publishing.',
  },
  'versions.acknowledge': {
    zh: '我已阅读以上解析提示，确认按此发布。',
    en: 'I have read the parser’s notes above and publish the text as read.',
  },
  'versions.mustAcknowledge': {
    zh: '发布前请勾选确认已阅读解析提示。',
    en: 'Tick the box to confirm you have read the parser’s notes before publishing.',
  },
});
