/**
 * The catalog of problems a draft can have: each has a permanent code and a message that says
 * what is wrong, Chinese first, then English. Builders report problems; they never throw.
 */
import type { ParseError } from './types.ts';

export type ProblemCode =
  | 'numbering-gap'
  | 'duplicate-number'
  | 'point-outside-article'
  | 'text-outside-article'
  | 'unknown-heading'
  | 'invalid-number'
  | 'empty-document'
  | 'invalid-front-matter'
  | 'heading-continued'
  | 'duplicate-eid';

export interface ProblemSink {
  error: (code: ProblemCode, line: number, message: string) => void;
  warning: (code: ProblemCode, line: number, message: string) => void;
}

export function createSink(file: string | null): ProblemSink & { errors: ParseError[]; warnings: ParseError[] } {
  const errors: ParseError[] = [];
  const warnings: ParseError[] = [];
  return {
    errors,
    warnings,
    error: (code, line, message) => errors.push({ code, message, file, line }),
    warning: (code, line, message) => warnings.push({ code, message, file, line }),
  };
}

const clip = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

export const messages = {
  numberingGap: (expected: string, found: string) =>
    `编号不连续：应为${expected}，实际为${found}。Numbering gap: expected ${expected}, found ${found}.`,
  duplicateNumber: (label: string, firstLine: number) =>
    `编号重复：${label}已在第 ${firstLine} 行出现。Duplicate number: ${label} already appears at line ${firstLine}.`,
  pointOutsideArticle: (label: string) =>
    `项${label}不在任何条文之内。Item ${label} is not inside any article.`,
  textOutsideArticle: (text: string) =>
    `章节标题之后、条文之前出现了正文“${clip(text)}”。Text "${clip(text)}" appears after a division heading but outside any article.`,
  unknownHeading: (text: string) =>
    `无法识别的结构标题“${clip(text)}”：应为“第X编”“第X章”或“第X节”。Unknown structural heading "${clip(text)}": expected 第X编, 第X章 or 第X节.`,
  invalidNumber: (text: string) =>
    `编号“${clip(text)}”无法解析为数字。The number in "${clip(text)}" cannot be read.`,
  emptyDocument: () => '文本中没有任何条文。The document contains no clauses.',
  invalidFrontMatter: (detail: string) =>
    `开头的元数据块不是有效的 YAML，已忽略：${detail} The front matter is not valid YAML and was ignored: ${detail}`,
  headingContinued: (text: string) =>
    `“${clip(text)}”被视为上一标题的续行。"${clip(text)}" was read as the continuation of the heading above.`,
  duplicateEid: (eId: string, used: string) =>
    `标识 ${eId} 重复，此处改用 ${used}。The id ${eId} occurs twice; ${used} is used here.`,
} as const;
