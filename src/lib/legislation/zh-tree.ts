/**
 * Chinese drafts: blocks to a clause tree. Structure is read from the designation text
 * (第X编/章/节/条, （一）, 1.), never from the Markdown heading level.
 */
import { cleanText, type Block, type SourceLine } from './blocks.ts';
import { NUMERAL_CHARS, formatChineseNumeral, parseChineseNumeral, toHalfWidthDigits } from './numerals.ts';
import { checkSequence } from './numbering.ts';
import { messages, type ProblemSink } from './problems.ts';
import { appendText, normaliseHeading, squeeze } from './text.ts';
import type { ClauseKind, ClauseNode } from './types.ts';

export interface BuiltTree {
  title: string;
  preamble: string[];
  nodes: ClauseNode[];
  conclusions: string[];
}

const N = NUMERAL_CHARS;
const SP = '[\\s\\u3000]*';
const ARTICLE = new RegExp(`^第${SP}([${N}]+)${SP}条(?:${SP}之${SP}([${N}]+))?`);
const DIVISION = /^第[\s\u3000]*([^\s\u3000条]+?)[\s\u3000]*(编|章|节)(.*)$/;
/** A division written as a plain paragraph: designation and a short title, no sentence. */
const DIVISION_LINE = new RegExp(`^第${SP}[${N}]+${SP}[编章节](?:[\\s\\u3000]+[^。；，：,;:]{0,30})?$`);
const POINT = /^[（(][\s\u3000]*([〇零一二两三四五六七八九十百]+)[\s\u3000]*[）)]/;
const SUBPOINT = /^(?:([0-9０-９]+)[\s\u3000]*[.．、](?![0-9０-９])|[（(][\s\u3000]*([0-9０-９]+)[\s\u3000]*[）)])/;
const SEPARATOR = /^[\s\u3000【[:：]|^$/;
const DIVISION_LEVEL: Record<string, { kind: ClauseKind; level: number }> = {
  编: { kind: 'part', level: 1 },
  章: { kind: 'chapter', level: 2 },
  节: { kind: 'section', level: 3 },
};

export function node(kind: ClauseKind, line: number, fields: Partial<ClauseNode> = {}): ClauseNode {
  return { kind, eId: '', num: null, subNum: null, label: '', heading: '', text: '', children: [], line, ...fields };
}

export function buildChineseTree(blocks: Block[], sink: ProblemSink): BuiltTree {
  const out: BuiltTree = { title: '', preamble: [], nodes: [], conclusions: [] };
  const hasInfoEnd = blocks.some((b) => b.type === 'info-end');
  let inFront = true;
  const divisions: { node: ClauseNode; level: number }[] = [];
  let article: ClauseNode | null = null;
  let paragraph: ClauseNode | null = null;
  let point: ClauseNode | null = null;
  let lastArticle: { num: number; sub: number } = { num: 0, sub: 0 };
  /** The division heading just read, while nothing else has followed it. */
  let freshDivision: ClauseNode | null = null;

  const container = () => divisions.at(-1)?.node.children ?? out.nodes;
  const startBody = () => {
    inFront = false;
  };

  const openDivision = (text: string, line: number): boolean => {
    const m = DIVISION.exec(normaliseHeading(text));
    if (!m) return false;
    const [, numeral = '', type = '章', rest = ''] = m;
    const num = parseChineseNumeral(squeeze(numeral));
    if (num === null) {
      sink.error('invalid-number', line, messages.invalidNumber(text));
      return true;
    }
    const { kind, level } = DIVISION_LEVEL[type] ?? { kind: 'chapter', level: 2 };
    while ((divisions.at(-1)?.level ?? 0) >= level) divisions.pop();
    const division = node(kind, line, {
      num,
      label: `第${toHalfWidthDigits(squeeze(numeral))}${type}`,
      heading: normaliseHeading(rest),
    });
    container().push(division);
    divisions.push({ node: division, level });
    article = paragraph = point = null;
    freshDivision = division;
    return true;
  };

  const readArticle = (text: string, line: number): boolean => {
    const m = ARTICLE.exec(text);
    if (!m) return false;
    const [whole, numeral = '', subNumeral] = m;
    const rest = text.slice(whole.length);
    const num = parseChineseNumeral(squeeze(numeral));
    const sub = subNumeral === undefined ? null : parseChineseNumeral(squeeze(subNumeral));
    if (!SEPARATOR.test(rest)) {
      // 第十条规定的… at the start of a paragraph is a reference, unless it is the next article.
      const expected = sub === null ? num === lastArticle.num + 1 : num === lastArticle.num && sub === lastArticle.sub + 1;
      if (!expected) return false;
    }
    if (num === null || (subNumeral !== undefined && sub === null)) {
      sink.error('invalid-number', line, messages.invalidNumber(text));
      return true;
    }
    let body = rest.replace(/^[\s\u3000:：]+/, '');
    let heading = '';
    const bracket = /^【([^】]*)】[\s\u3000]*/.exec(body);
    if (bracket) {
      heading = normaliseHeading(bracket[1] ?? '');
      body = body.slice(bracket[0].length);
    }
    article = node('article', line, { num, subNum: sub, label: squeeze(toHalfWidthDigits(whole)), heading });
    paragraph = node('paragraph', line, { text: body });
    article.children.push(paragraph);
    point = null;
    container().push(article);
    lastArticle = { num, sub: sub ?? 0 };
    return true;
  };

  const readPoint = (text: string, line: number): boolean => {
    const m = POINT.exec(text);
    if (!m) return false;
    const label = `（${m[1]}）`;
    if (!article || !paragraph) {
      sink.error('point-outside-article', line, messages.pointOutsideArticle(label));
      return true;
    }
    const num = parseChineseNumeral(m[1] ?? '');
    if (num === null) {
      sink.error('invalid-number', line, messages.invalidNumber(text));
      return true;
    }
    point = node('point', line, { num, label, text: text.slice(m[0].length).replace(/^[\s\u3000]+/, '') });
    paragraph.children.push(point);
    return true;
  };

  const readSubpoint = (text: string, line: number): boolean => {
    const m = SUBPOINT.exec(text);
    if (!m || !article || !paragraph) return false;
    const digits = toHalfWidthDigits(m[1] ?? m[2] ?? '');
    const label = m[1] !== undefined ? `${digits}.` : `（${digits}）`;
    const sub = node('subpoint', line, {
      num: Number.parseInt(digits, 10),
      label,
      text: text.slice(m[0].length).replace(/^[\s\u3000]+/, ''),
    });
    (point ?? paragraph).children.push(sub);
    return true;
  };

  const readText = (text: string, line: number) => {
    if (article) {
      paragraph = node('paragraph', line, { text });
      article.children.push(paragraph);
      point = null;
      return;
    }
    if (freshDivision && text.length <= 40 && !/[。；，：,;:]/.test(text)) {
      // A heading broken over two lines, as in 北京市制定地方性法规条例 (2017) 第三章第二节.
      freshDivision.heading = `${freshDivision.heading}${normaliseHeading(text)}`;
      sink.warning('heading-continued', line, messages.headingContinued(text));
      return;
    }
    if (divisions.length > 0) sink.error('text-outside-article', line, messages.textOutsideArticle(text));
    else out.preamble.push(text);
  };

  const readLine = ({ text: raw, line }: SourceLine) => {
    const text = cleanText(raw);
    if (text === '') return;
    if (inFront) {
      const structural = ARTICLE.test(text) || POINT.test(text) || DIVISION_LINE.test(text);
      if (hasInfoEnd || !structural) {
        out.preamble.push(text);
        return;
      }
      startBody();
    }
    if (DIVISION_LINE.test(text)) {
      openDivision(text, line);
      return;
    }
    const handled = readArticle(text, line) || readPoint(text, line) || readSubpoint(text, line);
    if (!handled) readText(text, line);
    freshDivision = null;
  };

  const readQuote = (lines: SourceLine[]) => {
    const text = lines.map((l) => cleanText(l.text)).join('\n');
    const target = point ?? paragraph;
    if (target && !inFront) target.text = appendText(target.text, text);
    else if (lines[0]) readLine({ text, line: lines[0].line });
  };

  for (const block of blocks) {
    switch (block.type) {
      case 'info-end':
        startBody();
        break;
      case 'heading': {
        const text = normaliseHeading(block.text);
        if (ARTICLE.test(text) || POINT.test(text)) {
          readLine({ text, line: block.line });
        } else if (DIVISION.test(text)) {
          if (inFront && hasInfoEnd) out.preamble.push(text);
          else {
            startBody();
            openDivision(text, block.line);
          }
        } else if (out.title === '' && out.preamble.length === 0 && inFront) {
          out.title = text;
        } else if (inFront && hasInfoEnd) {
          out.preamble.push(text);
        } else {
          sink.error('unknown-heading', block.line, messages.unknownHeading(text));
        }
        break;
      }
      case 'paragraph':
        for (const l of block.lines) readLine(l);
        break;
      case 'quote':
        readQuote(block.lines);
        break;
    }
  }

  for (const n of out.nodes) collapseArticles(n);
  checkChineseNumbering(out.nodes, sink);
  return out;
}

/** An article with one paragraph and no points keeps its text itself (Akoma Ntoso style). */
function collapseArticles(n: ClauseNode): void {
  if (n.kind === 'article') {
    const only = n.children.length === 1 ? n.children[0] : undefined;
    if (only && only.children.length === 0) {
      n.text = only.text;
      n.children = [];
    }
    return;
  }
  n.children.forEach(collapseArticles);
}

const zhLabel: Partial<Record<ClauseKind, (num: number, sub: number | null) => string>> = {
  part: (n) => `第${formatChineseNumeral(n)}编`,
  chapter: (n) => `第${formatChineseNumeral(n)}章`,
  section: (n) => `第${formatChineseNumeral(n)}节`,
  article: (n, s) => `第${formatChineseNumeral(n)}条${s ? `之${formatChineseNumeral(s)}` : ''}`,
  point: (n) => `（${formatChineseNumeral(n)}）`,
  subpoint: (n) => `${n}.`,
};

/** Articles number continuously through the whole text; everything else restarts in its parent. */
function checkChineseNumbering(nodes: ClauseNode[], sink: ProblemSink): void {
  const articles: ClauseNode[] = [];
  const visit = (siblings: ClauseNode[]) => {
    for (const kind of ['part', 'chapter', 'section', 'point', 'subpoint'] as const) {
      const same = siblings.filter((s) => s.kind === kind);
      if (same.length) checkSequence(same, zhLabel[kind] ?? String, sink);
    }
    for (const s of siblings) {
      if (s.kind === 'article') articles.push(s);
      visit(s.children);
    }
  };
  visit(nodes);
  if (articles.length) checkSequence(articles, zhLabel.article ?? String, sink);
}
