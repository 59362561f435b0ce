/**
 * Chinese drafts: blocks to a clause tree. Structure is read from the designation text
 * (第X编/分编/章/节/条, （一）, 一、, 1.), never from the Markdown heading level.
 *
 * Real published texts have defects (#16); the builder never gives up on one. It builds the
 * tree a careful reader would and reports each guess as a warning with its line:
 * - bare or unnumbered headings (总　则, 附则) are divisions numbered after the one before;
 *   "第一章" alone takes the next short line as its heading;
 * - a 目录 listing the chapters is skipped, also without its label (division headings with
 *   nothing between them, the first coming again right after); 序言 text is preamble; the first heading naming a
 *   legal text is the title, also after a line of front matter (a breadcrumb, a document number);
 * - text after the last article headed 附件/附表/附录/附图 (or 附： alone, when no article follows)
 *   is an annex, not part of the article; after a decision's last point, a line 附, 附： or 附件
 *   alone ends the points and begins an annex, and a text of articles attached there (the
 *   amended text republished) is read as that annex's articles;
 * - judicial interpretations' headings 一、二、 (short, followed by an article) are divisions;
 *   texts of numbered points 一、二、 without articles (decisions, replies) are points; inside an
 *   article, 一、 is an old-style item, and （一） after it an item of that item;
 * - a line that does not end a sentence continues on the next line, also when that line begins
 *   with an out-of-sequence 第X条 (a broken citation) and the next article goes on in sequence;
 *   text between item （n）
 *   and item （n+1） belongs to item （n）, and so do the lines under an item that is only a
 *   caption (一、一级保护区内); a line between items without its label is the
 *   missing item; two items written on one line are separated; in a text of points, items run
 *   on after a point's caption (三、办理程序 （一）……。 （二）……) are that point's items;
 * - numbers with typos (第三十－条) are read leniently, unreadable ones take the next in
 *   sequence; a fragment may begin after 第一条; chapters may run on through the 编;
 * - an amendment's article ending "……内容如下：" followed by articles numbered out of the
 *   text's sequence (宪法修正案 2018, 第五十二条) quotes them: they stay its paragraphs;
 * - a body after `<!-- INFO END -->` with no numbered clause at all (a one-sentence
 *   amendment) is one unnumbered clause, not an empty document.
 */
import { cleanText, type Block, type SourceLine } from './blocks.ts';
import {
  NUMERAL_CHARS,
  formatChineseNumeral,
  parseChineseNumeral,
  toHalfWidthDigits,
} from './numerals.ts';
import { checkSequence } from './numbering.ts';
import type { ProblemSink } from './problems.ts';
import { appendText, normaliseHeading, squeeze } from './text.ts';
import type { ClauseKind, ClauseNode } from './types.ts';

export interface BuiltTree {
  title: string;
  preamble: string[];
  nodes: ClauseNode[];
  conclusions: string[];
}

/** Dashes that stand for 一 in badly typed numerals (第三十－条). */
const DASHES = '－\\-‐‑–—―−ー';
const N = `${NUMERAL_CHARS}${DASHES}`;
const SP = '[\\s\\u3000]*';
// 条, 编, 节 also in traditional characters (條, 編, 節), as texts of Hong Kong, Macao and
// Taiwan and older reprints write them.
const ARTICLE = new RegExp(`^第${SP}([${N}]+)${SP}[条條](?:${SP}之${SP}([${NUMERAL_CHARS}]+))?`);
/** An article's label that lost its 第 ("四十三条 本规范自……起执行。"): a numeral, 条 and a space
 * begin the line. Read as the article only when it is the next one in sequence. */
const ARTICLE_DI_LOST = new RegExp(`^([${NUMERAL_CHARS}]+)[条條][\\s\\u3000]+(?=\\S)`);
const DIVISION = /^第[\s\u3000]*([^\s\u3000条條]+?)[\s\u3000]*(分[编編]|[编編]|章|[节節])(.*)$/;
/** A division written as a plain paragraph: designation and a short title, no sentence
 * (第一章　总则, or 第一章总则 as plain-text sources write it). */
const DIVISION_LINE = new RegExp(
  `^第${SP}[${N}]+${SP}(?:分[编編]|[编編章节節])(?:[\\s\\u3000]+[^。；，：,;:]{0,30}|[^\\s\\u3000第。；，：,;:][^。；，：,;:]{0,29})?$`,
);
/** A 目录 entry that lists its sections after the title, in parentheses (民法典 as the
 * 法律读本 prints it: 第二章　自然人  （第一节　民事权利能力和民事行为能力	第二节　监护）). */
const TOC_ENTRY_WITH_PARTS = new RegExp(
  `^第${SP}[${N}]+${SP}(?:分编|[编章节])[\\s\\u3000]+[^（(。；，：,;:]{1,30}[\\s\\u3000]*[（(][\\s\\u3000]*第${SP}[${N}]+${SP}(?:分编|[编章节])[^）)]*[）)]$`,
);
const POINT = /^[（(][\s\u3000]*([〇零一二两三四五六七八九十百]+)[\s\u3000]*[）)]/;
const NUMBERED = /^([〇零一二两三四五六七八九十百]+)[\s\u3000]*[、．.]/;
/** A point 一、 whose 一 was typed as a dash (—、限制进境物品, 海关总署 1993 物品表). */
const DASH_ONE = new RegExp(`^[${DASHES}]、`);
const SUBPOINT =
  /^(?:([0-9０-９]+)[\s\u3000]*[.．、](?![0-9０-９])|[（(][\s\u3000]*([0-9０-９]+)[\s\u3000]*[）)])/;
/** A sub-point N. whose text begins with a digit (137.8万吨……): its number, no decimal's. */
const SUBPOINT_BEFORE_DIGIT = /^([0-9０-９]{1,3})[.．](?=[0-9０-９])/;
const SEPARATOR = /^[\s\u3000【[:：]|^$/;
/** Chapter titles that stand alone, without 第X章, in real texts. */
const BARE_DIVISION = /^(?:总则|总纲|分则|附则|罚则|法律责任|總則|總綱|分則|附則|罰則|法律責任)$/;
/** A heading that is a numeral alone: a point 三、 whose 、 and text were split off. */
const BARE_NUMERAL = /^([一二三四五六七八九十]+)$/;
const TOC = /^目录$/;
/** The title of a legal text standing alone on its line: no sentence in it, ending as a name
 * of such a text ends (吉林市人民代表大会专门委员会工作条例), perhaps with a note in brackets. */
const APPENDED_TITLE =
  /^[^。；;：:，,\s]{2,60}?(?:条例|规则|办法|规定|细则|决定|决议|章程|准则)(?:[（(][^）)]{1,20}[）)])?$/;
/** A history note (题注) opening: "（2022年6月16日……", perhaps a space before 年. */
const HISTORY_OPEN = /^[（(]\s*\d{4}\s*年/;
/** A line of a history note that begins a clause of its own with its date ("2022年7月28日……"). */
const HISTORY_CLAUSE = /^\d{4}\s*年/;
/**
 * The page number a 目录 entry ends with, and its leader: "第一章　总则\t1" as Word's table of
 * contents field gives it (the tab read as a space), "第二章 登记………3" or "第三章 附则 ..... 5"
 * as a PDF or a web page copies it.
 */
const TOC_PAGE = /(?:[\s\u3000]*[.．·…⋯·\-—_]{2,}[\s\u3000]*|[\s\u3000]+)[0-9０-９]{1,4}$/;
/** A 目录 entry without its page number. */
const tocEntryText = (text: string) => text.replace(TOC_PAGE, '');
const PREFACE = /^序言$/;
const ANNEX = /^附(?:(?:件|表|录|图)[一二三四五六七八九十0-9０-９]*(?:[\s\u3000：:].*)?|[：:].+)$/;
/** "附：" alone on its line after the last article: an attachment follows (印花税法 2021, its
 * 税目税率表), unless articles follow it (a decision republishing an interpretation after 附：). */
const BARE_ANNEX = /^附[\s\u3000]*[：:]?$/;
/**
 * A line that only announces an attachment: 附, 附：, 附件, 附件一：, 附录 (no title after it).
 * After a decision's last point it ends the points (2018 修改决定 of 最高人民法院、最高人民检察院:
 * "附" / the amended interpretation republished in full).
 */
const ANNEX_MARK = /^附(?:[件表录图][一二三四五六七八九十0-9０-９]*)?[\s\u3000]*[：:]?$/;
/**
 * The title of a draft's explanation or report printed after its last article, as drafts are
 * published for comment: 关于《…条例（草案）》的说明, …修改情况的说明, 《…》起草说明, 起草说明.
 */
const EXPLANATION =
  /^(?:关于《[^》]{2,80}》[^。；，,;]{0,20}的(?:说明|报告)|《[^》]{2,80}》(?:的)?(?:起草|修改|修订|立法)?说明|(?:草案)?(?:起草|修改|修订|立法)说明)$/;
/** The title of a table attached after the text (授权国务院……暂时调整适用有关法律规定目录,
 * ……清单, ……一览表, 个人所得税税率表一（综合所得适用）): no sentence punctuation, ending as such
 * titles end, with the table's number and a short qualifier in brackets after 表 if any. */
const TABLE_TITLE =
  /^[^。；;，,：:！？!?|]{2,80}(?:目录|清单|一览表|对照表|名录|名单|表[一二三四五六七八九十0-9０-９]*)(?:[（(][^（）()。；]{1,20}[）)])?$/;
/** A row of a Markdown table (the parser reads tables as lines of text: | 序号 | 法律规定 |). */
const TABLE_ROW = /^\|.*\|$/;
/** The row under a Markdown table's header row: | --- | :---: | ---: |. */
const TABLE_DELIMITER = /^\|(?:[\s\u3000]*:?-{3,}:?[\s\u3000]*\|)+$/;
/**
 * An article that puts the text in force, by its first sentence: "本名录自发布之日起施行。",
 * "本办法自2025年5月1日起施行。" (what a text is, 本X, then 自 and the date).
 */
const COMMENCEMENT_FIRST = /^本[^。；;，,：:]{1,12}自[^。；;]{1,40}(?:施行|实施|生效|执行)。/;
/**
 * A row of a table saved as plain text, its cells separated by tabs (the national database's
 * export of 个人所得税法: "1\t不超过36000元的\t3"): a cell, a tab, another cell. Not a list line
 * (*\t（一）……) nor a line indented by a tab.
 */
const TAB_ROW = /^(?![*+-]\t)[^\s\t][^\t]*\t+[^\s\t]/;
/** A line that ends a sentence, a clause or an introduction to items. */
const ENDS_SENTENCE = /[。；;：:！？!?…”’」』）)】\]]$/;
/**
 * The end of a title naming what the text is (…适用问题的解释, …的决定): a 第X条 line ending so,
 * without a sentence's punctuation, continues a title broken before the article it names.
 */
const TITLE_TAIL = /^[^。；，：,;:]{0,30}的(?:解释|决定|规定|批复|答复|意见|通知)$/u;
const SHORT_HEADING = /^[^。；，：,;:]{1,30}$/;
const DIVISION_LEVEL: Record<string, { kind: ClauseKind; level: number }> = {
  编: { kind: 'part', level: 1 },
  編: { kind: 'part', level: 1 },
  分编: { kind: 'subpart', level: 1.5 },
  分編: { kind: 'subpart', level: 1.5 },
  章: { kind: 'chapter', level: 2 },
  节: { kind: 'section', level: 3 },
  節: { kind: 'section', level: 3 },
};

export function node(kind: ClauseKind, line: number, fields: Partial<ClauseNode> = {}): ClauseNode {
  return {
    kind,
    eId: '',
    num: null,
    subNum: null,
    label: '',
    heading: '',
    text: '',
    children: [],
    line,
    ...fields,
  };
}

/** One source unit in reading order: a Markdown heading, a line of a paragraph, a quotation. */
type Item =
  /** `quoted`: the start of a heading read as text of a point (quotedDivision), never a division. */
  | {
      type: 'heading' | 'line';
      text: string;
      line: number;
      annexTitle?: boolean;
      quoted?: boolean;
    }
  | { type: 'quote'; text: string; line: number }
  | { type: 'info-end'; line: number };

/**
 * Bold that Markdown could not read stays as literal `**`: CommonMark does not close `**` after
 * punctuation when a character follows, as in `**第二条　【适用范围】**本条例适用于本市。`,
 * which bolds the label and the 条旨 of a draft. The marks are formatting, never text of a law.
 */
function dropLiteralBold(text: string): string {
  return text.includes('**') ? text.replace(/\*\*(.+?)\*\*/g, '$1') : text;
}

/** A heading mark written without its space (#第一编　总则, #附则). */
const UNSPACED_HEADING = /^(#{1,6})(?=[^#\s])(.+)$/;

/**
 * A line alone that begins with # and no space, the rest a division heading or a short title
 * written as the headings around it are (2020 刑法 读本: "#第一编　总则" / "#第二编　分则" / "#附则",
 * its chapters setext headings): the # was meant as a heading mark, as Markdown has it after a
 * space, so the line is that heading, noted. Any other line keeps its # as text.
 */
function unspacedHeading(block: Block, sink: ProblemSink): Block | null {
  if (block.type !== 'paragraph' || block.lines.length !== 1) return null;
  const line = block.lines[0]!;
  const m = UNSPACED_HEADING.exec(cleanText(line.text));
  const text = cleanText(m?.[2] ?? '');
  if (!m || !(DIVISION_LINE.test(text) || /^(?:总[\s\u3000]*则|附[\s\u3000]*则)$/.test(text)))
    return null;
  sink.warning('heading-mark-unspaced', line.line, { text: cleanText(line.text) });
  return { type: 'heading', depth: m[1]!.length, text, line: line.line };
}

function itemsOf(raw: Block[], sink: ProblemSink): Item[] {
  const blocks = raw.map((block) => unspacedHeading(block, sink) ?? block);
  const lostBreaks = runsArticlesOn(blocks);
  const items: Item[] = [];
  let last = 0;
  let lastPoint = 0;
  /** An item label （一） cut from the end of a line, to begin the next line. */
  let carried: string | null = null;
  /** The number of the last item （n） split off a point's line, to go on after it. */
  let lastItem = 0;
  for (const [b, source] of blocks.entries()) {
    // A heading the converter made from a division quoted in a point (内蒙古 2022 修改决定:
    // "## 第四章 章名修改为“……”。（十五）增加一条……") is a line of the point's text.
    // A division broken off a point's sentence that stops before it (天津 2021 修改决定: "十、将" /
    // "## 第三章 和" / "## 第四章 合并为一章，……"): the heading holds no title, a joining word at most.
    const prev = items.at(-1);
    const open = prev?.type === 'line' && prev.text !== '' && !ENDS_SENTENCE.test(prev.text);
    const quoted =
      source.type === 'heading' &&
      (quotedDivision(source.text, lastPoint > 0 && last === 0) ??
        (lastPoint > 0 && last === 0 && open ? brokenDivision(source.text) : null));
    if (quoted && source.type === 'heading')
      sink.warning('division-quoted', source.line, { label: quoted });
    const first = items.length;
    // A `>` quotation that begins with the next article, not after a colon that would introduce
    // it (彭水 2013 矿产资源管理条例: "……查处违法勘查、开采、经营行为。" / "> 第五条　自治县国土资源主管
    // 部门应当……" / "第六条"): the converter's indent, the article itself.
    const unquoted = source.type === 'quote' && quotesNextArticle(source.lines, last, prev);
    if (unquoted && source.type === 'quote')
      sink.warning('article-in-quote', source.lines[0]?.line ?? 1, {
        label: ARTICLE.exec(cleanText(source.lines[0]?.text ?? ''))?.[0] ?? '',
      });
    const block: Block =
      quoted && source.type === 'heading'
        ? { type: 'paragraph', lines: [{ text: source.text, line: source.line }] }
        : (unquoted || quotedToc(source, prev)) && source.type === 'quote'
          ? { type: 'paragraph', lines: source.lines }
          : source;
    if (block.type === 'info-end') items.push({ type: 'info-end', line: block.line });
    else if (block.type === 'heading') {
      const glued = splitHeadingArticle(cleanText(dropLiteralBold(block.text)));
      items.push({
        type: 'heading',
        text: normaliseHeading(glued ? glued.heading : dropLiteralBold(block.text)),
        line: block.line,
      });
      if (glued) {
        sink.warning('article-run-in', block.line, { label: glued.label });
        // Articles that run on after the one glued to the heading (乌鲁木齐 2021 大气污染防治条例:
        // "## 第一章 总则第一条 ……制定本条例。 第二条 ……。 第三条 ……"): split as in a line.
        const split = splitRunInArticles(glued.article, glued.num - 1);
        last = Math.max(glued.num, split.last);
        split.parts.forEach((part, i) => {
          if (i > 0)
            sink.warning(
              split.midSentence.has(i) ? 'article-run-on' : 'article-run-in',
              block.line,
              { label: ARTICLE.exec(part)?.[0] ?? '' },
            );
          const paragraphs =
            split.parts.length > 1 || lostBreaks ? splitRunInParagraphs(part) : [part];
          const code = split.parts.length > 1 ? 'paragraph-run-in' : 'paragraph-break-lost';
          paragraphs.forEach((q, r) => {
            if (r > 0) sink.warning(code, block.line, { text: q.slice(0, 10) });
            items.push({ type: 'line', text: q, line: block.line });
          });
        });
      }
    } else if (block.type === 'paragraph') {
      const readLine = (l: SourceLine, k: number): void => {
        let text = cleanText(dropLiteralBold(l.text));
        for (const m of text.matchAll(NUMBER_LOST))
          sink.warning('number-lost', l.line, {
            text: text.slice(Math.max(0, m.index - 8), m.index + m[0].length),
          });
        if (carried !== null) {
          // The item label left at the end of the line before (海西 2021: "……作出修改（一）" /
          // "第二条 增加一款……"): it begins this line.
          text = `${carried}${text}`;
          carried = null;
        }
        if (text === '') return;
        const bare = last > 0 ? ARTICLE_DI_LOST.exec(text) : null;
        if (bare && readNumeral(bare[1]!).num === last + 1) {
          // 公安部 2004 外国人签证和居留许可工作规范: "第四十二条 ……" / "四十三条 本规范自……起执行。"
          sink.warning('article-prefix-lost', l.line, { label: `第${bare[1]}条` });
          text = `第${text}`;
        }
        const lost = l.debrisTails
          ? lostLabelAt(text, l.debrisTails, last, nextArticleFrom(blocks, b, k))
          : null;
        if (lost) {
          // Word debris in place of the next article's label: the rest is that article.
          sink.warning('article-label-lost', l.line, {
            label: lost.label,
            text: lost.tail.slice(0, 12),
          });
          readLine({ text: lost.before, line: l.line }, k);
          readLine({ text: `${lost.label}\u3000${lost.tail}`, line: l.line }, k);
          return;
        }
        const dangling = last === 0 ? DANGLING_FIRST_ITEM.exec(text) : null;
        const lineAfter = k + 1 < block.lines.length || blocks[b + 1]?.type === 'paragraph';
        if (dangling && dangling.index > 0 && lineAfter) {
          carried = dangling[0];
          text = text.slice(0, dangling.index);
        }
        const glued = splitHeadingArticle(text);
        if (glued) {
          items.push({ type: 'line', text: glued.heading, line: l.line });
          sink.warning('article-run-in', l.line, { label: glued.label });
          text = glued.article;
        }
        const split = splitRunInArticles(text, last);
        last = amendsArticleInPoint(split, last, lastPoint) ? 0 : split.last;
        split.parts.forEach((part, i) => {
          if (i > 0)
            sink.warning(split.midSentence.has(i) ? 'article-run-on' : 'article-run-in', l.line, {
              label: ARTICLE.exec(part)?.[0] ?? '',
            });
          // A line that lost its line breaks, its articles run on: its paragraphs are too; and
          // so are an article's own line in a text whose other lines run articles on (宜春 2020
          // 第五条: "……总体布局。各类……工作。 乡（镇）人民政府……职责。 居（村）民委员会……").
          if ((split.parts.length > 1 || (lostBreaks && ARTICLE.test(part))) && last > 0) {
            const code = split.parts.length > 1 ? 'paragraph-run-in' : 'paragraph-break-lost';
            splitRunInParagraphs(part).forEach((q, r) => {
              if (r > 0) sink.warning(code, l.line, { text: q.slice(0, 10) });
              items.push({ type: 'line', text: q, line: l.line });
            });
            return;
          }
          // Points run on in one paragraph, only in a text of points (no article read yet).
          // A first point whose first item's label was cut from the line's end has its items.
          const next = carried ?? cleanText(block.lines[k + 1]?.text ?? '');
          const points =
            last === 0 ? splitRunInPoints(part, lastPoint, next) : { parts: [part], last: 0 };
          if (last === 0) lastPoint = points.last;
          points.parts.forEach((p, j) => {
            // The closing sentences split off after the last point are no point.
            const label = NUMBERED.exec(p)?.[0];
            if (j > 0 && label) sink.warning('point-run-in', l.line, { label });
            let run = last === 0 ? splitCaptionItems(p, lastItem) : [p];
            // A line that lost its line breaks, its points run on: the paragraphs of each point
            // are run on too (天津 2015 鼓励促进改革创新的决定: "二、……于法有据。 改革创新应当坚持
            // ……。 三、……"), as those of run-on articles are.
            if (points.parts.length > 1 && run.length === 1 && NUMBERED.test(p)) {
              run = splitRunInParagraphs(p);
              for (const q of run.slice(1))
                sink.warning('paragraph-run-in', l.line, { text: q.slice(0, 10) });
            }
            if (NUMBERED.test(p) || POINT.test(p)) lastItem = 0;
            for (const q of run) {
              const item = POINT.exec(q);
              if (item) lastItem = parseChineseNumeral(item[1] ?? '') ?? lastItem;
            }
            run.forEach((q, r) => {
              items.push({ type: 'line', text: q, line: l.line });
              if (r > 0 && POINT.test(q))
                sink.warning('point-run-in', l.line, { label: POINT.exec(q)?.[0] ?? '' });
            });
          });
        });
      };
      block.lines.forEach((l, k) => readLine(l, k));
      const start = items[first];
      if (quoted && start?.type === 'line') start.quoted = true;
    } else if (block.lines[0]) {
      items.push({
        type: 'quote',
        text: block.lines.map((l) => cleanText(l.text)).join('\n'),
        line: block.lines[0].line,
      });
    }
  }
  splitRunInEnd(items, sink);
  return divisionsFromToc(items, sink);
}

/** The title and history of a second text glued after an article's last full stop, no brackets
 * ("……施行。吉林市人民代表大会专门委员会工作条例1994年3月7日……通过1994年4月22日……批准"). */
const GLUED_SECOND_TITLE =
  /。([^。；;：:，,\s]{2,60}?(?:条例|规则|办法|规定|细则|决定|决议|章程|准则))(\d{4}[\s\u3000]*年[^。]*(?:通过|批准|修改|修正|公布))$/;

/**
 * A second text's title and history glued after the full stop of an article numbered two or
 * more (the Theonefkguy copy of 吉林 1997 吉林市人民代表大会议事规则: "第五十七条 本规则自公布之日
 * 起施行。吉林市人民代表大会专门委员会工作条例1994年3月7日……批准" / "## 第一章 总则第一条 ……"),
 * when the next item opens a first chapter or is 第一条: split off as lines of their own, the
 * title and its history, for the builder to read as that text (secondTextAt).
 */
function splitGluedSecondTitle(items: Item[]): Item[] {
  const out: Item[] = [];
  items.forEach((it, k) => {
    const m = it.type === 'line' ? GLUED_SECOND_TITLE.exec(it.text) : null;
    const lead = it.type === 'line' ? ARTICLE.exec(it.text) : null;
    const next = items.slice(k + 1).find((n) => n.type !== 'info-end' && n.text !== '');
    const nextText = next && next.type !== 'info-end' ? normaliseHeading(next.text) : '';
    const division = DIVISION.exec(nextText);
    const opens =
      readNumeral(ARTICLE.exec(nextText)?.[1] ?? '').num === 1 ||
      (division !== null && readNumeral(division[1] ?? '').num === 1);
    if (!m || !lead || it.type !== 'line' || (readNumeral(lead[1] ?? '').num ?? 0) < 2 || !opens) {
      out.push(it);
      return;
    }
    const at = it.text.length - m[0].length + 1;
    out.push(
      { ...it, text: it.text.slice(0, at) },
      { type: 'line', text: m[1]!, line: it.line },
      { type: 'line', text: m[2]!, line: it.line },
    );
  });
  return out;
}

/**
 * A 目录 of division headings whose body lost its own (天津 2010 供热用热条例: "## 第一章 总则" …
 * "## 第六章 附则第一条 ……第七条 ……" / "第八条 ……第十六条 ……" / … six lines, each a chapter's
 * articles run on): n headings 第一…n章 in a row before any article, no division after them,
 * and the articles after them on exactly n lines, each beginning with an article. Each line
 * holds one division's articles: its heading is put before it. Else the items as they are.
 */
function divisionsFromToc(items: Item[], sink: ProblemSink): Item[] {
  const isDivision = (it: Item | undefined) =>
    it?.type === 'heading' && DIVISION.test(normaliseHeading(it.text));
  const first = items.findIndex(isDivision);
  if (first < 0) return items;
  let end = first;
  while (isDivision(items[end])) end++;
  const heads = items.slice(first, end);
  const kinds = heads.map((h) => {
    const m = h.type === 'heading' ? DIVISION.exec(normaliseHeading(h.text)) : null;
    return { kind: m?.[2] ?? '', num: parseChineseNumeral(squeeze(m?.[1] ?? '')) };
  });
  if (heads.length < 2 || kinds.some((k, i) => k.kind !== kinds[0]?.kind || k.num !== i + 1))
    return items;
  const isArticle = (it: Item | undefined) => it?.type === 'line' && ARTICLE.test(it.text);
  if (items.slice(0, first).some(isArticle) || !isArticle(items[end])) return items;
  const body = items.slice(end);
  if (body.some((it) => it.type !== 'line' || DIVISION.test(normaliseHeading(it.text))))
    return items;
  const lines = [...new Set(body.map((it) => it.line))];
  if (lines.length !== heads.length) return items;
  const parts = lines.map((n) => body.filter((it) => it.line === n));
  if (!parts.every((part) => isArticle(part[0]))) return items;
  sink.warning('divisions-from-toc', heads[0]?.line ?? 0, { count: heads.length });
  return [...items.slice(0, first), ...heads.flatMap((h, i) => [h, ...(parts[i] ?? [])])];
}

/**
 * A number the source lost, its sentence going on without it (南京 2009 农村公路条例 第二十四条:
 * "……外缘起，县道不少于，乡道不少于，村道不少于。", 第四十一条: "本条例自施行。"): a bound
 * (不少于, 不超过 …) right before punctuation, or 自 right before a 施行 or 起施行 that ends the
 * clause. 自施行之日起 (南平 2016 立法条例 第六十二条: "法规自施行之日起满两年，……") lost nothing.
 */
const NUMBER_LOST =
  /(?:不少于|不超过|不得超过|不低于|不高于|不大于|不小于)(?=[，,。；;、])|自(?=起?施行(?:[，,。；;]|$))/g;

/** An attachment announced after a full stop inside a line: 附件一：, 附件：, 附表：. */
const RUN_IN_ANNEX =
  /(?<=[。；;][”’」』]?)[\s\u3000]*(附(?:件|表|录)[一二三四五六七八九十0-9０-９]*[：:])/;

/**
 * The end of a text run on in the line of its last article or point, as pages of a ministry's
 * site have it (民航总局 2007 规范性文件制定程序规定: "第二十六条 本规定自发布之日起30日后施行。
 * ……废止。附件一：民航总局机关各厅……附件二：……"; 民航总局 2004 修改决定: "六、第67.507条修改为：
 * “……。”2001年8月31日……重新公布。本决定自2004年8月12日起实施。附件：……的决定"). An
 * attachment announced after a full stop (附件一：) is split off with what follows it, to be read
 * as an annex, not as text of that article or point; in a text of points, the closing sentences
 * of the decision before it (its commencement, its republication) are split off the last point
 * too, to stand apart from it as when written on lines of their own. Only the text's last line,
 * when it begins with an article or a point, and not inside a quotation.
 */
function splitRunInEnd(items: Item[], sink: ProblemSink): void {
  let k = items.length - 1;
  while (k >= 0 && items[k]?.type === 'info-end') k--;
  const it = items[k];
  if (!it || it.type !== 'line') return;
  const article = ARTICLE.test(it.text);
  if (!article && !NUMBERED.test(it.text)) return;
  const parts: string[] = [];
  let text = it.text;
  const annex = RUN_IN_ANNEX.exec(text);
  if (annex && quotesClosed(text.slice(0, annex.index))) {
    const rest = cleanText(text.slice(annex.index + annex[0].length));
    sink.warning('annex-run-in', it.line, { text: `${annex[1] ?? ''}${rest}`.slice(0, 40) });
    parts.push(annex[1] ?? '', ...(rest === '' ? [] : [rest]));
    text = cleanText(text.slice(0, annex.index));
  }
  const lost = article && !annex ? annexLabelLostAt(text, items.slice(0, k)) : null;
  if (lost) {
    sink.warning('annex-label-lost', it.line, { text: lost.title });
    items.splice(
      k,
      1,
      { type: 'line', text: cleanText(text.slice(0, lost.at)), line: it.line },
      { type: 'line', text: lost.title, line: it.line, annexTitle: true },
      ...lost.rest.map((t) => ({ type: 'line' as const, text: t, line: it.line })),
    );
    return;
  }
  const points = !article && !items.some((x) => x.type === 'line' && ARTICLE.test(x.text));
  const catalogues = points && !annex ? cataloguesRunInAt(text, items.slice(0, k)) : null;
  if (catalogues) {
    for (const c of catalogues.annexes)
      sink.warning('annex-catalogue-run-in', it.line, { text: c.title });
    items.splice(
      k,
      1,
      { type: 'line', text: cleanText(text.slice(0, catalogues.at)), line: it.line },
      ...catalogues.annexes.flatMap((c) => [
        { type: 'line' as const, text: c.title, line: it.line, annexTitle: true },
        ...(c.body === '' ? [] : [{ type: 'line' as const, text: c.body, line: it.line }]),
      ]),
      ...catalogues.colophon.map((t) => ({ type: 'line' as const, text: t, line: it.line })),
    );
    return;
  }
  const closing = points ? closingSentencesAt(text) : -1;
  if (closing > 0) {
    const tail = text.slice(closing);
    sink.warning('closing-run-in', it.line, { text: tail });
    parts.unshift(...(tail.match(/[^。]+。/g) ?? []));
    text = cleanText(text.slice(0, closing));
  }
  if (parts.length === 0) return;
  items.splice(
    k,
    1,
    ...[text, ...parts].map((t) => ({ type: 'line' as const, text: t, line: it.line })),
  );
}

/** The title of a catalogue run on after a full stop: Han characters alone ending in 目录, its
 * count after it if any (决定废止的……规范性文件目录（22件）). */
const RUN_IN_CATALOGUE =
  /(?<=[。；][”’」』]?)[\p{Script=Han}、]{4,60}?目录(?:[（(][0-9０-９]+件[）)])?/gu;

/** The distribution lines of a 版记 run on after a full stop (主送：……。抄送：……). */
const RUN_IN_COLOPHON = /(?<=[。；])(?=(?:主送|抄送|报送|分送)[：:])/g;

/**
 * Catalogues attached to a decision of points, run on with their rows and the 版记 in the line of
 * the last point, labels 附件1 lost (the Theonefkguy copy of 最高人民检察院 2019 废止决定, the whole
 * notice on one line: "三、……一并予以公布（见附件3）。决定废止的单独制发的……目录（22件）发文日期
 * 及文号最高人民检察院关于……该文件不再适用。决定废止的与有关单位联合制发的……目录……主送：……。
 * 抄送：……。……印发"): where the points announce as many attachments (见附件1 … 见附件3) as there
 * are titles ending in 目录 after full stops, each title opens an annex holding the rows after it
 * as they stand; the 主送：/抄送： lines after the last are split off for the 版记. Null if not so.
 */
function cataloguesRunInAt(
  text: string,
  before: readonly Item[],
): { at: number; annexes: { title: string; body: string }[]; colophon: string[] } | null {
  const titles = [...text.matchAll(RUN_IN_CATALOGUE)].filter((m) =>
    quotesClosed(text.slice(0, m.index)),
  );
  if (titles.length === 0) return null;
  const first = titles[0]!.index;
  const points = [
    ...before.filter((x) => x.type !== 'info-end').map((x) => x.text),
    text.slice(0, first),
  ];
  const announced = new Set(
    points.flatMap((t) =>
      [...t.matchAll(/见附件([0-9０-９一二三四五六七八九十]+)/g)].map((m) => m[1]),
    ),
  );
  if (announced.size !== titles.length) return null;
  const annexes = titles.map((m, i) => ({
    title: m[0],
    body: cleanText(text.slice(m.index + m[0].length, titles[i + 1]?.index ?? text.length)),
  }));
  const last = annexes.at(-1)!;
  const parts = last.body.split(RUN_IN_COLOPHON);
  last.body = cleanText(parts[0] ?? '');
  return {
    at: first,
    annexes,
    colophon: parts
      .slice(1)
      .map((t) => cleanText(t))
      .filter((t) => t !== ''),
  };
}

/**
 * An attachment whose label 附件 was lost, run on after the commencement in the line of the
 * last article (北海 2018 合浦汉墓群保护条例 第三十五条: "本条例自2018年9月1日起施行。合浦汉墓群的
 * 保护范围和建设控制地带的边界范围 一、合浦汉墓群重点保护区范围包括：…… （一）四方岭……"): after
 * "本条例自……施行。" a title of Han characters alone, then a space and 一、, in a text whose
 * articles refer to an attachment (具体范围见附件). Returns where the title begins, the title,
 * and the attachment's text cut into lines before each label 一、 or （一） that stood after a
 * space; null if the line is not so.
 */
function annexLabelLostAt(
  text: string,
  before: readonly Item[],
): { at: number; title: string; rest: string[] } | null {
  const m = /(?<=[。；][”’」』]?)([\p{Script=Han}《》]{4,40})[\s\u3000]+(?=一、)/u.exec(text);
  if (!m || m.index === undefined) return null;
  const sentence = /[^。；]*[。；]$/.exec(text.slice(0, m.index))?.[0] ?? '';
  if (!CLOSING.test(sentence.replace(/^第[^条]{1,10}条[\s\u3000]*/, ''))) return null;
  if (
    !before.some((x) => x.type !== 'info-end' && /见附件|附件所列|(?:列入|详见)附件/.test(x.text))
  )
    return null;
  const rest = text
    .slice(m.index + m[0].length)
    .split(/[\s\u3000]+(?=[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/)
    .map((t) => cleanText(t))
    .filter((t) => t !== '');
  return { at: m.index, title: m[1] ?? '', rest };
}

/**
 * The depth of open quotations after one more line, given the depth before it. A line that
 * begins with “ while a quotation is open goes on with that quotation (each quoted paragraph
 * opens with “, only the last one closes), so that mark opens no new one.
 */
function quoteDepth(before: number, line: string): number {
  const text = before > 0 ? line.replace(/^[\s\u3000]*[“「『]/, '') : line;
  const opens = (text.match(/[“「『]/g) ?? []).length;
  const closes = (text.match(/[”」』]/g) ?? []).length;
  return Math.max(0, before + opens - closes);
}

/** Whether a text of several lines leaves a quotation open, read line by line (quoteDepth). */
function quotationOpen(text: string): boolean {
  return text.split('\n').reduce(quoteDepth, 0) > 0;
}

/** Whether every quotation opened in a text is closed. */
function quotesClosed(text: string): boolean {
  return (text.match(/[“「『]/g) ?? []).length <= (text.match(/[”」』]/g) ?? []).length;
}

/**
 * Where the closing sentences of a decision begin at the end of a line (isClosingSentence: its
 * commencement, its republication, its renumbering): the first end of a sentence, outside a
 * quotation, after which the text is closing sentences only and holds a commencement. -1 if none.
 */
function closingSentencesAt(text: string): number {
  for (const m of text.matchAll(/[。；;][”’」』]?/g)) {
    const at = (m.index ?? 0) + m[0].length;
    if (at >= text.length || !quotesClosed(text.slice(0, at))) continue;
    const tail = text.slice(at);
    const sentences = tail.match(/[^。]+。/g) ?? [];
    if (sentences.join('') !== tail) continue;
    if (sentences.every(isClosingSentence) && sentences.some((x) => CLOSING.test(x))) return at;
  }
  return -1;
}

/** A division heading with the next article glued to it (拉萨 2021 议事规则: "## 第一章 总则第一条
 * 为了……"): the designation, a short title without a sentence, then 第X条 and a space. */
const HEADING_THEN_ARTICLE = new RegExp(
  `^(第${SP}[${N}]+${SP}(?:分[编編]|[编編章节節])[^。；，：,;:条條]{0,30}?)[\\s\\u3000]*(第${SP}([${N}]+)${SP}[条條])(?=[\\s\\u3000])`,
);

/**
 * A division heading that has the article after it glued on, as texts exported from the
 * national database write every chapter (拉萨 2021: "第二章 会议的召开第六条 常务委员会……"):
 * split when a space and the start of a sentence follow the glued 第X条, so that a heading citing
 * an article is left alone. The article need not be the next in sequence (伊犁 2022: "第三节 生物
 * 多样性生态环境保护第二十四条 ……" after an article lost in the one before): a heading is no
 * sentence, so an article written after it is the text's, and the numbering check reports a gap.
 */
function splitHeadingArticle(
  text: string,
): { heading: string; article: string; label: string; num: number } | null {
  const m = HEADING_THEN_ARTICLE.exec(text);
  if (!m) return null;
  const num = readNumeral(m[3] ?? '').num;
  if (num === null) return null;
  const at = m[0].length - (m[2] ?? '').length;
  const rest = cleanText(text.slice(m[0].length));
  if (rest === '' || CITES_MID_AFTER.test(rest)) return null;
  return { heading: m[1]!.trim(), article: text.slice(at), label: m[2]!, num };
}

/**
 * Where Word debris took the label of an article (南京 2018 城市绿化条例: "……所需费用。佨伀J儀J帀
 * ……市区已建成的……" where 第二十九条 was, 第三十条 next; 乌海 2019, 前郭 2016): a run of debris
 * between a full stop and more text (`tails`, the rest of the line after each run), when the
 * article read before it is numbered one below the missing number and the next article written
 * (`next`) one above it. Returns the text before the run, the rest and the label lost, or null.
 */
function lostLabelAt(
  text: string,
  tails: readonly string[],
  last: number,
  next: number | null,
): { before: string; tail: string; label: string } | null {
  for (const raw of tails) {
    const tail = cleanText(raw);
    const at = text.lastIndexOf(tail);
    if (tail === '' || at <= 0 || ARTICLE.test(tail)) continue;
    const before = cleanText(text.slice(0, at));
    if (!/。$/.test(before)) continue;
    const current = splitRunInArticles(before, last).last;
    if (current > 0 && next === current + 2)
      return { before, tail, label: `第${formatChineseNumeral(current + 1)}条` };
  }
  return null;
}

/** The number of the next article written at the start of a line after line `k` of block `b`
 * (or glued to a division heading), or null when none follows. */
function nextArticleFrom(blocks: readonly Block[], b: number, k: number): number | null {
  const numberOf = (text: string): number | null => {
    const m = ARTICLE.exec(cleanText(dropLiteralBold(text)));
    return m && m[2] === undefined ? readNumeral(m[1] ?? '').num : null;
  };
  for (let i = b; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'heading') {
      const glued = splitHeadingArticle(cleanText(dropLiteralBold(block.text)));
      if (glued) return glued.num;
      continue;
    }
    if (block.type === 'info-end') continue;
    for (const line of block.lines.slice(i === b ? k + 1 : 0)) {
      const num = numberOf(line.text);
      if (num !== null) return num;
    }
  }
  return null;
}

/** Where a run-in article may begin: after the end of a sentence, and spaces. */
const RUN_IN_AFTER = /[。；;][\s\u3000]*$/;
/** Text a first article cannot be glued to: a citation (本法第一条, 《……》第一条). */
const CITES_BEFORE = /(?:[法例定则》〉]|本|第[^条]{0,8}[编章节])$/;

/** Text a 第X条 inside a sentence is cited by: 依照本条例第二十三条, 违反第二十三条, 将第二十三条,
 * 第二十二条、第二十三条, 第二章第二十三条. */
const CITES_MID_BEFORE =
  /(?:[法例定则》〉」”本、和与及或至到将把对在条款项]|依照|按照|依据|根据|违反|适用|参照|删去|第[^条]{0,8}[编章节])$/;
/** Text after 第X条 and its space that goes on citing it: 规定, 第二款, 的, 修改为, 中, 、. */
const CITES_MID_AFTER =
  /^(?:规定|第|的|之|中|所|至|到|和|与|及|或|修改|改为|作为|删去|增加|[、，,；;。：:（(“”"'）)]|[0-9０-９A-Za-z])/;
/** Text after 第X条 and its space that cites it wherever it stands, even after a full stop or
 * before the first article (将第一条 修改为, 第三条 中的, 第五条 第二款, 第二十二条 ：“……): an
 * amendment decision quotes the articles it changes so (内蒙古 2022 修改决定). */
const CITES_AFTER =
  /^(?:修改为|改为|修改|作为|删去|增加|中的|中[“"]|规定|的|之[^一二三四五六七八九十]|第[^条。；，,]{1,8}[款项目]|[、，,：:”"])/;

/**
 * A line holding articles run on in one paragraph, as old texts exported from the national
 * database have them (天津 1991: "……制定本办法。 第二条 常务委员会……"), or its first article
 * glued to the header text before it (拉萨 2019: "……会议批准第一条 为了……"): split before each
 * 第X条 that is the next article in sequence, is followed by a space, and stands after the end
 * of a sentence (第一条 also after header text that is not a citation). An article glued on in
 * the middle of a sentence, its full stop lost (伊犁 2022: "……防止疫情发生和蔓延第二十三条 公民、
 * 法人……"), or after a figure that ended the sentence (吉林 2003: "……采光系数为1第四十八条 非正向
 * ……", its 1.0 and full stop lost), is split too when it is the next in sequence, a space and the
 * start of a sentence follow it, and nothing around it cites it (依照本条例第二十三条 规定,
 * 第二十三条 第二款); those cuts are listed in `midSentence`. No cut is made before a label that is cited, wherever it
 * stands: followed by 修改为, 中的, 规定, 第X款 (CITES_AFTER), or, as the first article, after
 * 将, 把, 对, 依照, 本条例 or a quotation mark (内蒙古 2022 修改决定: "……作如下修改：一、……条例
 * （一）将第一条 修改为：“……"). `last` is the number of the last article read before the line.
 */
function splitRunInArticles(
  text: string,
  last: number,
): { parts: string[]; last: number; midSentence: Set<number> } {
  const parts: string[] = [];
  const midSentence = new Set<number>();
  let rest = text;
  for (;;) {
    const lead = ARTICLE.exec(rest);
    if (lead && lead[2] === undefined) {
      const num = readNumeral(lead[1] ?? '').num;
      if (num !== null) last = num;
    }
    const label = `第${formatChineseNumeral(last + 1)}条`;
    let at = -1;
    for (let i = rest.indexOf(label, 1); i > 0; i = rest.indexOf(label, i + 1)) {
      const before = rest.slice(0, i);
      const after = rest.slice(i + label.length);
      if (!/^[\s\u3000]/.test(after)) continue;
      // A label that is cited (将第一条 修改为：, 第三条 中的) never begins an article.
      if (CITES_AFTER.test(cleanText(after))) continue;
      if (
        RUN_IN_AFTER.test(before) ||
        (last === 0 &&
          !lead &&
          !CITES_BEFORE.test(before) &&
          !CITES_MID_BEFORE.test(before) &&
          !/[“"]$/.test(before))
      ) {
        at = i;
        break;
      }
      if (
        last > 0 &&
        /[\p{Script=Han}0-9０-９]$/u.test(before) &&
        !CITES_MID_BEFORE.test(before) &&
        !CITES_MID_AFTER.test(cleanText(after)) &&
        /[。；;]/.test(after)
      ) {
        at = i;
        midSentence.add(parts.length + 1);
        break;
      }
    }
    if (at < 0) break;
    parts.push(cleanText(rest.slice(0, at)));
    rest = rest.slice(at);
    last += 1;
  }
  parts.push(rest);
  return { parts, last, midSentence };
}

/**
 * Whether the text lost its line breaks: a line (or a heading glued to its first article) holds
 * the next article run on after a full stop and a space (宜春 2020: "……职业道德、家庭美德、个人品德
 * 建设。 第九条 倡导……"). In such a text a full stop and a space inside an article's own line
 * is a lost paragraph break too; elsewhere it is only a space.
 */
function runsArticlesOn(blocks: readonly Block[]): boolean {
  const shows = (text: string, last: number): boolean => {
    if (!/[。；;][\s\u3000]+第/.test(text)) return false;
    const split = splitRunInArticles(text, last);
    return split.parts.some((_, i) => i > 0 && !split.midSentence.has(i));
  };
  for (const block of blocks) {
    if (block.type === 'heading') {
      const glued = splitHeadingArticle(cleanText(dropLiteralBold(block.text)));
      if (glued && shows(glued.article, glued.num - 1)) return true;
    } else if (block.type === 'paragraph') {
      for (const l of block.lines) {
        const text = cleanText(dropLiteralBold(l.text));
        if (ARTICLE.test(text) && shows(text, 0)) return true;
      }
    }
  }
  return false;
}

/**
 * The paragraphs of an article run on in a line that lost its line breaks (天津 2006 预算审查监督
 * 条例, the whole body on one line: "第三条 ……对预算进行审查监督。 市人大常委会财经预算工作委员会
 * ……"): split after a full stop followed by a space (half or full width) and a new sentence.
 * Before the article's first item （一）, and after its list past the paragraph run on after the
 * last item: that one, and text among the items, is the builder's to place.
 * Called only for lines whose articles were run on too, where a space after 。 is a lost break.
 */
function splitRunInParagraphs(text: string): string[] {
  const items = text.search(/[（(]一[）)]/);
  const limit = items < 0 ? text.length : items;
  // A paragraph may begin with a book title as well (大同 2019 体育市场管理办法 第十条: "……不得从事
  // 体育经营活动。 《体育经营许可证》实行年度审验制度。 《体育经营许可证》不得涂改……").
  const ends = [...text.matchAll(/[。！？!?][”’」』]?[\s\u3000]+(?=[\p{Script=Han}“《])/gu)].map(
    (m) => m.index + m[0].length,
  );
  // After the list, past the first paragraph run on after its last item (left to the tree, which
  // splits it off the item only when it is no sentence of the item's own, statementAfterItems),
  // the further paragraphs are split too (大同 2019 第六条: "……（五）……依法查处违法行为。 市体育
  // 行政部门……发放。 县（区）体育行政部门……初审。 市场监督管理……工作。").
  const lastLabel = [...text.matchAll(/[（(][一二三四五六七八九十百]+[）)]/g)].at(-1)?.index ?? -1;
  const afterList = ends.find((at) => at > lastLabel) ?? text.length;
  const cuts = ends.filter((at) => at < limit || (items >= 0 && at > afterList));
  return [0, ...cuts]
    .map((c, k) => cleanText(text.slice(c, cuts[k] ?? text.length)))
    .filter((p) => p !== '');
}

/** Where a run-in point may begin: after the end of a sentence (also inside quotes), and spaces. */
const POINT_RUN_IN_AFTER = /[。；;][”’」』]?[\s\u3000]*$/;
/** Where the first run-in point may begin: after the colon or the space ending an introduction
 * (作如下决定：一、 / 作如下决定 一、), or after the end of a sentence. */
const FIRST_POINT_AFTER = /(?:[。；;：:][”’」』]?[\s\u3000]*|[^\s\u3000][\s\u3000]+)$/;

/**
 * A line of a text of points, before any article, led by one article label other than 第一条 and
 * holding no other article (南宁 2021 修改决定: "……（七）" / "第三十四条 增加一款……。 九、对《……》
 * 作出修改 ……"): the label cites the article the point amends, and the tree reads the line as
 * the point's text, so it begins no articles and the points run on after it are still points.
 */
function amendsArticleInPoint(
  split: { parts: string[]; last: number },
  last: number,
  lastPoint: number,
): boolean {
  return last === 0 && lastPoint > 0 && split.parts.length === 1 && split.last > 1;
}

/**
 * A line holding a text's numbered points run on in one paragraph, as decisions exported from
 * the national database have them (天津 2019: "……作如下决定：一、在本市……。二、在本市……"): split
 * before each point 二、三、… that is the next in sequence and stands after the end of a
 * sentence. A first point 一、 inside the line is split off only after the colon or space ending
 * an introduction, and only when 二、 follows it in sequence (on this line or as the next line),
 * since 一、 also occurs inside sentences (进行一、两次检查). `last` is the number of the last
 * point read before the line; `next` is the next line of the paragraph.
 */
function splitRunInPoints(
  text: string,
  last: number,
  next: string,
): { parts: string[]; last: number } {
  const lead = NUMBERED.exec(text);
  const leadNum = lead ? parseChineseNumeral(lead[1] ?? '') : null;
  if (leadNum !== null) last = leadNum;
  const cuts: number[] = [];
  let from = lead ? lead[0].length : 0;
  let n = last;
  for (;;) {
    const label = `${formatChineseNumeral(n + 1)}、`;
    let at = -1;
    for (let i = text.indexOf(label, Math.max(from, 1)); i > 0; i = text.indexOf(label, i + 1)) {
      const before = text.slice(0, i);
      if ((n === 0 ? FIRST_POINT_AFTER : POINT_RUN_IN_AFTER).test(before)) {
        at = i;
        break;
      }
    }
    if (at < 0) break;
    cuts.push(at);
    from = at + label.length;
    n += 1;
  }
  // A first point without its second is no run of points: 一、 inside a sentence.
  if (last === 0 && cuts.length === 1 && !next.startsWith('二、') && next !== '（一）')
    return { parts: [text], last };
  if (cuts.length === 0) return { parts: [text], last };
  const parts = cuts.map((c, i) => cleanText(text.slice(i === 0 ? 0 : cuts[i - 1], c)));
  parts.push(...splitClosing(text.slice(cuts.at(-1))));
  return { parts: parts.filter((p) => p !== ''), last: n };
}

/**
 * The last of points run on in one paragraph with the decision's closing sentences run on after
 * it (乌鲁木齐 2022 修改决定: "八、删去第四十三条 。同时，对个别文字作了修改。本决定自公布之日起施行。
 * 《……》根据本决定作相应修改……，重新公布。"): the point, then each closing sentence, when every
 * sentence after the point's own is one and one of them is the commencement. Else the text.
 */
function splitClosing(text: string): string[] {
  // A quotation's closing mark goes with its full stop; an item （四） or a quotation is no
  // closing sentence (内蒙古 2022: "……不得超过20万元。”（四）条文顺序作相应调整。").
  const sentences = text.match(/[^。]*。[”’」』]?|[^。]+$/g) ?? [];
  const closes = (t: string) => !/^[（(“"「『]/.test(t) && isClosingSentence(t);
  let k = sentences.length;
  while (k > 1 && closes(cleanText(sentences[k - 1] ?? ''))) k--;
  const tail = sentences.slice(k).map(cleanText);
  if (tail.length === 0 || !tail.some((t) => CLOSING.test(t))) return [text];
  return [cleanText(sentences.slice(0, k).join('')), ...tail];
}

/**
 * A first item label （一） left at the end of a line after a point's caption (海西 2021: "……
 * 决定：一、对《……条例》作出修改（一）" / "第二条 增加一款……"): the caption 一、…… (or 二、…… after a
 * sentence) has no closing punctuation, and the item's text is the next line.
 */
const DANGLING_FIRST_ITEM =
  /(?<=(?:^|[。；;：:][”’」』]?)[〇零一二两三四五六七八九十百]+[、．.][^。；;：:！？!?]{1,80})[（(]一[）)]$/;

/**
 * A line of a text of points that begins with an item （一） and runs the next items on after it
 * (海西 2021: "（一）第二条 增加一款……。”（二）将第二条 、第十二条 中的……。（三）……"): split before
 * each next item in sequence that stands after the end of a sentence. A closing sentence of the
 * decision run on after the last item (……依法给予处分”。本决定自公布之日起施行。《……》……重新
 * 公布。) is split off too. A line with no second item in sequence is left as it is.
 */
function splitRunInItems(text: string, after = 0): string[] {
  if (after === 0 && !/^[（(]一[）)]/.test(text)) return [text];
  const cuts: number[] = [];
  for (let n = after === 0 ? 2 : after + 1; ; n++) {
    const label = new RegExp(`[（(]${formatChineseNumeral(n)}[）)]`, 'g');
    label.lastIndex = (cuts.at(-1) ?? 0) + 1;
    let at = -1;
    for (let m = label.exec(text); m; m = label.exec(text)) {
      if (POINT_RUN_IN_AFTER.test(text.slice(0, m.index))) {
        at = m.index;
        break;
      }
    }
    if (at < 0) break;
    cuts.push(at);
  }
  if (cuts.length === 0) return [text];
  const parts = [0, ...cuts].map((c, k) => cleanText(text.slice(c, cuts[k] ?? text.length)));
  const lastPart = parts.pop()!;
  const closing =
    /(?<=[。；;][”’」』]?)本(?:决定|规定|办法)自[^。；]{1,40}(?:施行|生效|执行)。/.exec(lastPart);
  const tail = closing ? lastPart.slice(closing.index) : '';
  const sentences = tail.match(/[^。]+。/g) ?? [];
  if (closing && sentences.join('') === tail && sentences.every(isClosingSentence))
    parts.push(cleanText(lastPart.slice(0, closing.index)), ...sentences);
  else parts.push(lastPart);
  return parts;
}

/**
 * A division heading that is text of a decision's point, not a heading (内蒙古 2022 修改决定: the
 * converter made "## 第四章 章名修改为“土地承包经营权……”。（十五）增加一条……" of a quoted 第四章):
 * its text goes on with 章名修改为, 修改为, 增加, 删去 or 中的, or quotes (“), or, in a text of
 * points without articles, holds a sentence's punctuation. Not a heading with its first article
 * glued on, whose article may quote anything. Returns its label, or null.
 */
function quotedDivision(text: string, inPoints: boolean): string | null {
  const m =
    /^(第[\s\u3000]*[^\s\u3000条條]+?[\s\u3000]*(?:分[编編]|[编編章节節]))[\s\u3000]*(.*)$/.exec(
      cleanText(text),
    );
  // A heading with its first article glued on (第六章 附则第五十七条 ……) is a heading.
  if (!m || splitHeadingArticle(cleanText(text))) return null;
  const rest = m[2] ?? '';
  const quoted =
    /^(?:[编編章节節]名|标题)?(?:修改为|改为|增加|删去|中的)/.test(rest) ||
    /[“”]/.test(rest) ||
    (inPoints && /[。；;，,：:]/.test(rest));
  return quoted ? squeeze(m[1] ?? '') : null;
}

/**
 * A division heading with no title, or only a joining word (和, 及, 与, 或者, 至, 、), as the
 * converter made of a division named in a point's sentence (天津 2021 修改决定: "十、将" /
 * "## 第三章 和" / "## 第四章 合并为一章，……"). Returns its label, or null.
 */
function brokenDivision(text: string): string | null {
  const m = DIVISION.exec(normaliseHeading(cleanText(text)));
  if (!m || !/^(?:和|及|以及|与|或者?|至|、)?$/.test(normaliseHeading(m[3] ?? ''))) return null;
  return squeeze(`第${m[1] ?? ''}${m[2] ?? ''}`);
}

/**
 * A point whose caption runs its items on without a colon (内蒙古 2022 修改决定: "一、内蒙古自治区
 * 动物防疫条例（一）将第一条 修改为：“……。”（二）将第三条 修改为：“……"): the caption up to its
 * （一）, then the items, when （二） follows in sequence after the end of a sentence
 * (splitRunInItems). The caption is a title, no sentence: no punctuation but 、 and brackets.
 * A point with one item, or none, is left as it is, and so is a caption
 * spaced from its （一） (三、办理程序 （一）……), which the builder splits (point-caption-items).
 */
function splitCaptionItems(text: string, lastItem: number): string[] {
  // The rest of a point's line whose items went on from the line before: its next items.
  if (lastItem > 0 && !NUMBERED.test(text) && !POINT.test(text))
    return splitRunInItems(text, lastItem);
  const caption =
    /^[〇零一二两三四五六七八九十百]+[、．.][^。；;，,：:！？!?“”]{0,79}?[^\s\u3000。；;，,：:！？!?“”](?=[（(]一[）)])/.exec(
      text,
    );
  if (!caption) return splitRunInItems(text);
  const run = splitRunInItems(text.slice(caption[0].length));
  return run.length < 2 ? [text] : [cleanText(caption[0]), ...run];
}

/**
 * A Chinese numeral read leniently: a dash inside stands for 一 (第三十－条 is 第三十一条).
 * @example
 * readNumeral('三十－') // { num: 31, typo: true }
 */
/** A heading whose 第X章 became a list number: "1.  总 则", "3．市人民代表大会常务委员会立法程序". */
const LISTED_CHAPTER = /^(\d{1,2})[.．][\s\u3000]*(\S.*)$/;

/** A heading's words without spaces, to compare a 目录 entry's title with the body's. */
function headingKey(text: string): string {
  return normaliseHeading(text).replace(/[\s\u3000]/g, '');
}

/**
 * The chapters of a 目录 whose body writes each chapter heading with a list number where
 * 第X章 stood (商洛 2016 制定地方性法规条例: "1.  总 则" after 目录 第一章 总则 … 第八章 附则), or
 * null: the entries are 第一章 to 第N章 in sequence, N two or more, and the line that ended the
 * 目录 is "1." with the first entry's title.
 */
function listedChapters(
  entries: readonly { text: string }[],
  ending: string,
): { num: number; label: string; heading: string }[] | null {
  const chapters = tocChapters(entries);
  if (!chapters) return null;
  const first = LISTED_CHAPTER.exec(ending.trim());
  if (first?.[1] !== '1' || headingKey(first[2] ?? '') !== headingKey(chapters[0]!.heading))
    return null;
  return chapters;
}

/** A 目录 of two or more chapters, 第一章 to 第N章 in order, each with a title: the chapters, or
 * null. */
function tocChapters(
  entries: readonly { text: string }[],
): { num: number; label: string; heading: string }[] | null {
  if (entries.length < 2) return null;
  const chapters = entries.map((e, k) => {
    const m = DIVISION.exec(normaliseHeading(tocEntryText(e.text)));
    const num = m?.[2] === '章' ? readNumeral(m[1] ?? '').num : null;
    return num === k + 1
      ? { num, label: squeeze(`第${m?.[1] ?? ''}章`), heading: normaliseHeading(m?.[3] ?? '') }
      : null;
  });
  if (chapters.some((c) => c === null || c.heading === '')) return null;
  return chapters as { num: number; label: string; heading: string }[];
}

/**
 * A 目录 entry's key, to know the body's first heading when it comes: its words without spaces
 * and its division's number as a number, so the body's 第1章　总　则 ends a 目录 that began
 * 第一章　总则 (丽水 2019 大窑龙泉窑遗址保护条例, whose headings are written 第1章…第5章).
 */
function tocKey(bare: string): string {
  return normaliseHeading(bare)
    .replace(/\s/g, '')
    .replace(/^第([^编章节]{1,8})([编章节])/u, (all, n: string, kind: string) => {
      const num = parseChineseNumeral(toHalfWidthDigits(n));
      return num === null ? all : `第${num}${kind}`;
    });
}

/**
 * A quotation right after the line 目录 whose every line is a 目录 entry, a division heading
 * (宁夏 2020 人口与计划生育条例: "目 录" / "> 第一章 总则" / ">" / "> 第二章 保障措施" …): the
 * converter's indent of the 目录's entries, to be read line by line as entries written plainly.
 */
function quotedToc(source: Block, prev: Item | undefined): boolean {
  if (source.type !== 'quote' || prev?.type !== 'line' || !TOC.test(normaliseHeading(prev.text)))
    return false;
  const lines = source.lines.map((l) => tocEntryText(cleanText(l.text)));
  return (
    lines.length >= 2 &&
    lines.every((l) => DIVISION_LINE.test(l) || TOC_ENTRY_WITH_PARTS.test(l)) &&
    lines.some((l) => /^第\S{1,8}?[编章]/.test(squeeze(l)))
  );
}

/** A quotation whose first line is the article after the last one read, after a line that does
 * not end with a colon (which would introduce a quotation). */
function quotesNextArticle(
  lines: readonly SourceLine[],
  last: number,
  prev: Item | undefined,
): boolean {
  if (last === 0 || prev?.type !== 'line' || /[：:]$/.test(prev.text)) return false;
  const m = ARTICLE.exec(cleanText(lines[0]?.text ?? ''));
  if (!m || m[2] !== undefined) return false;
  return parseChineseNumeral(toHalfWidthDigits(m[1] ?? '')) === last + 1;
}

function readNumeral(raw: string): { num: number | null; typo: boolean } {
  const text = squeeze(raw);
  const exact = parseChineseNumeral(text);
  if (exact !== null) return { num: exact, typo: false };
  const mended = text.replace(new RegExp(`[${DASHES}]`, 'g'), '一');
  return { num: mended === text ? null : parseChineseNumeral(mended), typo: true };
}

export function buildChineseTree(blocks: Block[], sink: ProblemSink): BuiltTree {
  return new ChineseTreeBuilder(blocks, sink).build();
}

/**
 * The reading state of one Chinese text: the open division, article, paragraph and item that
 * the next line may continue, and one method per kind of line.
 */
/**
 * A line that opens an article, a numbered point or item, or an attachment: what a document's
 * trailing matter (a distribution block, a web page's footer) comes after, never before.
 */
function opensClauseOrAnnex(text: string): boolean {
  return ARTICLE.test(text) || NUMBERED.test(text) || POINT.test(text) || ANNEX.test(text);
}

class ChineseTreeBuilder {
  private readonly out: BuiltTree = { title: '', preamble: [], nodes: [], conclusions: [] };
  private readonly items: Item[];
  private readonly hasInfoEnd: boolean;
  private readonly sink: ProblemSink;
  private inFront = true;
  private readonly divisions: { node: ClauseNode; level: number }[] = [];
  private article: ClauseNode | null = null;
  private paragraph: ClauseNode | null = null;
  private point: ClauseNode | null = null;
  /** A numbered point 一、 standing outside any article (decisions, replies). */
  private loosePoint: ClauseNode | null = null;
  /** Items whose first line is a caption (一级保护区内): the lines after it are their text. */
  private readonly captioned = new WeakSet<ClauseNode>();
  /** The paragraphs read as items' continuations (item-continued), by the paragraph holding the items. */
  private readonly continuations = new WeakMap<ClauseNode, string[]>();
  private annex: ClauseNode | null = null;
  /** A list of the attachments after the last clause (附件：1．…… / 2．……), or null. */
  private annexIndex: ClauseNode | null = null;
  /** The annex opened by the title of a table (openTableAnnex), if the current one is. */
  private tableAnnex: ClauseNode | null = null;
  /** The annex after a decision's points holds a whole text of articles (the text republished):
   * from its first article on, lines are read as that text's articles, inside the annex. */
  private annexArticles: 'no' | 'maybe' | 'yes' = 'no';
  /** The annex holding the text a decision approves (approvedText), once read. */
  private approvedAnnex: ClauseNode | null = null;
  /** Set once that approved text's articles are over: its own attachments go in its annex. */
  private approvedHome: ClauseNode | null = null;
  /** The index of the history note of a second text printed on after the first, or null. */
  private appendedHistoryAt: number | null = null;
  /** How deep the quotations opened in a decision's points are, before any article (readInPointQuote). */
  private pointQuote = 0;
  /** The item whose quotation holds quoted articles, while that quotation is open. */
  private quotedHolder: ClauseNode | null = null;
  /** The sub-point 1. holding quoted new items of the law it amends, and the last one's number. */
  private quotedItems: { holder: ClauseNode; num: number } | null = null;
  /** Paragraphs after a point's items that speak of them as a whole (summarisesItems). */
  private readonly summaries = new WeakSet<ClauseNode>();
  /** The decision's closing paragraphs, standing apart after its points. */
  private readonly closings = new WeakSet<ClauseNode>();
  /** An article whose closing colon introduced quoted articles (an amendment's new text). */
  private quoting: ClauseNode | null = null;
  /** How many preamble lines came before the body began (after `<!-- INFO END -->`). */
  private preambleAtBody: number | null = null;
  /** The preamble's length after a title's last line read as 第X条 (continuesTitle), or null. */
  private titleTailAt: number | null = null;
  private lastArticle: { num: number; sub: number } = { num: 0, sub: 0 };
  /** A 目录 of chapters whose headings the body lost (tocBeforeFirstArticle): the chapters not
   * yet opened, in order, and whether the 目录 being read is one. */
  private lostChapters: { num: number; label: string; heading: string; line: number }[] = [];
  private tocOfLostChapters = false;
  /** A 目录 of chapters whose body headings kept only a list number for 第X章 (listedChapters
   * in readToc): the chapters not yet opened. */
  private listedChapters: { num: number; label: string; heading: string }[] = [];
  /** The chapters of a 目录 that the body's first heading ended (tocChapters), for a single
   * heading whose 第X章 became a list number (readListedChapter). */
  private tocListed: { num: number; label: string; heading: string }[] = [];
  /** The source line of the item read before the current one (a dropped page header between
   * them is not one). */
  private previousLine = 0;
  private articleCount = 0;
  /** The division heading just read, while nothing else has followed it. */
  private freshDivision: ClauseNode | null = null;
  /** The index of a heading already read as the rest of the sentence a heading before it began. */
  private joinedHeadingAt: number | null = null;
  /** Where the text a division holds outside any article began. */
  private readonly divisionTextLine = new Map<ClauseNode, number>();
  /** An open table of contents: its first line, the entries seen, and its first entry. */
  private toc: {
    line: number;
    entries: { text: string; line: number; index: number }[];
    first: string | null;
  } | null = null;

  /** Item indexes [from, to) of articles another act's, quoted before a text's points. */
  private readonly quotedBeforePoints: [number, number] | null;
  /** The item index where a web page's footer begins after the last clause, or null. */
  private readonly footerAt: number | null;
  private readonly signatureAt: number | null;
  private readonly colophonAt: number | null;

  constructor(blocks: Block[], sink: ProblemSink) {
    this.items = splitGluedSecondTitle(itemsOf(blocks, sink));
    this.hasInfoEnd = this.items.some((b) => b.type === 'info-end');
    this.sink = sink;
    this.quotedBeforePoints = this.findQuotedBeforePoints();
    this.footerAt = this.findPageFooter();
    this.colophonAt = this.footerAt === null ? this.findColophon() : null;
    this.signatureAt =
      this.footerAt !== null
        ? null
        : this.colophonAt === null
          ? this.findSignature()
          : this.signatureBefore(this.colophonAt);
  }

  /**
   * Where the signature over a distribution block begins (最高人民检察院 2019 批复 of 非药用类麻醉
   * 药品: "此复。" / "最 高 人 民 检 察 院" / "2019年4月29日" / "（此件发至县级人民检察院）" /
   * "抄送：……"): an issuing body's name and a date alone on their lines right before the block,
   * a note in brackets between them and the block at most, some text before the name. null if
   * none.
   */
  private signatureBefore(end: number): number | null {
    const lines = this.items
      .slice(0, end)
      .flatMap((it, k) => (it.type === 'info-end' ? [] : [{ text: squeeze(it.text), k }]));
    if (lines.length > 0 && /^[（(][^（()）]+[）)]$/.test(lines.at(-1)!.text)) lines.pop();
    const date = lines.at(-1);
    const issuer = lines.at(-2);
    if (!date || !issuer || lines.length < 3) return null;
    if (!SIGNATURE_DATE.test(date.text) || !ISSUER.test(issuer.text)) return null;
    return issuer.k;
  }

  /**
   * Where the signature of a reply or notice begins (最高人民检察院 2022 审查起诉期限批复:
   * "……重新计算。" / "此复。" / "最高人民检察院" / "2022年11月15日"): the text's last two lines are
   * an issuing body's name and a date alone, after the last article or point or after an
   * unnumbered body, with no attachment before them (an attached request keeps its own
   * signature). They are the document's, no clause's text. null if none.
   */
  private findSignature(): number | null {
    const lines = this.items.flatMap((it, k) => (it.type === 'info-end' ? [] : [{ it, k }]));
    const date = lines.at(-1);
    if (!date) return null;
    // The body's name and the date run together on the last line (中国人民银行 2000 助学贷款管理办法:
    // "……提高助学贷款的使用效益。" / "中国人民银行二〇〇年八月二十六日", a 〇 of the year lost).
    const together = SIGNATURE_RUN_TOGETHER.test(squeeze(date.it.text));
    const body = together ? date : lines.at(-2);
    if (!together) {
      if (!body || !SIGNATURE_DATE.test(squeeze(date.it.text))) return null;
      if (!ISSUER.test(squeeze(body.it.text))) return null;
    }
    if (!body) return null;
    const before = lines.slice(0, together ? -1 : -2);
    if (before.length === 0 || before.some(({ it }) => ANNEX.test(normaliseHeading(it.text))))
      return null;
    return body.k;
  }

  /**
   * Where an official document's distribution block (版记) begins (人民检察院检察委员会工作规则 2020:
   * "……同时废止。" / "主送：各级人民检察院。" / "抄送：中央政法委，……；" / "最高人民检察院办公厅
   * 2020年8月3日印发" / "最高人民检察院" / "高检发释字〔2020〕3号"): its first line 主送： or 抄送：
   * after the last article or point, with no article, point or attachment after it. The lines from
   * there on are the document's, not the last article's paragraphs. null if none.
   */
  private findColophon(): number | null {
    let at: number | null = null;
    let clause = false;
    this.items.forEach((it, k) => {
      if (it.type === 'info-end') return;
      const text = it.text;
      if (opensClauseOrAnnex(text)) {
        clause = true;
        at = null;
      } else if (
        at === null &&
        COLOPHON.test(squeeze(text)) &&
        // A body without numbers (a reply): the block follows the signature.
        (clause || this.signatureBefore(k) !== null)
      )
        at = k;
    });
    return at;
  }

  /**
   * Where a web page's footer begins (责任编辑：…, 分享到, 打印本页, PAGE_FOOTER): its first line
   * after an article or a point, with no article, point, item or attachment after it. The lines
   * from there on are the page's, not the last article's paragraphs.
   */
  private findPageFooter(): number | null {
    let clause = false;
    let at: number | null = null;
    let lastClause = -1;
    this.items.forEach((it, k) => {
      if (it.type === 'info-end') return;
      const text = it.text;
      if (opensClauseOrAnnex(text)) {
        clause = true;
        at = null;
        lastClause = k;
      } else if (clause && at === null && PAGE_FOOTER.test(squeeze(text))) at = k;
    });
    // A footer without an editor's credit (最高人民法院网 2010 意见: "全国人民法庭信息网 |
    // 人民法院诉讼资产网 地址：…" / "中华人民共和国最高人民法院 版权所有" / "京公网安备…号 |
    // 京ICP备…号"): the text's last lines after its last clause are all a site's lines (links
    // between "|", its address, its copyright, its registration), one of them its copyright or
    // registration.
    let from = this.items.length;
    while (from - 1 > lastClause) {
      const it = this.items[from - 1];
      if (!it || it.type === 'info-end' || !SITE_FOOTER_LINE.test(squeeze(it.text))) break;
      from--;
    }
    const site = this.items
      .slice(from)
      .some((it) => it.type !== 'info-end' && SITE_MARK.test(it.text));
    if (lastClause >= 0 && from < this.items.length && site) at = Math.min(at ?? from, from);
    return at;
  }

  /**
   * Articles of another act quoted before a text of points (1984 解答 of 集团犯罪: "《中华人民共和国
   * 刑法》……的有关条文：" / 第二十二条 ……, then its questions 一、 to 五、): the first article line
   * follows a line ending with a colon and is not 第一条, a point 一、 follows the articles after
   * a full sentence, and no article line comes after that point. Those lines are the text's
   * front matter, not its articles; the range runs from the first article to the point.
   */
  private findQuotedBeforePoints(): [number, number] | null {
    const text = (k: number) => {
      const it = this.items[k];
      return it && it.type !== 'info-end' ? it.text : null;
    };
    const from = this.items.findIndex(
      (it) => it.type !== 'info-end' && this.articleNumber(it.text) !== null,
    );
    if (from < 0) return null;
    const first = this.articleNumber(text(from) ?? '');
    let before = from - 1;
    while (before >= 0 && text(before) === null) before--;
    const intro = text(before) ?? '';
    if (!first || first.num <= 1 || !/[：:]$/.test(intro) || this.articleNumber(intro)) return null;
    let to = -1;
    for (let k = from + 1; k < this.items.length; k++) {
      const t = text(k);
      if (t === null) continue;
      const m = NUMBERED.exec(t);
      if (to < 0 && m && parseChineseNumeral(m[1] ?? '') === 1) {
        let prev = k - 1;
        while (prev >= 0 && text(prev) === null) prev--;
        if (!/[。！？!?]$/.test(text(prev) ?? '')) return null;
        to = k;
      } else if (to >= 0 && this.articleNumber(t)) return null;
    }
    return to < 0 ? null : [from, to];
  }

  /**
   * Where the body of a reply or notice without numbers begins in a text without
   * `<!-- INFO END -->`: at its addressee (山东省人民检察院：), the last line that names bodies and
   * ends with a colon, with a sentence after it (……收悉。经研究，批复如下：); what stands before it (the 公告, the title again,
   * the date of adoption, the document number) is front matter. null if there is none.
   */
  private unnumberedReplyAt(): number | null {
    const lines = this.out.preamble;
    for (let k = lines.length - 2; k >= 0; k--)
      if (
        isAddressee(lines[k]!) &&
        !isAddressee(lines[k + 1]!) &&
        /[。！？!?：:]$/.test(squeeze(lines[k + 1]!))
      )
        return k;
    return null;
  }

  /**
   * Where the body of a text without numbers and without an addressee begins in a text without
   * `<!-- INFO END -->` (全国人大常委会 2005 关于《香港特别行政区基本法》第五十三条第二款的解释: the
   * title again, the adoption, "……审议了国务院……的议案。……作如下解释：", two paragraphs that
   * interpret, "现予公告。"): right after the last sentence ending with 如下： or 如下 and a word
   * or two (作如下解释：, 解释如下：, 作如下修改：), which enacts the text and closes its front
   * matter, when every line after it ends a sentence. null if there is none.
   */
  private enactedBodyAt(): number | null {
    const lines = this.out.preamble;
    const at = lines.findLastIndex((l) => /如下[^。；;，,：:]{0,4}[：:]$/.test(squeeze(l)));
    if (at < 0 || at === lines.length - 1) return null;
    return lines.slice(at + 1).every((l) => ENDS_SENTENCE.test(squeeze(l))) ? at + 1 : null;
  }

  private container() {
    return this.divisions.at(-1)?.node.children ?? this.out.nodes;
  }
  private startBody() {
    this.inFront = false;
    this.preambleAtBody ??= this.out.preamble.length;
  }
  private closeUnits() {
    this.article = this.paragraph = this.point = this.loosePoint = null;
  }

  private pushDivision(division: ClauseNode, level: number) {
    while (this.divisions.length > 0 && this.divisions.at(-1)!.level >= level) this.divisions.pop();
    this.container().push(division);
    this.divisions.push({ node: division, level });
    this.closeUnits();
    this.freshDivision = division;
  }

  /** The number of the next division of a kind in the current container. */
  private nextNumber(kind: ClauseKind, level: number) {
    const open = [...this.divisions];
    while ((open.at(-1)?.level ?? 0) >= level) open.pop();
    const siblings = open.at(-1)?.node.children ?? this.out.nodes;
    return (siblings.filter((s) => s.kind === kind).at(-1)?.num ?? 0) + 1;
  }

  private openDivision(text: string, line: number): boolean {
    const m = DIVISION.exec(normaliseHeading(text));
    if (!m) return false;
    const [, numeral = '', type = '章', rest = ''] = m;
    const { kind, level } = DIVISION_LEVEL[type] ?? { kind: 'chapter', level: 2 };
    const read = readNumeral(numeral);
    let num = read.num;
    const written = squeeze(`第${numeral}${type}`);
    if (num === null) {
      num = this.nextNumber(kind, level);
      this.sink.warning('invalid-number', line, {
        text: `${written}${normaliseHeading(rest)}`,
        read: `第${formatChineseNumeral(num)}${type}`,
      });
    } else if (read.typo) {
      this.sink.warning('numeral-typo', line, {
        text: written,
        read: `第${formatChineseNumeral(num)}${type}`,
      });
    }
    // A chapter the body does write ends the wait for the 目录's chapters up to it.
    if (kind === 'chapter') this.lostChapters = this.lostChapters.filter((c) => c.num > num);
    this.pushDivision(
      node(kind, line, {
        num,
        label: `第${toHalfWidthDigits(squeeze(numeral))}${type}`,
        heading: normaliseHeading(rest),
      }),
      level,
    );
    return true;
  }

  /** A chapter title without its number (总　则, 附则): a chapter numbered after the one before. */
  private openBareDivision(
    text: string,
    line: number,
    code: 'division-unnumbered' | 'unknown-heading',
    numbered?: number,
  ) {
    // In a text divided into 编, a bare 附则 stands beside the 编 (as in 民法典), not in the last one.
    // (An annex holding a text of articles stands at level 0 and is no 编.)
    const level = Math.min(2, this.divisions.find((d) => d.level > 0)?.level ?? 2);
    const num = numbered ?? this.nextNumber('chapter', level);
    this.pushDivision(node('chapter', line, { num, heading: normaliseHeading(text) }), level);
    if (code === 'unknown-heading') this.sink.warning('unknown-heading', line, { text });
    else if (level < 2) this.sink.warning('division-unnumbered-top', line, { text });
    else
      this.sink.warning('division-unnumbered', line, {
        text,
        read: `第${formatChineseNumeral(num)}章`,
      });
  }

  /**
   * A judicial interpretation's heading 一、一般规定 (a chapter, or a section inside a 第X章),
   * or its second-level heading （一）登记的效力 (a section inside a chapter, else a chapter).
   */
  private openNumberedHeading(
    line: number,
    numeral: string,
    rest: string,
    style: 'numbered' | 'bracket',
  ) {
    const inChapter =
      style === 'numbered'
        ? this.divisions.some((d) => d.level === 2 && d.node.label.startsWith('第'))
        : this.divisions.some((d) => d.level === 2 && !/^[（(]/.test(d.node.label));
    const { kind, level } = inChapter
      ? { kind: 'section' as const, level: 3 }
      : { kind: 'chapter' as const, level: 2 };
    const num = parseChineseNumeral(numeral) ?? this.nextNumber(kind, level);
    const label = style === 'numbered' ? `${numeral}、` : `（${numeral}）`;
    if (kind === 'chapter' && style === 'numbered') this.promoteTextPoints(num);
    this.pushDivision(node(kind, line, { num, label, heading: normaliseHeading(rest) }), level);
  }

  /**
   * The headings 一、 before a heading 二、 that heads articles, read as points because they hold
   * only text (全国法院破产审判工作会议纪要 2018: "## 一、破产审判的总体要求" over paragraphs, then
   * "## 二、……" over 第一条): divisions like it, the caption their heading and the paragraphs
   * their text, not points numbered apart from the divisions that follow.
   */
  private promoteTextPoints(num: number) {
    if (this.divisions.length > 0 || this.articleCount > 0) return;
    const points = this.out.nodes.filter((n) => n.kind === 'point');
    if (
      points.length !== num - 1 ||
      points.length !== this.out.nodes.length ||
      !points.every((p, i) => p.num === i + 1 && /、$/.test(p.label) && p.children.length === 0)
    )
      return;
    const captions = points.map((p) => p.text.split('\n'));
    if (!captions.every(([c = '']) => SHORT_HEADING.test(c) && !ENDS_SENTENCE.test(c))) return;
    points.forEach((p, i) => {
      const [caption = '', ...body] = captions[i] ?? [];
      p.kind = 'chapter';
      p.heading = normaliseHeading(caption);
      p.text = body.join('\n');
      const first = body[0];
      if (!first) return;
      const at = this.items.find((it) => it.type !== 'info-end' && it.text === first)?.line;
      this.sink.warning('text-outside-article', at ?? p.line, { text: first });
    });
    this.loosePoint = null;
    this.point = null;
  }

  private readArticle(text: string, line: number, index: number): boolean {
    const m = ARTICLE.exec(text);
    if (!m) return false;
    const [whole, numeral = '', subNumeral] = m;
    const rest = text.slice(whole.length);
    const read = readNumeral(numeral);
    const sub = subNumeral === undefined ? null : parseChineseNumeral(squeeze(subNumeral));
    if (this.continuesSentence(read.num, sub, index)) return false;
    if (!SEPARATOR.test(rest)) {
      // 第十条规定的… at the start of a paragraph is a reference, unless it is the next article.
      const expected =
        sub === null
          ? read.num === this.lastArticle.num + 1
          : read.num === this.lastArticle.num && sub === this.lastArticle.sub + 1;
      if (!expected) return false;
    }
    // A decision's point "一、将第三条修改为：" quotes the new article: it stays the point's text.
    // Not when the next article in sequence follows before any other point: that is a whole
    // text of articles (a decision republishing the amended interpretation after 附：).
    if (
      this.loosePoint &&
      this.articleCount === 0 &&
      /[：:]$/.test((this.point ?? this.loosePoint).text) &&
      !(read.num !== null && sub === null && this.nextInSequenceFollows(index, read.num))
    )
      return false;
    if (this.amendsArticleInPoint(read.num, sub, line, index)) return false;
    let num = read.num;
    if (num === null || (subNumeral !== undefined && sub === null)) {
      num = this.lastArticle.num + 1;
      this.sink.warning('invalid-number', line, {
        text: squeeze(whole),
        read: `第${formatChineseNumeral(num)}条`,
      });
    } else if (read.typo) {
      this.sink.warning('numeral-typo', line, {
        text: squeeze(whole),
        read: `第${formatChineseNumeral(num)}条`,
      });
    }
    let body = rest.replace(/^[\s\u3000:：]+/, '');
    const again = ARTICLE.exec(body);
    if (
      again &&
      readNumeral(again[1] ?? '').num === read.num &&
      (again[2] === undefined ? null : parseChineseNumeral(squeeze(again[2]))) === sub &&
      !/^[\s\u3000]*[之、，,和及与至或规中所的款项修删改增]/.test(body.slice(again[0].length))
    ) {
      // The label written twice (兰州 2019 大气污染防治条例: "第一条 第一条为了……"): a copying
      // slip, no text of the article; an article citing itself (第二条规定的……) keeps its text.
      this.sink.warning('article-label-repeated', line, { label: squeeze(again[0]) });
      body = body.slice(again[0].length).replace(/^[\s\u3000:：]+/, '');
    }
    let heading = '';
    // The 条旨 of a draft: 【立法目的】, or typed with ASCII brackets, [立法目的], when short.
    const bracket =
      /^【([^】]*)】[\s\u3000]*/.exec(body) ??
      /^\[([^\]\s\u3000，。；：,.;:]{1,20})\][\s\u3000]*/.exec(body);
    if (bracket) {
      heading = normaliseHeading(bracket[1] ?? '');
      body = body.slice(bracket[0].length);
    }
    const label =
      read.typo || read.num === null
        ? `第${formatChineseNumeral(num)}条`
        : squeeze(toHalfWidthDigits(whole));
    if (this.lostChapters.length > 0 && sub === null) this.openLostChapter(num, line);
    else if (sub === null) this.openGluedLostChapter(num, line, index);
    const current = node('article', line, { num, subNum: sub, label, heading });
    this.paragraph = node('paragraph', line, { text: body });
    current.children.push(this.paragraph);
    this.point = this.loosePoint = null;
    this.container().push(current);
    this.article = current;
    this.lastArticle = { num, sub: sub ?? 0 };
    this.articleCount++;
    this.splitItemsAfterIntro(line);
    return true;
  }

  /**
   * A line 第X条 inside a decision's point that amends that article of the regulation the point
   * names (云南 2020 修改部分地方性法规的决定, point 八: "第十六条 增加一款，作为第三款“……”", then
   * "将第二十条……" and the rest of point 八): before any article of this text, after its points
   * 一、二、 have begun, numbered not 第一条 and not followed by the next article in sequence, it
   * begins no article of its own (a text's articles start at 第一条 or go on in sequence). It
   * stays the point's text, with a warning; the points after it stay points.
   */
  private amendsArticleInPoint(
    num: number | null,
    sub: number | null,
    line: number,
    index: number,
  ): boolean {
    if (!this.loosePoint || this.articleCount > 0 || num === null || num === 1 || sub !== null)
      return false;
    if (this.nextInSequenceFollows(index, num)) return false;
    this.sink.warning('article-in-point', line, {
      label: `第${formatChineseNumeral(num)}条`,
      point: this.loosePoint.label,
    });
    return true;
  }

  /**
   * Items run on after their introduction in one line (伊通 2003: "种子生产单位的职责是：（一）
   * 向生产基地提供…；（二）…"): when the paragraph just read has a colon followed by （一）, and
   * （二） follows after the end of a sentence, the items are split off it as items of the
   * paragraph (addPoint splits the rest). Not inside a quotation. The colon may be missing when
   * the words before （一） introduce a list (南京 2018 城市绿化条例 第十一条: "……其绿地率应当符合
   * 下列规定（一）城市新建居住区不得低于百分之三十；（二）……"): 下列……, 以下……, ……如下, ……包括;
   * 下列 may stand far before （一） (五峰 2018 农村公路条例 第二十三条: "进行下列涉路施工活动建设单位
   * 应当报经自治县交通运输行政主管部门同意（一）……"; 第三十六条: "……资金来源主要包括（一）……");
   * the 下列 sentence may go on past a comma when a space stands where its colon was (宜春 2020).
   */
  private splitItemsAfterIntro(line: number) {
    const target = this.paragraph;
    if (!target || target.children.length > 0) return;
    const m =
      /[：:][\s\u3000]*[（(]一[）)]/.exec(target.text) ??
      [...target.text.matchAll(/[（(]一[）)]/g)].find((f) =>
        INTRO_WITHOUT_COLON.test(target.text.slice(0, f.index)),
      ) ??
      [...target.text.matchAll(/(?<=\p{Script=Han})[（(]一[）)]/gu)].find((f) =>
        INTRO_ONE_OF_WITHOUT_COLON.test(target.text.slice(0, f.index)),
      ) ??
      [...target.text.matchAll(/。[\s\u3000]*[（(]一[）)]/g)].find((f) =>
        INTRO_WITH_FULL_STOP.test(target.text.slice(0, f.index)),
      ) ??
      [...target.text.matchAll(/(?<=[\s\u3000])[（(]一[）)](?![项項款])/g)].find((f) =>
        INTRO_CLAUSE_SPACED.test(target.text.slice(0, f.index)),
      );
    if (!m) {
      if (!this.splitItemsAfterSentence(line)) this.splitItemsFirstLabelLost(line);
      return;
    }
    // Not inside a quotation (修改为：“……下列规定：（一）……”): quoted text stays as written.
    const intro = target.text.slice(0, m.index);
    if ((intro.match(/[“「『]/g) ?? []).length > (intro.match(/[”」』]/g) ?? []).length) return;
    const rest = target.text.slice(m.index + m[0].length).replace(/^[\s\u3000]+/, '');
    // A full stop where the colon belongs announces the list as the colon does: the labels after
    // （一） may all stand bare (吉林 2003 城市规划管理条例 第四十八条: "……按下列规定确定采光系数。
    // （一）当夹角在0时，……新区为2（二）当夹角在15时，……").
    const colon = /^[：:。]/.test(m[0]);
    if (
      !/[；;。][\s\u3000]*[（(]二[）)]/.test(rest) &&
      !runOnLabelsMissingSeparator(rest, 1, colon)
    )
      return;
    target.text = target.text.slice(0, /^[：:。]/.test(m[0]) ? m.index + 1 : m.index).trimEnd();
    this.sink.warning('items-on-one-line', line, { label: '（一）' });
    this.addPoint(1, '（一）', rest, line, 'bracket', colon);
  }

  /**
   * Items run on after a finished sentence that does not announce them (四川 2021 《选举法》实施
   * 办法 第二十三条: "每一选民只能在一个选区进行登记。（一）机关……进行登记；（二）农村人口……；
   * （三）……；（四）……；（五）……。", its lines run together): no colon and no 下列 before （一）,
   * but （一） right after the sentence's full stop, then （二） and （三） each after a ；, make a
   * list. The items are split off the paragraph (addPoint splits the rest), with a warning; two
   * labels, or labels not each after a separator, stay text.
   */
  private splitItemsAfterSentence(line: number): boolean {
    const target = this.paragraph;
    if (!target || target.children.length > 0) return false;
    const m = /。[\s\u3000]*[（(]一[）)]/.exec(target.text);
    if (!m) return false;
    const intro = target.text.slice(0, m.index);
    if ((intro.match(/[“「『]/g) ?? []).length > (intro.match(/[”」』]/g) ?? []).length)
      return false;
    const rest = target.text.slice(m.index + m[0].length).replace(/^[\s\u3000]+/, '');
    const second = /[；;][\s\u3000]*[（(]二[）)]/.exec(rest);
    if (!second || !/[；;][\s\u3000]*[（(]三[）)]/.test(rest.slice(second.index))) return false;
    target.text = target.text.slice(0, m.index + 1);
    this.sink.warning('items-after-sentence', line, { label: '（一）' });
    this.addPoint(1, '（一）', rest, line, 'bracket', false);
    return true;
  }

  /**
   * Items run on after an introduction with the first item's label lost (吕梁 2022 停车条例
   * 第十九条: "……可以采用下列方式支持……：依法给予税费减免、土地供应等优惠措施；（二）允许……；
   * （三）……"): the introduction names what follows (下列, 以下, 如下) and ends with a colon, and
   * the next label, （二）, stands after a separator with no label before it. The text up to that
   * separator is item 1, its label missing, as on a line of its own; the items after are split
   * in sequence.
   */
  private splitItemsFirstLabelLost(line: number) {
    const target = this.paragraph;
    if (!target || target.children.length > 0) return;
    const colon = /[：:]/.exec(target.text);
    if (!colon) return;
    const intro = target.text.slice(0, colon.index);
    if (!/(?:下列|以下|如下)[^。；;：:]*$/.test(intro)) return;
    if ((intro.match(/[“「『]/g) ?? []).length > (intro.match(/[”」』]/g) ?? []).length) return;
    const rest = target.text.slice(colon.index + 1);
    const second =
      /([；;。])[\s\u3000]*([（(]二[）)])/.exec(rest) ?? this.laterLabelAfterLostOnes(rest);
    if (!second) return;
    const first = rest.slice(0, second.index + 1).trim();
    if (first.length < 2 || /[（(][一二三四五六七八九十]+[）)]|[“「『]/.test(first)) return;
    const num = parseChineseNumeral(second[2]?.slice(1, -1) ?? '') ?? 2;
    // Items 1 to n-1, each ending with its ；: the one before （二）, or as many as （n） needs.
    const lost = num === 2 ? [first] : (first.match(/[^；;]+[；;]/g) ?? []).map((t) => t.trim());
    if (lost.length !== num - 1 || lost.some((t) => t.length < 3)) return;
    target.text = target.text.slice(0, colon.index + 1);
    lost.forEach((text, k) => {
      target.children.push(node('point', line, { num: k + 1, text }));
      this.sink.warning('item-label-missing', line, { text, num: k + 1 });
    });
    const label = `（${formatChineseNumeral(num)}）`;
    this.sink.warning('items-on-one-line', line, { label });
    const after = rest.slice(second.index + second[0].length).replace(/^[\s\u3000]+/, '');
    this.addPoint(num, label, after, line, 'bracket');
  }

  /**
   * The first label run on after a ； in a list whose earlier labels were all lost (循化 2018
   * 城镇市容和环境卫生管理条例 第二十五条: "……应当遵守下列规定：不得在……张贴广告；未经批准，……；
   * ……，保持清洁；（七）严禁……河道。", 第五十四条: ten items, then （十一） and （十二））: a label
   * （n）, n of three or more, where the text before it holds exactly n-1 clauses ending with ；,
   * so that each clause is an item whose label was lost. The count is what tells; where it does
   * not match, the text stays as written.
   */
  private laterLabelAfterLostOnes(rest: string): RegExpExecArray | null {
    const m = /([；;])[\s\u3000]*([（(]([三四五六七八九十]|十[一二三四五六七八九]|二十)[）)])/.exec(
      rest,
    );
    if (!m) return null;
    const num = parseChineseNumeral(m[3] ?? '');
    const before = rest.slice(0, m.index + 1);
    if (num === null || (before.match(/[；;]/g) ?? []).length !== num - 1) return null;
    return m;
  }

  /**
   * Item （n） (or old-style n、) arriving after paragraphs that hold no items: those
   * paragraphs were the previous item's continuation, or items whose labels are missing.
   */
  private mendItems(num: number) {
    if (!this.article || !this.paragraph || this.paragraph.children.length > 0 || num < 2) return;
    const paragraphs = this.article.children;
    const at = paragraphs.indexOf(this.paragraph);
    let host = at - 1;
    while (
      host >= 0 &&
      (paragraphs[host]?.children.length ?? 0) === 0 &&
      !ENDS_WITH_INTRO.test(paragraphs[host]?.text ?? '')
    )
      host--;
    const owner = paragraphs[host];
    if (!owner) return;
    const lastPoint = owner.children.filter((c) => c.kind === 'point').at(-1);
    const lastNum = lastPoint?.num ?? 0;
    if (!lastPoint && !ENDS_WITH_INTRO.test(owner.text)) return;
    const between = paragraphs.slice(host + 1, at + 1);
    if (lastPoint && lastNum === num - 1) {
      for (const p of between) {
        // A sentence broken off (by a page break, say) goes on; a whole one is a new line.
        const lastLine = lastPoint.text.split('\n').at(-1) ?? '';
        const wrapped =
          p.text !== '' &&
          !ENDS_SENTENCE.test(lastLine) &&
          !/\|$/.test(lastLine) &&
          !p.text.startsWith('|');
        lastPoint.text = wrapped
          ? `${lastPoint.text}${p.text}`
          : appendText(lastPoint.text, p.text);
        lastPoint.children.push(...p.children);
        if (p.text) {
          this.sink.warning('item-continued', p.line, { text: p.text, label: lastPoint.label });
          this.continuations.set(owner, [...(this.continuations.get(owner) ?? []), p.text]);
        }
      }
    } else if (between.length === num - 1 - lastNum) {
      between.forEach((p, k) => {
        const n = lastNum + 1 + k;
        owner.children.push(node('point', p.line, { num: n, text: p.text, children: p.children }));
        this.sink.warning('item-label-missing', p.line, { text: p.text, num: n });
      });
    } else {
      // 吉安 2020 文明行为促进条例 第十六条: "……遵守下列规定：" / "家庭成员间平等相待……；
      // （二）孝敬父母……； （三）关爱……；" / "（四）……。": the line's first label is lost and the
      // items after it run on, labelled in sequence up to the one that follows.
      const pieces = runOnItemsAfterLostLabel(between, lastNum + 1);
      if (pieces?.length !== num - 1 - lastNum) return;
      pieces.forEach((piece, k) => {
        const n = lastNum + 1 + k;
        owner.children.push(
          node('point', piece.line, {
            num: n,
            ...(piece.label ? { label: piece.label } : {}),
            text: piece.text,
          }),
        );
        if (piece.label) this.sink.warning('items-on-one-line', piece.line, { label: piece.label });
        else this.sink.warning('item-label-missing', piece.line, { text: piece.text, num: n });
      });
    }
    paragraphs.splice(host + 1, between.length);
    this.paragraph = owner;
  }

  /**
   * Whether a paragraph after the last item of `list` goes on as the earlier items' continuations
   * went on: it begins with the same words (four characters or more) as one of them.
   */
  private continuesLikeItems(list: ClauseNode, text: string): boolean {
    const before = this.continuations.get(list);
    if (!before || ENDS_WITH_INTRO.test(text)) return false;
    return before.some((c) => {
      let k = 0;
      while (k < c.length && k < text.length && c[k] === text[k]) k++;
      return k >= 4;
    });
  }

  private addPoint(
    num: number,
    label: string,
    text: string,
    line: number,
    style: 'bracket' | 'numbered',
    allBare = false,
  ) {
    this.mendItems(num);
    const target = this.paragraph;
    if (!target) return;
    // Two items written on one line: "（一）……；（二）……".
    let rest = text;
    let n = num;
    let l = label;
    // The same with the ； before one of them missing: split at each label in sequence.
    const labels = style === 'bracket' ? runOnLabelsMissingSeparator(text, num, allBare) : null;
    let from = 0;
    for (const at of labels ?? []) {
      const nextLabel = `（${formatChineseNumeral(n + 1)}）`;
      target.children.push(
        node('point', line, {
          num: n,
          label: l,
          text: text.slice(from, at.start).replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''),
        }),
      );
      this.sink.warning('items-on-one-line', line, { label: nextLabel });
      if (at.bare) this.sink.warning('item-separator-missing', line, { label: nextLabel });
      from = at.end;
      n++;
      l = nextLabel;
    }
    if (labels) rest = text.slice(from).replace(/^[\s\u3000]+/, '');
    while (!labels) {
      const nextLabel =
        style === 'bracket'
          ? `（${formatChineseNumeral(n + 1)}）`
          : `${formatChineseNumeral(n + 1)}、`;
      const pattern =
        style === 'bracket'
          ? `[（(]${formatChineseNumeral(n + 1)}[）)]`
          : `${formatChineseNumeral(n + 1)}、`;
      const split = new RegExp(`(?<=[；;。])[\\s\\u3000]*${pattern}`).exec(rest);
      const restart = style === 'bracket' && this.article ? listRestart(rest) : null;
      if (restart !== null && (!split || restart < split.index)) {
        // 乌鲁木齐 2018 轨道交通管理条例 第三十三条: "……范围：（一）……；（三）……内。轨道交通在建和建成
        // 线路控制保护区范围：（一）……（四）……": a new introduction after the item's full stop
        // starts a new list, the article's next paragraph, its items numbered from （一） again.
        // The sentences after the item's own full stop, before that introduction, begin the new
        // paragraph too when every item before ends with ； (伊春 2019 城乡规划条例 第三十五条:
        // "（三）房屋设计方案或者简要设计说明。在乡、村庄规划区内进行……核发乡村建设规划许可证。申请
        // 办理……应当提交下列材料：（一）……"), as after a list's last item (statementAfterItems).
        const cut = this.statementBeforeRestart(target, rest, restart);
        target.children.push(node('point', line, { num: n, label: l, text: rest.slice(0, cut) }));
        const paragraph = rest.slice(cut).replace(/^[\s\u3000]+/, '');
        this.paragraph = node('paragraph', line, { text: paragraph });
        this.article!.children.push(this.paragraph);
        this.point = null;
        this.sink.warning('paragraph-after-items', line, { label: l, text: paragraph });
        this.splitItemsAfterIntro(line);
        return;
      }
      const lost = !split && style === 'bracket' ? runOnAfterLostLabel(rest, n) : null;
      if (lost) {
        // 彭水 2019 饮用水水源保护条例 第二十四条: "……（三）停靠、行驶、作业船舶；放养畜禽或从事网箱
        // 养殖；（五）旅游……；（六）……；（七）……。": the label （四） is lost, not the item. The items
        // after it are split on, and the clause after the item's own ； is item 4, its label missing.
        const { item, orphan } = lost;
        target.children.push(node('point', line, { num: n, label: l, text: item }));
        if (orphan !== null) {
          target.children.push(node('point', line, { num: n + 1, text: orphan }));
          this.sink.warning('item-label-missing', line, { text: orphan, num: n + 1 });
        } else {
          this.sink.warning('numbering-gap', line, {
            expected: `（${formatChineseNumeral(n + 1)}）`,
            found: `（${formatChineseNumeral(n + 2)}）`,
          });
        }
        n += 2;
        l = `（${formatChineseNumeral(n)}）`;
        this.sink.warning('items-on-one-line', line, { label: l });
        rest = rest.slice(lost.end).replace(/^[\s\u3000]+/, '');
        continue;
      }
      if (!split) break;
      target.children.push(
        node('point', line, { num: n, label: l, text: rest.slice(0, split.index) }),
      );
      this.sink.warning('items-on-one-line', line, { label: nextLabel });
      rest = rest.slice(split.index + split[0].length).replace(/^[\s\u3000]+/, '');
      n++;
      l = nextLabel;
    }
    const after = n > num ? this.statementAfterItems(target, rest) : null;
    this.point = node('point', line, { num: n, label: l, text: after ? after.item : rest });
    target.children.push(this.point);
    if (after && this.article) {
      // 南京 2018 第十一条: "……（八）其他……不得低于百分之三十。属于旧城改造的，前款规定的……":
      // the sentences after the list are the article's next paragraph, not the last item's.
      this.paragraph = node('paragraph', line, { text: after.paragraph });
      this.article.children.push(this.paragraph);
      this.point = null;
      this.sink.warning('paragraph-after-items', line, { label: l, text: after.paragraph });
      // That paragraph may run on its own list (拉萨 2014 城市绿化条例 第二十三条: "……（三）影响公共
      // 安全又无法移植的。符合下列情形之一的城市公共树木，经市、县（区）……方可移植或者修剪：（一）……；
      // （二）……"): its items are split off it as after any introduction.
      this.splitItemsAfterIntro(line);
    }
  }

  /**
   * Where the paragraph after an item begins when a new list's introduction follows in the same
   * line (see listRestart, at `restart`): right after the item's first full stop when every item
   * before ends with ； and the sentences after it do not refer back to the item (前项, 本项, 该项,
   * 上述) and stand outside any quotation; else at the introduction itself.
   */
  private statementBeforeRestart(target: ClauseNode, rest: string, restart: number): number {
    const stop = rest.indexOf('。');
    if (stop < 0 || stop + 1 >= restart) return restart;
    const items = target.children.filter((c) => c.kind === 'point');
    if (items.length === 0 || !items.every((c) => /[；;]$/.test(c.text.trimEnd()))) return restart;
    const after = rest.slice(stop + 1).replace(/^[\s\u3000]+/, '');
    if (/^(?:前项|本项|该项|上述|[”’」』）)])/.test(after)) return restart;
    const before = rest.slice(0, stop);
    if ((before.match(/[“「『]/g) ?? []).length > (before.match(/[”」』]/g) ?? []).length)
      return restart;
    return stop + 1;
  }

  /**
   * The sentences run on after the last of items split out of one line, when they begin a new
   * statement: every item before ends with ；, the last ends its sentence with 。, and what
   * follows does not refer back to the item (前项, 本项, 该项). Returns the item's text and the
   * statement, or null when the last item holds no more than its own sentence.
   */
  private statementAfterItems(
    target: ClauseNode,
    last: string,
  ): { item: string; paragraph: string } | null {
    if (!this.article || this.quoting) return null;
    const items = target.children.filter((c) => c.kind === 'point');
    if (items.length === 0 || !items.every((c) => /[；;]$/.test(c.text.trimEnd()))) return null;
    const stop = last.indexOf('。');
    if (stop < 0) return null;
    const paragraph = last.slice(stop + 1).replace(/^[\s\u3000]+/, '');
    if (paragraph === '' || /^(?:前项|本项|该项|上述|[”’」』）)])/.test(paragraph)) return null;
    if (
      (last.slice(0, stop).match(/[“「『]/g) ?? []).length >
      (last.slice(0, stop).match(/[”」』]/g) ?? []).length
    )
      return null;
    return { item: last.slice(0, stop + 1), paragraph };
  }

  /**
   * The article's next paragraph run on after the full stop of its last item, on the item's own
   * line (承装（修、试）电力设施许可证管理办法 2025 第二十五条: "（三）……向事故发生地派出机构报告。前款
   * 第（二）项、第（三）项规定事项，……"): the sentence refers to the paragraph before (前款, 前两款),
   * so it cannot be the item's; every item before ends its sentence, and no further item of the list
   * follows. It becomes the article's next paragraph, with a warning. A sentence after an item's
   * full stop that does not refer back so is left in the item (an item may be a caption and its
   * sentence: "（一）批评或诫勉。包括批评教育……").
   */
  private paragraphAfterLastItem(line: number, index: number) {
    const point = this.point;
    const list = this.paragraph;
    if (!this.article || !point || !list || this.quoting || point.children.length > 0) return;
    if (!list.children.includes(point) || point.text.includes('\n')) return;
    // 前款…… or a word applying it first (按前款第（四）项……, 依照前款……, 乌鲁木齐 2012 第十三条).
    const m = /。[\s\u3000]*(?=(?:按照?|依照?|根据)?前[两二三四五]?款)/.exec(point.text);
    if (!m) return;
    const items = list.children.filter((c) => c.kind === 'point' && c !== point);
    if (items.length === 0 || !items.every((c) => /[；;。]$/.test(c.text.trimEnd()))) return;
    if (this.nextIsItem(index, (point.num ?? 0) + 1)) return;
    const paragraph = point.text.slice(m.index + m[0].length);
    point.text = point.text.slice(0, m.index + 1);
    this.paragraph = node('paragraph', line, { text: paragraph });
    this.article.children.push(this.paragraph);
    this.point = null;
    this.sink.warning('paragraph-after-items', line, { label: point.label, text: paragraph });
  }

  private readPoint(text: string, line: number, index: number): boolean {
    const m = POINT.exec(text);
    if (!m) return false;
    const label = `（${m[1]}）`;
    const num = parseChineseNumeral(m[1] ?? '');
    const body = text.slice(m[0].length).replace(/^[\s\u3000]+/, '');
    if (num === null) return false;
    // （一）登记的效力 followed by an article, not continuing this article's items: a heading.
    const lastItem = this.paragraph?.children.filter((c) => c.kind === 'point').at(-1)?.num ?? 0;
    const continuesItems =
      (lastItem === num - 1 && num > 1) ||
      (this.article !== null && ENDS_WITH_INTRO.test(this.paragraph?.text ?? ''));
    if (!continuesItems && this.headsArticles(body, index, 1)) {
      this.openNumberedHeading(line, m[1] ?? '', body, 'bracket');
      return true;
    }
    // （一） under an old-style item 二、 of this article (二、二级保护区内 / （一）对于潜水……): an
    // item of that item, not a sibling taking its number again.
    const oldStyle = this.paragraph?.children.filter((c) => c.kind === 'point').at(-1);
    const nested = oldStyle?.children.filter((c) => c.kind === 'point').at(-1);
    if (
      this.article &&
      oldStyle &&
      /、$/.test(oldStyle.label) &&
      (nested ? nested.num === num - 1 : num === 1)
    ) {
      this.point = node('point', line, { num, label, text: body });
      oldStyle.children.push(this.point);
      return true;
    }
    if (this.article && this.paragraph) {
      this.addPoint(num, label, body, line, 'bracket');
      this.paragraphAfterLastItem(line, index);
      return true;
    }
    if (this.loosePoint && /^[（(]/.test(this.loosePoint.label) && num > 1) {
      // The next of a run of items standing outside any article (quoted items of an amendment
      // whose points lost their numbers, 刑法修正案 1999): a sibling, not an item of the item.
      this.loosePoint = node('point', line, { num, label, text: body });
      this.container().push(this.loosePoint);
      this.point = null;
      return true;
    }
    if (this.loosePoint && this.quotesItems(num, text, line)) return true;
    if (this.loosePoint) {
      // An item inside a decision's point 一、.
      this.point = node('point', line, { num, label, text: body });
      this.loosePoint.children.push(this.point);
      return true;
    }
    if (num === 1) this.bodyParagraphsBeforeItems(line);
    this.sink.warning('point-outside-article', line, { label });
    this.loosePoint = node('point', line, { num, label, text: body });
    this.container().push(this.loosePoint);
    this.point = null;
    return true;
  }

  /** The source line of the first item whose text is `text`, or `fallback` when none is. */
  private lineOf(text: string, fallback: number): number {
    return this.items.find((it) => it.type !== 'info-end' && it.text === text)?.line ?? fallback;
  }

  /**
   * The paragraphs that open the body of a text without articles before its list (全国人大常委会
   * 2002 关于刑法第三百一十三条的解释: "……的含义问题，解释如下：" / "刑法第三百一十三条规定的……，是指
   * ……裁定。" / "下列情形属于……的情形：" / "（一）……"): the sentence ending with 如下： enacts the
   * text and closes its front matter, so the sentences after it, each ending with 。 or a colon,
   * the last with a colon that introduces the list, are the body's paragraphs before its items.
   */
  private bodyParagraphsBeforeItems(line: number) {
    if (this.articleCount > 0 || this.divisions.length > 0 || this.out.nodes.length > 0) return;
    const preamble = this.out.preamble;
    const at = preamble.findLastIndex((p) => /如下[：:]$/.test(p));
    if (at < 0 || at === preamble.length - 1) return;
    const body = preamble.slice(at + 1);
    if (!/[：:]$/.test(body.at(-1) ?? '') || !body.every((p) => /[。：:]$/.test(p))) return;
    preamble.length = at + 1;
    const lines = body.map((text) => this.lineOf(text, line));
    body.forEach((text, k) => this.out.nodes.push(node('paragraph', lines[k]!, { text })));
    this.sink.warning('body-paragraphs', lines[0]!, { text: body[0]!, count: body.length });
  }

  /**
   * Whether an item （n） is quoted new text of the law a decision amends, written without
   * quotation marks under the change that brings it in (上海 2023 修改《上海市养老服务条例》等12件
   * 决定: "（一）对《……养老服务条例》的修改" / "2.增加一项，作为第一百零四条第二款第（六）项：" /
   * "（六）歧视、侮辱……的；" / "（二）对《……消防条例》的修改"; and "3.增加一条，作为第三十条：" /
   * "优秀历史建筑保护责任人应当履行下列保护责任：" / "（一）……" … "（三）……。" / "4.增加一条，……"):
   * the last sub-point 1. of the decision's current item ends with a colon and the label is not
   * that item's next, so it is the sub-point's text, as are the quoted items numbered on after it.
   * Before, （六） became an item of the decision ahead of （二）, and （一） to （三） items taking
   * their numbers again, holding the sub-points after them.
   */
  private quotesItems(num: number, text: string, line: number): boolean {
    // The changes 1. may also stand right under the point 一、, with no item （一） between
    // (上海 2025 修改《……知识产权保护制度若干规定》等2件决定: "一、对《……》的修改" / "2.将第七条第一款
    // 修改为：“……下列……行为：" / "（一）……" … "（八）……。”" / "3.增加一条，……").
    const underPoint = this.point === null;
    const host = this.point?.kind === 'point' ? this.point : underPoint ? this.loosePoint : null;
    const sub = host?.children.at(-1);
    if (!this.loosePoint || !/、$/.test(this.loosePoint.label) || !host || sub?.kind !== 'subpoint')
      return false;
    const held = this.quotedItems?.holder === sub ? this.quotedItems.num : null;
    // The item's next number goes on a quoted list only while that list is not ended (its last
    // item ends with ；), else it is the decision's next item. Under the point 一、 itself, no
    // item of the decision's follows on.
    if (!underPoint && num === (host.num ?? 0) + 1 && (held === null || !/[；;]$/.test(sub.text)))
      return false;
    if (held === null ? !ENDS_WITH_INTRO.test(sub.text) : num !== held + 1) return false;
    if (underPoint && held === null)
      this.sink.warning('items-quoted-in-change', line, { label: sub.label, text });
    sub.text = appendText(sub.text, text);
    this.quotedItems = { holder: sub, num };
    return true;
  }

  /**
   * Whether a line after an item （一） of a decision's point 一、 begins a paragraph of the point
   * after its items: the point's text introduces the items as a list (……减征或者免征资源税：), the
   * item (or the paragraph before) ends a sentence, and the line does not open a quotation. The
   * items of a point captioned 对《……》作出修改 are changes, whose further lines are their own
   * (删去第三款。 after 将第三十二条第一款修改为……), as are quoted paragraphs of the new text.
   */
  private paragraphAfterItems(open: ClauseNode, text: string, index: number): boolean {
    const point = this.loosePoint;
    if (!point || !point.children.includes(open)) return false;
    if (!ENDS_WITH_INTRO.test(point.text) && !this.summarisesItems(open, text)) return false;
    if (open.kind !== 'point' && open.kind !== 'paragraph') return false;
    if (open.kind === 'point' && (this.captioned.has(open) || isCaption(open))) return false;
    const lines = open.text.split('\n');
    // An item that introduces a list of its own (……按照以下规定批准：) keeps the lines under it.
    if (lines.some((l) => ENDS_WITH_INTRO.test(l))) return false;
    if (!ENDS_SENTENCE.test(lines.at(-1) ?? '')) return false;
    if (/^[“‘「『"]/.test(text) && !this.quotesPointOn(point, text)) return false;
    // While the list goes on after this line (（一）…… / 工业企业自销…… / （二）……), the line is
    // the item's own further paragraph: only the lines after the last item are the point's.
    const lastItem = point.children.filter((c) => c.kind === 'point').at(-1)?.num ?? 0;
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end') continue;
      const m = POINT.exec(it.text);
      if (m && parseChineseNumeral(m[1] ?? '') === lastItem + 1) return false;
      if (NUMBERED.test(it.text) || ARTICLE.test(it.text) || ANNEX_MARK.test(it.text)) break;
    }
    return true;
  }

  /**
   * Whether a line opening a quotation after the items of a decision's point goes on with the
   * point's own quotation (刑法修正案 1999 六、: "将刑法第一百八十二条修改为：\"有下列情形之一，……罚金：" /
   * "（一）……" … "（四）以其他方法操纵证券、期货交易价格的。" / "\"单位犯前款罪的，……拘役。\""): the
   * point's text leaves its quotation open, so its items are the quoted article's, and none of
   * them quotes anything itself (as a change 将第X条修改为：“……” does). The line is the quoted
   * article's next paragraph, the point's after its items, not the last item's text.
   */
  private quotesPointOn(point: ClauseNode, text: string): boolean {
    if (!/^[“"]/.test(text)) return false;
    const open = (t: string) => !quotesClosed(t) || (t.match(/"/g) ?? []).length % 2 === 1;
    if (!open(point.text)) return false;
    const items = point.children.filter((c) => c.kind === 'point');
    return items.length > 0 && items.every((c) => !/[“”"「」『』]/.test(c.text));
  }

  /**
   * Whether a line after an item of a decision's point speaks of the items above as a whole (上海
   * 2023 修改、废止决定: "二、废止《……》等6件地方性法规" / "（一）废止……《……规定》。" … "（六）废止……
   * 《上海市经纪人条例》。" / "以上六件法规废止后，相关工作按照……执行。"): a sentence opening with 以上
   * after an item that ends a sentence is the point's, after its items, not the last item's text.
   * (The caller still requires that no next item follows.)
   */
  private summarisesItems(open: ClauseNode, text: string): boolean {
    return (
      open.kind === 'point' &&
      /^[（(]/.test(open.label) &&
      /^以上/.test(text) &&
      /[。；;]$/.test(open.text)
    );
  }

  /**
   * Whether a line after the last of a list of items （一）（二）… standing outside any article is a
   * paragraph after the list: the item before the last ends with ；, the last with 。 (the list
   * ended), the line opens no quotation, and no next item follows before the next numbered line.
   */
  private paragraphAfterLooseItems(text: string, index: number): boolean {
    const last = this.loosePoint;
    if (!last || this.article || this.articleCount > 0 || !/^[（(]/.test(last.label)) return false;
    if (last.children.length > 0 || /^[“‘「『"]/.test(text)) return false;
    const siblings = this.container();
    const before = siblings[siblings.indexOf(last) - 1];
    if (!before || before.kind !== 'point' || !/^[（(]/.test(before.label)) return false;
    if (!/[；;]$/.test(before.text) || !/。$/.test(last.text) || last.text.includes('\n'))
      return false;
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end') continue;
      const m = POINT.exec(it.text);
      if (m && parseChineseNumeral(m[1] ?? '') === (last.num ?? 0) + 1) return false;
      if (NUMBERED.test(it.text) || ARTICLE.test(it.text) || ANNEX_MARK.test(it.text)) break;
    }
    return true;
  }

  /**
   * Whether a line after the last point of a decision begins its closing paragraphs: the line and
   * every line after it to the end of the body (or an attachment) are closing sentences, one or
   * more to a line (上海 2022: "本决定自……起施行。《……》根据本决定作相应修正后重新公布。") — the
   * commencement (本决定自公布之日起施行。), the republication (《……》根据本决定作相应修改，重新
   * 公布。) or the renumbering (此外，对相关法规中的条文序号作相应调整。). A closing sentence with
   * further text after it is left where it stands.
   */
  private closesDecision(text: string, index: number): boolean {
    if (!this.loosePoint || this.article || !isClosingLine(text)) return false;
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end') continue;
      if (ANNEX_MARK.test(normaliseHeading(it.text)) || this.listsAnnexes(it.text, k)) return true;
      if (!isClosingLine(it.text)) return false;
    }
    return true;
  }

  /**
   * Whether a line after an item of a decision's point is the text's commencement (人民银行 2024
   * 修改决定: "（二）将第五十五条修改为：“……。”" / "本决定自2025年1月1日起施行。"): it closes the
   * points, and is no change and no item, so it stands after the items.
   */
  private closesItems(open: ClauseNode, text: string): boolean {
    return (
      open.kind === 'point' &&
      this.loosePoint?.children.includes(open) === true &&
      CLOSING.test(text)
    );
  }

  /**
   * A list whose first item is written after its introduction on one line and whose other items
   * lost their labels (吉安 2020 文明行为促进条例 第十八条: "文明经营，诚实守信，遵守下列规定： （一）提供
   * 商品和服务应当明码标价；" / "公交车……拒载；" / "不得欺诈……消费；" / "不得以次充好……商品。"): the
   * label （一） shows the list was labelled, so the one-line paragraphs after it, each ending with
   * ；, the last with 。, and ending the article, are its items 2 onwards, their labels missing.
   */
  private mendLabelsLostAfterFirst(n: ClauseNode) {
    n.children.forEach((c) => this.mendLabelsLostAfterFirst(c));
    if (n.kind !== 'article') return;
    const paras = n.children;
    const at = paras.findIndex(
      (p) =>
        p.kind === 'paragraph' &&
        p.children.length === 0 &&
        /(?:下列|以下|如下)[^。；;：:]*[：:][\s\u3000]*[（(]一[）)][^（(：:“「『]+[；;]$/.test(
          p.text,
        ),
    );
    const intro = paras[at];
    if (!intro) return;
    const rest = paras.slice(at + 1);
    const bare = (p: ClauseNode | undefined, end: RegExp) => isBareListLine(p, end, /[\n：:（(]/);
    if (
      rest.length === 0 ||
      !rest.slice(0, -1).every((p) => bare(p, /[；;]$/)) ||
      !bare(rest.at(-1), /。$/)
    )
      return;
    const m = /[：:][\s\u3000]*[（(]一[）)]/.exec(intro.text)!;
    const first = intro.text.slice(m.index + m[0].length).trim();
    intro.text = intro.text.slice(0, m.index + 1);
    intro.children.push(node('point', intro.line, { num: 1, label: '（一）', text: first }));
    this.sink.warning('items-on-one-line', intro.line, { label: '（一）' });
    rest.forEach((p, k) => {
      intro.children.push(node('point', p.line, { num: k + 2, text: p.text }));
      this.sink.warning('item-label-missing', p.line, { text: p.text, num: k + 2 });
    });
    paras.splice(at + 1, rest.length);
  }

  /**
   * Items written without labels (人民检察院行政诉讼监督规则（试行）2016 第六条, LawRefBook/Laws:
   * "当事人以下列理由申请监督，……提出：" / "有新的证据，足以推翻再审判决、裁定的；" / two more such
   * lines / "审判人员……枉法裁判行为的。", its items （一） to （四） in the official text; 南昌 2017
   * 历史文化名城保护条例 第二十条): after a paragraph whose last sentence introduces a list (下列, 以下,
   * 如下 before its closing colon), two or more one-line paragraphs without a label or a colon, each
   * ending with ；, the last with 。. They are that paragraph's items, read without labels (the
   * source cannot tell labels lost from a list printed without them, as 货币政策委员会条例 1997 第五条
   * lists its members), numbered in order, with a warning at the first.
   */
  private readUnlabeledItems(n: ClauseNode) {
    n.children.forEach((c) => this.readUnlabeledItems(c));
    if (n.kind !== 'article') return;
    const paras = n.children;
    const bare = (p: ClauseNode | undefined, end: RegExp) => isBareListLine(p, end, /[\n：:]/);
    for (let i = 0; i < paras.length; i++) {
      const intro = paras[i]!;
      if (intro.kind !== 'paragraph' || intro.children.length > 0) continue;
      if (!/(?:下列|以下|如下)[^。；;：:]*[：:]$/.test(intro.text)) continue;
      let j = i + 1;
      while (bare(paras[j], /[；;]$/)) j++;
      if (j - i < 2 || !bare(paras[j], /。$/)) continue;
      const first = paras[i + 1]!;
      this.sink.warning('items-unlabeled', first.line, { text: first.text, count: j - i });
      const items = paras.splice(i + 1, j - i);
      items.forEach((p, k) =>
        intro.children.push(node('point', p.line, { num: k + 1, text: p.text })),
      );
    }
  }

  /**
   * Sub-points 1. 2. 3. run on right after an item's caption (承装（修、试）电力设施许可证管理办法 2025
   * 第八条: "（二）技术负责人、安全负责人1.申请一级许可证的，……；2.申请二级许可证的，……；3.申请三级
   * 许可证的，……。"): a caption of two to twenty characters without punctuation or digits, then 1.
   * and a Han character, then 2., 3. … each after ；or 。 and before a Han character. The item keeps
   * the caption as its text and the run becomes its sub-points, with a warning.
   */
  private splitSubpointsAfterCaption(n: ClauseNode) {
    // Or after a caption ending with its colon (中国民用航空气象工作规则 2016 第一百五十七条: "（一）
    // ……向机场管制塔台提供的气象情报应包括：1.……；2.……；3.……；4.……。"): the caption keeps its colon.
    const first = CAPTION_FIRST_SUBPOINT.exec(n.text) ?? COLON_FIRST_SUBPOINT.exec(n.text);
    if (!first) return;
    const text = n.text;
    const cuts = cutsInSequence(text, first[1]!.length, (k) => `${k}[.．](?=[\\u4e00-\\u9fff])`);
    if (cuts.length < 2) return;
    n.text = first[1]!;
    addSubpoints(n, text, cuts, (k) => `${k}.`);
    this.sink.warning('subpoints-after-caption', n.line, {
      caption: first[1]!,
      text: text.slice(cuts[0], cuts[1]).trim(),
    });
  }

  /**
   * Items （1）（2） written inside the last sentence of a paragraph or an item, after the colon
   * that introduces them (安置农场管理试行办法 1980 第十二条: "……必要时给予下列处分：（１）警告；
   * （２）记过；（３）适当的经济制裁。"): the text up to the colon stays the node's, each item
   * becomes a sub-item of it, as when written on lines of their own. Only a run numbered from 1
   * in sequence, each item after a full stop or semicolon, that ends the node's text, is split.
   */
  private splitInlineSubpoints(n: ClauseNode) {
    n.children.forEach((c) => this.splitInlineSubpoints(c));
    if ((n.kind !== 'paragraph' && n.kind !== 'point') || n.children.length > 0) return;
    const lines = n.text.split('\n');
    const last = lines.at(-1) ?? '';
    const first = INLINE_FIRST_SUBPOINT.exec(last);
    if (!first) {
      if (n.kind === 'point' && lines.length === 1) this.splitSubpointsAfterCaption(n);
      return;
    }
    const cuts = cutsInSequence(last, first.index + first[1]!.length, (k) => {
      const wide = String(k).replace(/[0-9]/g, (d) =>
        String.fromCharCode(d.charCodeAt(0) + 0xfee0),
      );
      return `[（(][\\s\\u3000]*(?:${k}|${wide})[\\s\\u3000]*[）)]`;
    });
    if (cuts.length < 2) return;
    n.text = [...lines.slice(0, -1), last.slice(0, cuts[0]).trimEnd()].join('\n');
    addSubpoints(n, last, cuts, (k) => `（${k}）`);
    this.sink.warning('subpoints-inline', n.line, { text: last.slice(cuts[0], cuts[1]).trim() });
  }

  /**
   * A sub-point N. whose text begins with a digit (鼓励外商投资产业目录 2025: "136.……建筑用光伏组件
   * 生产" / "137.8万吨/年及以上无碱玻璃纤维……"), which reads like a decimal 137.8: when N is the
   * number after the last sub-point N-1. of the same list and that sub-point's text is complete
   * (its brackets closed, not ending in 、，or a sign before a number), it is sub-point N., with a
   * warning. A decimal broken off a sentence (高纯（≥ / 99.998%）) stays that sentence's.
   */
  private subpointBeforeDigit(parent: ClauseNode, text: string, line: number) {
    const m = SUBPOINT_BEFORE_DIGIT.exec(text);
    if (!m) return null;
    const num = Number.parseInt(toHalfWidthDigits(m[1] ?? ''), 10);
    const prev = parent.children.at(-1);
    if (prev?.kind !== 'subpoint' || prev.num !== num - 1 || !prev.label.endsWith('.')) return null;
    const open = (prev.text.match(/[（(〔［\[]/g) ?? []).length;
    const closed = (prev.text.match(/[）)〕］\]]/g) ?? []).length;
    if (
      open !== closed ||
      /[、，,：:；;（(≥≤＞＜><=＝+＋\-—~～/／0-9０-９.．\s\u3000]$/.test(prev.text)
    )
      return null;
    this.sink.warning('subpoint-before-digit', line, { label: `${num}.`, text });
    return m;
  }

  private readSubpoint(text: string, line: number): boolean {
    const parent = this.point ?? (this.article ? this.paragraph : this.loosePoint);
    const m = SUBPOINT.exec(text) ?? (parent ? this.subpointBeforeDigit(parent, text, line) : null);
    if (!m || !parent) return false;
    const digits = toHalfWidthDigits(m[1] ?? m[2] ?? '');
    const label = m[1] !== undefined ? `${digits}.` : `（${digits}）`;
    const num = Number.parseInt(digits, 10);
    if (
      m[2] !== undefined &&
      this.article &&
      this.paragraph &&
      parent.kind === 'point' &&
      this.paragraph.children.at(-1) === parent &&
      POINT.test(parent.label) &&
      parent.children.length === 0 &&
      num > 1 &&
      num === (parent.num ?? 0) + 1 &&
      !/[：:]$/.test(parent.text)
    ) {
      // The list's next item written with an Arabic numeral (前郭 2012 城乡规划建设环境卫生管理条例
      // 第四十三条: "（二）……" / "（3） 建设单位……"): the item before has no sub-items and 3 follows
      // its number, so it is that list's item, not a sub-item numbered from 3.
      this.sink.warning('item-label-arabic', line, {
        label,
        read: `（${formatChineseNumeral(num)}）`,
      });
      this.point = node('point', line, {
        num,
        label,
        text: text.slice(m[0].length).replace(/^[\s\u3000]+/, ''),
      });
      this.paragraph.children.push(this.point);
      return true;
    }
    const host = subpointHost(parent, m[1] !== undefined, num) ?? parent;
    host.children.push(
      node('subpoint', line, {
        num,
        label,
        text: text.slice(m[0].length).replace(/^[\s\u3000]+/, ''),
      }),
    );
    return true;
  }

  /** The next item after `index` and its index. */
  private nextItem(index: number): { text: string; index: number } | null {
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (it && it.type !== 'info-end') return { text: it.text, index: k };
    }
    return null;
  }

  /** Whether the line after `index` is item （num）. */
  private nextIsItem(index: number, num: number): boolean {
    const next = this.nextItem(index);
    const m = next ? POINT.exec(next.text) : null;
    return m !== null && parseChineseNumeral(m[1] ?? '') === num;
  }
  /**
   * Whether a numbered line with this title heads articles: an article follows, or a
   * lower heading (（一）登记的效力) that itself heads an article.
   */
  private headsArticles(title: string, index: number, depth = 0): boolean {
    if (!SHORT_HEADING.test(title) || ENDS_SENTENCE.test(title)) return false;
    const next = this.nextItem(index);
    if (!next) return false;
    if (ARTICLE.test(next.text)) return true;
    const lower = POINT.exec(next.text);
    return (
      depth === 0 &&
      lower !== null &&
      this.headsArticles(next.text.slice(lower[0].length).trim(), next.index, 1)
    );
  }

  /**
   * A Markdown heading 三、管理人制度的完善 over a few paragraphs of introduction and then articles
   * (全国法院破产审判工作会议纪要 2018: "## 三、……" / "管理人是……。" / "第四条 ……"): a division
   * heading, as when the article follows at once, not an item of the article before it. The
   * introduction stays the division's text.
   */
  private headsArticlesAfterIntro(title: string, index: number): boolean {
    if (this.items[index]?.type !== 'heading') return false;
    if (!SHORT_HEADING.test(title) || ENDS_SENTENCE.test(title)) return false;
    for (let k = index + 1, seen = 0; k < this.items.length && seen <= 3; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end') continue;
      if (ARTICLE.test(it.text)) return seen > 0;
      if (it.type !== 'line' || NUMBERED.test(it.text) || POINT.test(it.text)) return false;
      seen++;
    }
    return false;
  }

  /**
   * A Markdown heading 一、一般规定 in the front matter of a text without a header marker: the
   * first heading of the body when articles follow it (at once or after an introduction) or
   * its points 1. 2. do, not a line of the preamble that leaves the articles outside it.
   */
  private numberedHeadingOpensBody(text: string, index: number): boolean {
    const m = NUMBERED.exec(text);
    if (!m) return false;
    const rest = text.slice(m[0].length).replace(/^[\s\u3000]+/, '');
    if (this.headsArticles(rest, index) || this.headsArticlesAfterIntro(rest, index)) return true;
    const next = this.nextItem(index);
    return (
      next !== null &&
      SHORT_HEADING.test(rest) &&
      !ENDS_SENTENCE.test(rest) &&
      SUBPOINT.test(next.text)
    );
  }

  /** 一、 lines: a heading of an interpretation, an old-style item, or a decision's point. */
  private readNumbered(text: string, line: number, index: number): boolean {
    const dash = DASH_ONE.exec(text);
    const m = dash ?? NUMBERED.exec(text);
    if (!m) return false;
    const numeral = dash ? '一' : (m[1] ?? '');
    const num = parseChineseNumeral(numeral);
    if (num === null) return false;
    if (dash) this.sink.warning('numeral-typo', line, { text: m[0], read: '一、' });
    const rest = text.slice(m[0].length).replace(/^[\s\u3000]+/, '');
    if (this.headsArticles(rest, index) || this.headsArticlesAfterIntro(rest, index)) {
      this.openNumberedHeading(line, numeral, rest, 'numbered');
      return true;
    }
    if (this.article && this.paragraph) {
      this.addPoint(num, `${numeral}、`, rest, line, 'numbered');
      this.splitItemsOfOldStyleItem(line);
      return true;
    }
    if (num === 2 && this.articleCount + this.countLoose() === 0 && !this.divisions.length)
      this.recoverFirstPoint();
    this.loosePoint = node('point', line, { num, label: `${numeral}、`, text: rest });
    this.container().push(this.loosePoint);
    this.point = null;
    this.splitItemsAfterCaption(this.loosePoint, line, index);
    return true;
  }

  /**
   * Items （一）（二） run on after the colon of an old-style item 二、 of an article (贷款通则 1996
   * 第二十四条: "二、借款人有下列情形之一者，不得对其发放贷款： (一)不具备……的； (二)……的； …
   * (七)有其他严重违法经营行为的。"): the item keeps its text up to the colon and the items become
   * its items, as when written on lines of their own under it. Only when （二） follows after the
   * end of a sentence, so that a （一） cited in a sentence stays text; not inside a quotation.
   */
  private splitItemsOfOldStyleItem(line: number) {
    const item = this.point;
    if (!item || item.children.length > 0 || !/、$/.test(item.label)) return;
    const m = /[：:][\s\u3000]*[（(]一[）)][\s\u3000]*/.exec(item.text);
    if (!m) return;
    const intro = item.text.slice(0, m.index + 1);
    if ((intro.match(/[“「『]/g) ?? []).length > (intro.match(/[”」』]/g) ?? []).length) return;
    const rest = item.text.slice(m.index + m[0].length);
    if (!/[；;。][\s\u3000]*[（(]二[）)]/.test(rest)) return;
    item.text = intro;
    item.children.push(...this.runOnItems(rest, line));
    this.sink.warning('subpoints-inline', line, { text: item.children[0]?.text ?? '' });
  }

  /**
   * The items （一）（二）… run on in `rest`, the text after a （一）: split where the next label in
   * sequence follows the end of a sentence (；or 。), so that a label inside a sentence stays
   * text. The last item becomes the current point, for lines that go on with it. `onSplit` hears
   * the label of each item split off after the first.
   */
  private runOnItems(rest: string, line: number, onSplit?: (label: string) => void): ClauseNode[] {
    const items: ClauseNode[] = [];
    let n = 1;
    for (;;) {
      const split = new RegExp(
        `(?<=[；;。])[\\s\\u3000]*[（(]${formatChineseNumeral(n + 1)}[）)][\\s\\u3000]*`,
      ).exec(rest);
      if (!split) break;
      items.push(
        node('point', line, {
          num: n,
          label: `（${formatChineseNumeral(n)}）`,
          text: rest.slice(0, split.index),
        }),
      );
      onSplit?.(`（${formatChineseNumeral(n + 1)}）`);
      rest = rest.slice(split.index + split[0].length);
      n++;
    }
    this.point = node('point', line, {
      num: n,
      label: `（${formatChineseNumeral(n)}）`,
      text: rest,
    });
    items.push(this.point);
    return items;
  }

  /**
   * A point 三、 whose short caption, without a colon, runs on into its items on one line (邮寄纳税
   * 申报办法 2018: "三、办理程序 （一）纳税人……。 （二）邮政部门……。 （三）……"): the caption stays
   * the point's text and the items are split off as items of the point, as items under an
   * item's caption are that item's. Only when （二） follows, after the end of a sentence on the
   * same line or as the next line, so that a （一） inside a sentence stays text.
   */
  private splitItemsAfterCaption(point: ClauseNode, line: number, index: number) {
    const m =
      /^([^。；;，,：:、（(]{1,14}?)[\s\u3000]*([：:]?)[\s\u3000]*[（(]一[）)][\s\u3000]*/.exec(
        point.text,
      );
    if (!m) return;
    const rest = point.text.slice(m[0].length);
    const next = this.nextItem(index)?.text ?? '';
    if (!/[；;。][\s\u3000]*[（(]二[）)]/.test(rest) && !/^[（(]二[）)]/.test(next)) return;
    point.text = `${m[1] ?? ''}${m[2] ?? ''}`;
    this.sink.warning('point-caption-items', line, { label: point.label, caption: point.text });
    point.children.push(
      ...this.runOnItems(rest, line, (label) =>
        this.sink.warning('items-on-one-line', line, { label }),
      ),
    );
  }

  /**
   * A decision whose first point lost its label 一、 (云南省人大常委会 2017 环境保护税决定: "……决定："
   * / "云南省应税……适用税额为：" / two lines of rates / "二、同一排放口……"): when 二、 comes first, the
   * lines of the body after the introduction (its first line ending with a colon) are point 一.
   */
  private recoverFirstPoint() {
    const start = this.preambleAtBody;
    if (start === null) return;
    const body = this.out.preamble.slice(start);
    const intro = body.findIndex((l) => /[：:]$/.test(l));
    if (intro < 0 || intro === body.length - 1) return;
    const lines = body.slice(intro + 1);
    this.out.preamble.length = start + intro + 1;
    const line = this.items.find((it) => it.type !== 'info-end' && it.text === lines[0])?.line ?? 1;
    this.out.nodes.push(node('point', line, { num: 1, label: '一、', text: lines.join('\n') }));
    this.sink.warning('point-label-lost', line, { text: lines[0] ?? '' });
  }

  private readText(text: string, line: number, isHeading: boolean, index: number) {
    if (this.freshDivision && text.length <= 40 && !/[。；，：,;:]/.test(text)) {
      // A heading broken over two lines, as in 北京市制定地方性法规条例 (2017) 第三章第二节.
      this.freshDivision.heading = `${this.freshDivision.heading}${normaliseHeading(text)}`;
      this.sink.warning('heading-continued', line, { text });
      return;
    }
    const bare = isHeading ? BARE_NUMERAL.exec(text) : null;
    const last = this.out.nodes.at(-1);
    if (
      bare &&
      this.divisions.length === 0 &&
      last?.kind === 'point' &&
      /、$/.test(last.label) &&
      last.num === (parseChineseNumeral(bare[1] ?? '') ?? 0) - 1
    ) {
      // ## 三 after the points 一、 and 二、, its text on the next line: the next point, its 、 lost.
      this.closeUnits();
      this.loosePoint = node('point', line, { num: last.num + 1, label: `${bare[1]}、` });
      this.out.nodes.push(this.loosePoint);
      this.sink.warning('point-label-bare', line, { label: text });
      return;
    }
    if (
      isHeading &&
      !this.inFront &&
      this.articleCount + this.countLoose() > 0 &&
      SHORT_HEADING.test(text)
    ) {
      this.openBareDivision(text, line, 'unknown-heading');
      return;
    }
    if (this.article && this.paragraph) {
      const target = this.point ?? this.paragraph;
      if (target.text === '' && target.children.length === 0) {
        target.text = text;
        return;
      }
      if (this.point && (this.captioned.has(this.point) || isCaption(this.point))) {
        // 一、一级保护区内 / 禁止新建……； / 禁止向水域……：the lines under a caption are the item's.
        if (!this.captioned.has(this.point))
          this.sink.warning('item-caption', line, {
            label: this.point.label,
            caption: this.point.text,
            text,
          });
        this.captioned.add(this.point);
        this.point.text = appendText(this.point.text, text);
        return;
      }
      const lastLine = target.text.split('\n').at(-1) ?? '';
      if (
        this.point?.kind === 'point' &&
        this.point.children.length === 0 &&
        ENDS_WITH_INTRO.test(lastLine)
      ) {
        // A line an item introduces with its colon, no item of the list (增值税法实施条例 2025
        // 第十八条: "（三）按照组成计税价格确定。组成计税价格的公式为：" / "组成计税价格=成本×……"):
        // the item's text, not a further paragraph of the article after the list.
        this.sink.warning('item-introduces-line', line, { label: this.point.label, text });
        this.point.text = appendText(this.point.text, text);
        return;
      }
      const tableRow =
        /\|$/.test(lastLine) ||
        text.startsWith('|') ||
        TAB_ROW.test(lastLine) ||
        TAB_ROW.test(text);
      const wrapped =
        !ENDS_SENTENCE.test(lastLine) &&
        !tableRow &&
        !isWholeFormula(lastLine) &&
        target.children.length === 0 &&
        (target === this.paragraph || lastLine.length >= WRAPPED_MIN);
      if (wrapped) {
        this.sink.warning('line-joined', line, { line: this.previousLine, text });
        target.text = `${target.text}${text}`;
        return;
      }
      if (this.point && this.continuesLikeItems(this.paragraph, text)) {
        // 中央企业违规经营投资责任追究实施办法 2025 第三十八条: items （一）（二）（三） each followed by a
        // paragraph "对领导责任人给予……"; those after （一） and （二） were read as those items' (the next
        // item came after them), so the same paragraph after the last item is the last item's too.
        const between = this.nextIsItem(index, (this.point.num ?? 0) + 1);
        this.sink.warning(between ? 'item-continued' : 'item-continued-last', line, {
          text,
          label: this.point.label,
        });
        this.point.text = appendText(this.point.text, text);
        return;
      }
      this.paragraph = node('paragraph', line, { text });
      this.article.children.push(this.paragraph);
      this.point = null;
      this.splitItemsAfterIntro(line);
      return;
    }
    if (this.loosePoint) {
      const target = this.point ?? this.loosePoint;
      // A further paragraph of a sub-point 1. inside a point (继承法意见 1985: "1.继承从……开始。" /
      // "失踪人被宣告死亡的……"): that sub-point's, not the point's text ahead of its sub-points.
      const last = target.children.at(-1);
      if (
        (this.point?.kind !== 'paragraph' ||
          this.summaries.has(this.point) ||
          this.closings.has(this.point) ||
          this.container().includes(this.point)) &&
        this.closesDecision(text, index)
      ) {
        // The closing paragraphs after the last point (大同 2025 修改决定: "十五、删除第三十七条。" /
        // "本决定自公布之日起施行。" / "《……》根据本决定作相应修改，重新公布。"; 岳阳 2025: "（二）……。"
        // / "此外，对相关法规中的条文序号作相应调整。"): the whole decision's, no point's or item's
        // text, so they stand apart after the points, an unnumbered paragraph of the body.
        this.point = node('paragraph', line, { text });
        this.closings.add(this.point);
        this.container().push(this.point);
        return;
      }
      if (
        last?.kind === 'subpoint' &&
        target === this.loosePoint &&
        (CLOSING.test(text) || (isClosingSentence(text) && !quotationOpen(last.text)))
      ) {
        // The text's commencement after the sub-points of its last point (唐山 2025 修改、废止决定:
        // "4.《唐山市畜禽屠宰管理条例》（……）" / "本决定自公布之日起施行。"): no sub-point's text.
        // So is a sentence closing the point after its changes, once their quotations are closed
        // (上海 2025 修改……等2件决定: "5.增加一条，……：“……。”" / "此外，对条款顺序和部分文字作相应
        // 调整。"): it concerns every change of the point's law, as under an item (below).
        this.point = node('paragraph', line, { text });
        this.loosePoint.children.push(this.point);
        return;
      }
      if (
        last?.kind === 'subpoint' &&
        this.point?.kind === 'point' &&
        this.loosePoint.children.includes(this.point) &&
        isClosingSentence(text)
      ) {
        // The sentences closing a point after the sub-points of its last item (上海 2022 修改决定:
        // "（五）对《……计量监督管理条例》的修改" / "13.将第三十六条修改为：" / "……罚款。" / "此外，根据
        // 决定对相关法规的条文顺序和部分文字作相应调整。" / "《……》根据本决定作相应修正后，重新公布。"):
        // they concern every law the point amends, so they are the point's, after its items.
        this.point = node('paragraph', line, { text });
        this.loosePoint.children.push(this.point);
        return;
      }
      if (last?.kind === 'subpoint') {
        last.text = appendText(last.text, text);
        return;
      }
      if (
        this.point &&
        (this.paragraphAfterItems(this.point, text, index) || this.closesItems(this.point, text))
      ) {
        // A further paragraph of a point after its items (资源税决定 2020: "（五）……免征资源税。" /
        // "纳税人按照前款规定……"): the point's, after its items, not the last item's text.
        const summary = this.summarisesItems(this.point, text);
        this.point = node('paragraph', line, { text });
        if (summary) this.summaries.add(this.point);
        this.loosePoint.children.push(this.point);
        return;
      }
      if (!this.point && this.paragraphAfterLooseItems(text, index)) {
        // A paragraph after a list of items that stand outside any article (全国人大常委会 2002
        // 关于刑法第三百一十三条的解释: "（四）……无法执行的；" / "（五）其他……情节严重的情形。" /
        // "国家机关工作人员有上述第四项行为的，……"; 2014 关于民法通则第九十九条第一款的解释: "（三）……
        // 正当理由。" / "少数民族公民的姓氏……"): the list ended, so it is no item's text; it is the
        // body's next paragraph, at the level of the items, after them.
        this.point = node('paragraph', line, { text });
        this.container().push(this.point);
        return;
      }
      target.text = appendText(target.text, text);
      return;
    }
    const division = this.divisions.at(-1)?.node;
    if (division && !this.inFront) {
      this.sink.warning('text-outside-article', line, { text });
      if (!this.divisionTextLine.has(division)) this.divisionTextLine.set(division, line);
      division.text = appendText(division.text, text);
      return;
    }
    if (isHeading && this.out.title === '' && this.out.preamble.length === 0) this.out.title = text;
    else this.out.preamble.push(text);
  }
  private countLoose() {
    return this.out.nodes.filter((n) => n.kind === 'point').length;
  }

  /**
   * The 目录's first chapter title again, written in the body without its 第一章 (吕梁 2019
   * 碛口古镇保护条例: 目录 "第一章　总则" … "第五章　附则", then "总  则" over 第一条): the 目录
   * ended there, and the body's first heading is that title. Only a bare title (no 第X章 of its
   * own) after two entries or more, the first of them 第一章, counts.
   */
  private tocTitleAgain(bare: string): boolean {
    const toc = this.toc;
    if (!toc || toc.entries.length < 2) return false;
    const own = normaliseHeading(bare);
    if (DIVISION.test(own)) return false;
    const first = DIVISION.exec(normaliseHeading(tocEntryText(toc.entries[0]?.text ?? '')));
    if (!first || first[2] !== '章' || readNumeral(first[1] ?? '').num !== 1) return false;
    const title = headingKey(first[3] ?? '');
    return title !== '' && headingKey(own) === title;
  }

  /**
   * Lines of a 目录: chapter and section titles until the first one comes again. A 目录
   * whose titles never come again was no table of contents: its lines are read as headings.
   */
  private readToc(text: string, line: number, index: number): boolean {
    if (!this.toc) return false;
    const bare = tocEntryText(text);
    const entry =
      DIVISION_LINE.test(bare) ||
      TOC_ENTRY_WITH_PARTS.test(bare) ||
      BARE_DIVISION.test(normaliseHeading(bare)) ||
      PREFACE.test(normaliseHeading(bare));
    const key = tocKey(bare);
    if (entry && key !== this.toc.first && !this.tocTitleAgain(bare)) {
      this.toc.first ??= key;
      this.toc.entries.push({ text, line, index });
      return true;
    }
    const ended = this.toc;
    this.toc = null;
    if (entry || ended.entries.length === 0) {
      if (ended.entries.length)
        this.sink.warning('table-of-contents', ended.line, {
          count: ended.entries.length,
          body: line,
        });
      this.tocListed = tocChapters(ended.entries) ?? [];
      return false;
    }
    if (this.tocOfLostChapters) {
      this.tocOfLostChapters = false;
      this.sink.warning('table-of-contents', ended.line, {
        count: ended.entries.length,
        body: line,
      });
      for (const e of ended.entries) {
        const m = DIVISION.exec(normaliseHeading(e.text));
        this.lostChapters.push({
          num: readNumeral(m?.[1] ?? '').num ?? 0,
          label: squeeze(`第${m?.[1] ?? ''}章`),
          heading: normaliseHeading(m?.[3] ?? ''),
          line: e.line,
        });
      }
      return false;
    }
    const listed = listedChapters(ended.entries, text);
    if (listed) {
      // The body's chapter headings kept only a list number where 第X章 stood, the 目录 whole
      // (商洛 2016 制定地方性法规条例: 目录 第一章 总则 … 第八章 附则, then "1.  总 则",
      // "2.  市人民代表大会立法程序", "第六章　……", "7.  其他规定"): a 目录 all the same.
      this.sink.warning('table-of-contents', ended.line, {
        count: ended.entries.length,
        body: line,
      });
      this.listedChapters = listed;
      return false;
    }
    for (const e of ended.entries) this.readLine(e.text, e.line, e.index, false);
    return false;
  }

  /**
   * A chapter heading whose 第X章 became a list number ("3.  市人民代表大会常务委员会立法程序"):
   * the 目录's chapter of that number with the same title (listedChapters). It opens that
   * chapter, numbered as the 目录 numbers it, with no label of its own, and a warning says so.
   */
  private readListedChapter(text: string, line: number): boolean {
    if (this.listedChapters.length === 0) return this.readListedNextChapter(text, line);
    const m = LISTED_CHAPTER.exec(text.trim());
    const num = m ? Number(m[1]) : null;
    const chapter = this.listedChapters.find((c) => c.num === num);
    if (!m || !chapter || headingKey(m[2] ?? '') !== headingKey(chapter.heading)) return false;
    if (this.inFront) this.startBody();
    this.listedChapters = this.listedChapters.filter((c) => c.num > chapter.num);
    this.pushDivision(node('chapter', line, { num: chapter.num, heading: chapter.heading }), 2);
    this.sink.warning('chapter-list-numbered', line, {
      label: chapter.label,
      text: squeeze(text),
    });
    return true;
  }

  /**
   * One chapter heading whose 第X章 became a list number in a body whose other headings are
   * written as its 目录 writes them (中山 2019 停车场条例: 目录 第一章 总则 … 第六章 附则, the body's
   * 第一章 to 第五章, then "6.  附则"): the 目录's chapter of that number with the same title, when
   * it is the next chapter of the body. It opens that chapter as readListedChapter does.
   */
  private readListedNextChapter(text: string, line: number): boolean {
    if (this.tocListed.length === 0 || this.inFront) return false;
    const m = LISTED_CHAPTER.exec(text.trim());
    if (!m) return false;
    const num = Number(m[1]);
    const chapter = this.tocListed.find((c) => c.num === num);
    if (!chapter || headingKey(m[2] ?? '') !== headingKey(chapter.heading)) return false;
    if (num !== this.nextNumber('chapter', 2)) return false;
    this.pushDivision(node('chapter', line, { num: chapter.num, heading: chapter.heading }), 2);
    this.sink.warning('chapter-list-numbered', line, {
      label: chapter.label,
      text: squeeze(text),
    });
    return true;
  }

  /**
   * Whether a run of two or more division headings with nothing between them begins here and
   * its first heading comes again right after it: a 目录 without its label, as 江门市门楼号牌管理条例
   * (2022) lists its six chapters before the chapters themselves.
   */
  private startsUnlabeledToc(text: string, index: number): boolean {
    const key = (t: string) => normaliseHeading(tocEntryText(t)).replace(/[\s\u3000]/g, '');
    const first = key(text);
    let count = 1;
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end') continue;
      if (!DIVISION_LINE.test(tocEntryText(it.text))) {
        this.tocOfLostChapters = this.tocBeforeFirstArticle(index, k);
        return this.tocOfLostChapters;
      }
      if (key(it.text) === first) return count >= 2;
      count++;
    }
    return false;
  }

  /**
   * A division heading before the body that is a stray copy of a later one (反不正当竞争法 1993,
   * Theonefkguy/Chinese-Laws: "## 第五章 附 则" above "## 第一章 总 则", 第五章 附则 again before
   * 第三十三条): nothing under it, the next line a heading of the same kind numbered lower, and
   * the same heading further on, where that division is. Returns the line it comes again at, or
   * null. A fragment that begins late (第三章 then 第四章) or a part over its chapters (第一编 /
   * 第一章) is no such copy.
   */
  private strayHeadingAgain(text: string, index: number): number | null {
    const own = DIVISION.exec(normaliseHeading(text));
    const num = own ? readNumeral(own[1] ?? '').num : null;
    if (!own || num === null) return null;
    const key = (t: string) => normaliseHeading(t).replace(/[\s\u3000]/g, '');
    let first = true;
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end') continue;
      if (first) {
        const m = DIVISION_LINE.test(it.text) ? DIVISION.exec(normaliseHeading(it.text)) : null;
        const n = m ? readNumeral(m[1] ?? '').num : null;
        if (!m || m[2] !== own[2] || n === null || n >= num) return null;
        first = false;
        continue;
      }
      if (DIVISION_LINE.test(it.text) && key(it.text) === key(text)) return it.line;
    }
    return null;
  }

  /**
   * Whether the chapter lines from `from` to `to` are a 目录 whose chapters the body lost (日喀则
   * 2018 人民代表大会议事规则: "## 第一章 总则" … "## 第九章 附则第一条 为了……", then the titles
   * run on before the articles that begin the chapters, "……藏语言文字。会议的准备和举行第五条 ……"):
   * three chapters or more numbered 第一章, 第二章, … in sequence, then 第一条. No text has empty
   * chapters before its first article.
   */
  private tocBeforeFirstArticle(from: number, to: number): boolean {
    const at = this.items[to];
    const first = at && at.type !== 'info-end' ? this.articleNumber(at.text) : null;
    if (first?.num !== 1 || first.sub !== null) return false;
    const chapters = this.items.slice(from, to).filter((it) => it.type !== 'info-end');
    if (chapters.length < 3) return false;
    return chapters.every((it, k) => {
      const m = 'text' in it ? DIVISION.exec(normaliseHeading(it.text)) : null;
      return m?.[2] === '章' && readNumeral(m[1] ?? '').num === k + 1;
    });
  }

  /**
   * The next chapter of a 目录 whose chapters the body lost, opened before an article: 第一章 at
   * 第一条, a later one where its title ends the text before the article (会议的准备和举行第五条).
   * The title is taken off that text; a warning names the chapter.
   */
  private openLostChapter(num: number, line: number) {
    const next = this.lostChapters[0];
    if (!next) return;
    const target = this.point ?? this.paragraph;
    let found = num === 1 && this.articleCount === 0;
    if (!found && target && num === this.lastArticle.num + 1) {
      const text = target.text;
      const before = text.slice(0, text.length - next.heading.length);
      found =
        text.endsWith(next.heading) &&
        (before === '' || ENDS_SENTENCE.test(before.replace(/[\s\u3000]+$/, '')));
      if (found) target.text = before.replace(/[\s\u3000]+$/, '');
    }
    if (!found) return;
    this.lostChapters.shift();
    // Its number is the 目录's, not written here: no label, as for a bare 附则.
    this.pushDivision(node('chapter', line, { num: next.num, heading: next.heading }), 2);
    this.sink.warning('chapter-from-toc', line, { label: next.label, text: next.heading });
  }

  /**
   * Whether an article line numbered out of sequence only continues the sentence before it: a
   * citation broken after 《中华人民共和国合同法》 so that "第五十二条 以及本规定第十四条之规定，……"
   * begins a line (最高人民法院关于审理民间借贷案件适用法律若干问题的规定, 2020, 第十三条). The
   * paragraph before ends without punctuation and the next article line goes on in sequence.
   */
  private continuesSentence(num: number | null, sub: number | null, index: number): boolean {
    const target = this.point ?? this.paragraph;
    if (!this.article || !target || sub !== null || num === null) return false;
    if (this.lastArticle.num === 0 || num === this.lastArticle.num + 1) return false;
    const lastLine = target.text.split('\n').at(-1) ?? '';
    if (lastLine === '' || ENDS_SENTENCE.test(lastLine)) return false;
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end') continue;
      const n = this.articleNumber(it.text);
      if (n) return n.sub === null && n.num === this.lastArticle.num + 1;
    }
    return false;
  }

  /**
   * A division heading that is the rest of a sentence broken at a reference to a division (娄底
   * 2020 制定地方性法规条例 第八条: "……经常务委员会依照本条例" / "## 第三章 规定的有关程序审议后，
   * 决定提请市人民代表大会审议，……作说明。", the converter making a heading of 第三章): the paragraph
   * or item above stops without a sentence's punctuation, and the heading's title ends a sentence
   * or begins with a 、 or a comma, as no title does (吉林市 2001 立法条例 第五十七条: "……分别适用
   * 本条例" / "## 第二章 、" / "## 第三章 的有关规定。……"). Returns the line as the text it
   * continues with (第三章规定的……), or null.
   */
  private headingContinuesSentence(text: string, index: number): string | null {
    const m = DIVISION.exec(normaliseHeading(text));
    const target = this.point ?? this.paragraph;
    if (!m || !this.article || !target || target.children.length > 0) return null;
    const label = squeeze(`第${m[1] ?? ''}${m[2] ?? ''}`);
    let rest = normaliseHeading(m[3] ?? '');
    let joined: number | null = null;
    if (rest === '') {
      // A reference to a section broken over two headings, the chapter's with no title (伊春 2018
      // 立法条例 第二十七条: "……依照本条例" / "## 第四章 " / "### 第二节 规定的有关程序审议后，
      // ……参加。"): the section heading's title is the rest of the sentence.
      const next = this.items[index + 1];
      const n = next?.type === 'heading' ? DIVISION.exec(normaliseHeading(next.text)) : null;
      if (!n) return null;
      rest = `${squeeze(`第${n[1] ?? ''}${n[2] ?? ''}`)}${normaliseHeading(n[3] ?? '')}`;
      joined = index + 1;
    }
    if (!/[。；;！？!?]$/.test(rest) && !/^[、，,]/.test(rest)) return null;
    const lastLine = target.text.split('\n').at(-1) ?? '';
    if (lastLine === '' || ENDS_SENTENCE.test(lastLine)) return null;
    this.joinedHeadingAt = joined;
    return `${label}${rest}`;
  }

  /**
   * A 第X条 line before any article that ends a title broken over lines (哈尔滨 2017: "关于对
   * 《哈尔滨市城乡规划条例》" / "第七十七条 适用问题的解释", an interpretation of that article):
   * the line before it stops without a sentence's punctuation, and it ends as a title does.
   */
  private continuesTitle(text: string, index: number): boolean {
    if (this.articleCount > 0 || this.out.nodes.length > 0) return false;
    const m = ARTICLE.exec(text);
    if (!m || !TITLE_TAIL.test(text.slice(m[0].length).trim())) return false;
    const before = this.items[index - 1];
    return (
      before !== undefined &&
      before.type !== 'info-end' &&
      before.text !== '' &&
      !ENDS_SENTENCE.test(before.text) &&
      this.out.preamble.at(-1) === before.text
    );
  }

  /** Whether an article line (not a reference) comes anywhere after `index`. */
  /**
   * Whether a line after the text's articles is the title of a second text printed on after it:
   * a name ending as a legal text's name does (条例, 规则, 办法, ……), no sentence in it, after an
   * article numbered two or more, followed (after a history note in brackets, if any) by 第一条
   * or by a first chapter whose first article is 第一条. Returns the history's index, if any.
   */
  private secondTextAt(text: string, index: number): { history: number | null } | null {
    if (this.lastArticle.num < 2 || !APPENDED_TITLE.test(normaliseHeading(text))) return null;
    // A numbered heading (一、一般规定, （一）……规定, 第二章 ……) is no title of a text.
    if (NUMBERED.test(text) || POINT.test(text) || DIVISION.test(normaliseHeading(text)))
      return null;
    const textAt = (k: number) => {
      const it = this.items[k];
      return it && it.type !== 'info-end' ? it.text : '';
    };
    const next = (from: number) => {
      for (let k = from; k < this.items.length; k++) if (textAt(k) !== '') return k;
      return -1;
    };
    let k = next(index + 1);
    let history: number | null = null;
    if (k >= 0 && (HISTORY_OPEN.test(textAt(k)) || HISTORY_CLAUSE.test(textAt(k)))) {
      history = k;
      k = next(k + 1);
    }
    const opening = k >= 0 ? { text: textAt(k) } : null;
    if (!opening) return null;
    if (this.articleNumber(opening.text)?.num === 1) return { history };
    const division = DIVISION.exec(normaliseHeading(opening.text));
    if (!division || readNumeral(division[1] ?? '').num !== 1) return null;
    return this.nextArticle(k)?.num === 1 ? { history } : null;
  }

  private articleFollows(index: number): boolean {
    return this.items
      .slice(index + 1)
      .some((it) => it.type !== 'info-end' && this.articleNumber(it.text) !== null);
  }

  /** The number of an article line that is not a reference (第十条规定的…), or null. */
  private articleNumber(text: string): { num: number; sub: number | null } | null {
    const m = ARTICLE.exec(text);
    if (!m || !SEPARATOR.test(text.slice(m[0].length))) return null;
    const num = readNumeral(m[1] ?? '').num;
    const sub = m[2] === undefined ? null : parseChineseNumeral(squeeze(m[2]));
    return num === null ? null : { num, sub };
  }

  /** The number of the article right after a run of division lines from `index`, or null. */
  private nextArticle(index: number): { num: number; sub: number | null } | null {
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end') continue;
      const n = this.articleNumber(it.text);
      if (n || !DIVISION.test(normaliseHeading(it.text))) return n;
    }
    return null;
  }

  /** Whether 第(num+1)条 comes after `index` before any numbered point 一、 or （一）. */
  private nextInSequenceFollows(index: number, num: number): boolean {
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end') continue;
      const n = this.articleNumber(it.text);
      if (n) return n.sub === null && n.num === num + 1;
      if (NUMBERED.test(it.text)) return false;
    }
    return false;
  }

  private inSequence(n: { num: number; sub: number | null }): boolean {
    return n.sub === null
      ? n.num === this.lastArticle.num + 1
      : n.num === this.lastArticle.num && n.sub === this.lastArticle.sub + 1;
  }

  /**
   * An amendment's article that ends "……内容如下：" followed by articles numbered out of this
   * text's sequence (or by the heading of the section they form) quotes new text: those lines
   * stay paragraphs of the quoting article until the text's own sequence goes on.
   */
  private readQuoted(text: string, line: number, index: number): boolean {
    if (this.quoting) {
      const n = this.articleNumber(text) ?? (DIVISION.test(text) ? this.nextArticle(index) : null);
      if ((n && this.inSequence(n)) || ANNEX.test(text)) {
        this.quoting = null;
        return false;
      }
      this.paragraph = node('paragraph', line, { text });
      this.quoting.children.push(this.paragraph);
      this.point = null;
      return true;
    }
    const target = this.point ?? this.paragraph;
    if (!this.article || !target || !/[：:]$/.test(target.text)) return false;
    // 第七节　监察委员会 right after the colon: quoted when the article after it is.
    const first =
      this.articleNumber(text) ?? (DIVISION_LINE.test(text) ? this.nextArticle(index) : null);
    if (!first || this.inSequence(first) || first.num <= this.lastArticle.num) return false;
    this.quoting = this.article;
    this.sink.warning('quoted-articles', line, { label: this.article.label, text });
    return this.readQuoted(text, line, index);
  }

  /**
   * Articles quoted inside a decision's point (上海 2024 修改《上海市制定地方性法规条例》等3件决定:
   * "1.增加一章，……内容如下：" / "“第六章　长三角区域协同立法" / "第六十一条　……" … "第六十五条　……
   * 地方性法规。”", the articles between without quotation marks of their own): the amended law's
   * new text. A line 第X条 (or 第X章) read while a quotation opened in the decision's points is still
   * open begins no article of this text: it and every line after it stay the quoting item's text
   * until the quotation closes; so does a line “第X条 that opens a quotation left open after it.
   * Only before any article of this text. A paragraph that begins
   * with “ while a quotation is open goes on with it (the Chinese way of quoting several
   * paragraphs), so it opens no new one; the decision's next point (一、 then 二、) starts afresh.
   */
  private readInPointQuote(text: string): boolean {
    if (this.article || this.articleCount > 0 || !this.loosePoint) {
      this.pointQuote = 0;
      this.quotedHolder = null;
      return false;
    }
    const open = this.pointQuote > 0;
    const next = NUMBERED.exec(text);
    const nextPoint =
      next !== null &&
      /、$/.test(this.loosePoint.label) &&
      parseChineseNumeral(next[1] ?? '') === (this.loosePoint.num ?? 0) + 1;
    if (nextPoint && !this.quotedHolder) this.pointQuote = 0;
    this.pointQuote = quoteDepth(this.pointQuote, text);
    // Also a quoted article that opens its quotation on its own line ("4.将第六条改为三条，……：" /
    // "“第五条　……：" / "（一）……" / "……予以公布。”"): its items are its own, not the decision's.
    const bare = text.replace(/^[“「『]/, '');
    const quotedArticle =
      (open && (ARTICLE.test(text) || DIVISION_LINE.test(text))) ||
      (bare !== text && this.pointQuote > 0 && ARTICLE.test(bare));
    if (!this.quotedHolder && quotedArticle) {
      const target = this.point ?? this.loosePoint;
      const last = target.children.at(-1);
      this.quotedHolder = last?.kind === 'subpoint' ? last : target;
    }
    if (!this.quotedHolder) return false;
    this.quotedHolder.text = appendText(this.quotedHolder.text, text);
    if (this.pointQuote === 0) this.quotedHolder = null;
    return true;
  }

  private readAnnex(text: string, line: number, index: number): boolean {
    if (this.annex && index === this.appendedHistoryAt) {
      // The history of a second text printed on after the first (secondTextAt): the annex's text.
      this.annex.text = appendText(this.annex.text, text);
      return true;
    }
    if (this.annexArticles === 'yes') {
      if (!this.approvedAnnex || this.approvedHome || !this.endsApprovedText(text, index))
        return false;
      // 附件：1．…… after the approved text's last article (2024 延迟法定退休年龄决定: the 办法's
      // 第九条, then its list of attachments and 附件1 to 附件4): the attachments are that text's,
      // so they go in its annex, after its articles.
      this.approvedHome = this.approvedAnnex;
      this.annex = null;
      this.annexArticles = 'no';
    }
    const second = !this.annex && this.articleCount > 0 ? this.secondTextAt(text, index) : null;
    if (second) {
      // 吉林 1997 吉林市人民代表大会议事规则: after "第五十七条　本规则自公布之日起施行。" the title
      // 吉林市人民代表大会专门委员会工作条例, its history, and its own 第一章 and 第一条: a second
      // text, an annex holding its chapters and articles, numbered from one again.
      const heading = normaliseHeading(text);
      this.sink.warning('text-appended', line, { text: heading, label: this.article?.label ?? '' });
      this.annex = node('annex', line, { num: null, heading });
      this.out.nodes.push(this.annex);
      this.divisions.length = 0;
      this.closeUnits();
      this.divisions.push({ node: this.annex, level: 0 });
      this.annexArticles = 'yes';
      this.lastArticle = { num: 0, sub: 0 };
      this.appendedHistoryAt = second.history;
      return true;
    }
    if (this.annexIndex && !this.annex && /^[0-9０-９]{1,2}[.．、]/.test(text)) {
      // The next attachment named in the list of attachments (2．……).
      this.annexIndex.text = appendText(this.annexIndex.text, text);
      return true;
    }
    const item = this.items[index];
    if (item?.type === 'line' && item.annexTitle) {
      // The title of an attachment whose label 附件 was lost (annexLabelLostAt), or of each of
      // the catalogues run on after a decision's last point (cataloguesRunInAt).
      this.annex = node('annex', line, { num: null, heading: normaliseHeading(text) });
      this.out.nodes.push(this.annex);
      this.divisions.length = 0;
      this.closeUnits();
      return true;
    }
    if (this.annex && this.annexArticles === 'maybe' && this.articleNumber(text)?.num === 1) {
      // The attached text's 第一条: its articles are read as articles, in the annex.
      this.annexArticles = 'yes';
      this.divisions.length = 0;
      this.divisions.push({ node: this.annex, level: 0 });
      this.sink.warning('annex-articles', line, {
        text: this.annex.heading,
        label: squeeze(ARTICLE.exec(text)?.[0] ?? ''),
      });
      return false;
    }
    if (!this.annex && this.endsPoints(text, index)) {
      // 附 after a decision's last point: not part of that point, an attachment.
      this.annex = node('annex', line, { num: null, heading: normaliseHeading(text) });
      this.out.nodes.push(this.annex);
      this.divisions.length = 0;
      this.closeUnits();
      this.annexArticles = this.articleFollows(index) ? 'maybe' : 'no';
      this.sink.warning('annex-after-points', line, { text });
      return true;
    }
    // After the text's clauses, or after a sentence of a body without numbers (the decision).
    const bodySentence =
      (this.hasInfoEnd || this.bodyBeforeAnnex) &&
      this.preambleAtBody !== null &&
      this.out.preamble.slice(this.preambleAtBody).some((p) => /[。；]$/.test(p));
    const textBefore = this.articleCount + this.countLoose() > 0 || bodySentence;
    if (
      (!this.annex || this.annex === this.tableAnnex) &&
      textBefore &&
      this.tableFollows(text, index)
    ) {
      // A table after the text, or the next table after a table (税率表一, then 税率表二).
      this.openTableAnnex(text, line);
      return true;
    }
    if (!this.annex && this.approvedText(text, index)) {
      // The text the decision's points approve, printed after the last point (2024 延迟法定退休
      // 年龄决定: 四、"批准《国务院关于渐进式延迟法定退休年龄的办法》。" … 五、"本决定自……施行。" /
      // "国务院关于渐进式延迟法定退休年龄的办法" / its preamble / 第一条 …): its title, preamble and
      // articles are that text's, an annex, not the last point's nor the decision's articles.
      this.annex = node('annex', line, { num: null, heading: normaliseHeading(text) });
      this.approvedAnnex = this.annex;
      this.out.nodes.push(this.annex);
      this.divisions.length = 0;
      this.closeUnits();
      this.annexArticles = 'maybe';
      this.sink.warning('annex-approved', line, { text: squeeze(text) });
      return true;
    }
    if (!this.annex && textBefore && this.namedAttachment(text, index)) {
      // The title of an attachment the text names, after its last clause, no 附件 over it (天津
      // 2020 资源税决定: 七、"……依照本决定所附《天津市地热资源税税率表》执行" … 十、"本决定自2020年9月1日
      // 起施行。" / "天津市地热资源税税率表" / its cells): that attachment, as 附件 would open it.
      this.annex = node('annex', line, { num: null, heading: normaliseHeading(text) });
      this.out.nodes.push(this.annex);
      this.divisions.length = 0;
      this.closeUnits();
      this.sink.warning('annex-named', line, { text: squeeze(text) });
      return true;
    }
    if (!this.annex && this.tableAfterCommencement(text, index)) {
      // A table with no title after the article that puts the text in force: attached to it.
      this.sink.warning('annex-untitled-table', line, { label: this.article?.label ?? '' });
      this.annex = node('annex', line, { num: null, heading: '' });
      this.tableAnnex = this.annex;
      this.annex.text = text;
      this.out.nodes.push(this.annex);
      this.divisions.length = 0;
      this.closeUnits();
      return true;
    }
    const bareAnnex = BARE_ANNEX.test(text) && this.articleCount > 0 && !this.articleFollows(index);
    if (
      !this.annex &&
      this.articleCount > 0 &&
      EXPLANATION.test(normaliseHeading(text)) &&
      !this.articleFollows(index)
    ) {
      // Not an annex of the law: the drafters' explanation, kept apart from the last article.
      this.annex = node('annex', line, { num: null, heading: normaliseHeading(text) });
      this.out.nodes.push(this.annex);
      this.divisions.length = 0;
      this.closeUnits();
      this.sink.warning('explanation', line, { text });
      return true;
    }
    if (this.annex && this.announcedAnnexFollows(this.annex, text, index)) {
      // 附件：云南省资源税税目税率表 (the attachment named after the text) / 附件 / 云南省资源税税目
      // 税率表 / the table (资源税决定 2020): the attachment named comes now, the same annex.
      this.annex.text = appendText(this.annex.text, text);
      return true;
    }
    if (
      !this.annex &&
      this.articleCount + this.countLoose() > 0 &&
      this.listsAnnexes(text, index)
    ) {
      // A list of the attachments after the last clause (北京 2021 换届选举决定: "附件：1．……" /
      // "2．……" / "3．……" / "附件1" / …): it names the attachments that follow and is no
      // attachment itself, so it stands after the clauses as a paragraph, and 附件1 is annex 1.
      this.annexIndex = node('paragraph', line, { text });
      (this.approvedHome?.children ?? this.out.nodes).push(this.annexIndex);
      this.divisions.length = 0;
      this.closeUnits();
      this.sink.warning('annex-index', line, { text });
      return true;
    }
    // After the text's clauses, or after the sentences of a body without numbers when no article
    // follows (2025 decision approving the 法律清理 report: its two sentences, then 附件：……目录
    // and the catalogue in groups 一、 二、, which are the attachment's, not the decision's points).
    // A covering notice whose attachment is the text of articles (附： / 某某办法 / 第一条) is not.
    if (
      (ANNEX.test(text) || bareAnnex) &&
      (this.articleCount + this.countLoose() > 0 || (bodySentence && !this.articleFollows(index)))
    ) {
      const m = /^附(?:件|表|录|图)([一二三四五六七八九十0-9０-９]*)/.exec(text);
      const written = m?.[1] ? (parseChineseNumeral(toHalfWidthDigits(m[1])) ?? null) : null;
      this.annex = node('annex', line, { num: written, heading: normaliseHeading(text) });
      (this.approvedHome?.children ?? this.out.nodes).push(this.annex);
      this.divisions.length = 0;
      this.closeUnits();
      this.sink.warning('annex', line, { text });
      return true;
    }
    if (!this.annex) return false;
    this.annex.text = appendText(this.annex.text, text);
    return true;
  }

  /**
   * Whether a line 附件：1．…… begins a list of the attachments: a later line is the label of
   * the first attachment itself (附件1, 附件一, alone or before its title).
   */
  private listsAnnexes(text: string, index: number): boolean {
    if (!/^附件[：:][\s\u3000]*[1１][.．、]/.test(text)) return false;
    return this.items
      .slice(index + 1)
      .some(
        (it) =>
          it.type !== 'info-end' &&
          /^附件[\s\u3000]*(?:[1１]|一)(?![0-9０-９十])(?:[\s\u3000：:].*)?$/.test(it.text),
      );
  }

  /**
   * Whether this line titles a table attached after the text, as 附表 would (2020 海南自贸区
   * 授权决定: "授权国务院在中国(海南)自由贸易试验区暂时调整适用有关法律规定目录" over the table of
   * the provisions adjusted): a title (TABLE_TITLE) right over the rows of a Markdown table.
   */
  private tableFollows(text: string, index: number): boolean {
    const next = this.items[index + 1];
    const row = (t: string) => TABLE_ROW.test(t) || TAB_ROW.test(t);
    if (row(text) || !next || next.type !== 'line' || !row(next.text)) return false;
    return TABLE_TITLE.test(squeeze(text)) && !ARTICLE.test(text) && !DIVISION.test(text);
  }

  /**
   * Whether a Markdown table with no title over it begins here, right after the article that puts
   * the text in force (固定污染源排污许可分类管理名录 2019, 第十条: "本名录自发布之日起施行。……同时
   * 废止。" / "| 序号 | 行业类别 | 重点管理 | … |" / "| --- | --- | … |", its notes after the table):
   * its header row over the delimiter row, no article after it. A text is put in force by its last
   * article, so a table after that article is attached to the text, not a paragraph of the article.
   */
  private tableAfterCommencement(text: string, index: number): boolean {
    if (!this.article || this.point || !TABLE_ROW.test(text)) return false;
    const next = this.nextItem(index);
    if (!next || !TABLE_DELIMITER.test(next.text.trim())) return false;
    const first = this.article.children[0]?.text ?? this.article.text;
    return COMMENCEMENT_FIRST.test(first) && !this.articleFollows(index);
  }

  /**
   * Whether this line is the title of the text a decision's points approve (批准《…》), printed
   * after the last point with its articles from 第一条 after it, and no next point before them.
   */
  private approvedText(text: string, index: number): boolean {
    if (this.articleCount > 0 || this.countLoose() === 0 || this.approvedAnnex) return false;
    const title = squeeze(text);
    if (title.length < 4 || /[。；;，,：:！？!?《》]/.test(title) || ARTICLE.test(text))
      return false;
    if (POINT.test(text) || NUMBERED.test(text)) return false;
    let first: { num: number } | null = null;
    for (const it of this.items.slice(index + 1)) {
      if (it.type === 'info-end') continue;
      first = this.articleNumber(it.text);
      if (first) break;
      if (readNumeral(NUMBERED.exec(squeeze(it.text))?.[1] ?? '').num === this.countLoose() + 1)
        return false;
    }
    if (first?.num !== 1) return false;
    return this.items
      .slice(0, index)
      .some(
        (it) =>
          it.type !== 'info-end' &&
          [...it.text.matchAll(/批准《([^《》]{2,60})》/g)].some(
            (m) => squeeze(m[1] ?? '') === title,
          ),
      );
  }

  /**
   * Whether this line, after the last article of a text the decision approves, begins that text's
   * attachments (附件：1．…… listing them, or 附件1): no article follows.
   */
  private endsApprovedText(text: string, index: number): boolean {
    return (ANNEX.test(text) || this.listsAnnexes(text, index)) && !this.articleFollows(index);
  }

  /**
   * Whether this line is, word for word, the title of an attachment an earlier line names
   * (所附《…》, 附后的《…》, 附件《…》), with no article and no next point after it: the text's
   * clauses are over, and what follows is that attachment.
   */
  private namedAttachment(text: string, index: number): boolean {
    const title = squeeze(text).replace(/^《(.+)》$/, '$1');
    if (title.length < 4 || /[。；;，,：:！？!?]/.test(title) || ARTICLE.test(text)) return false;
    if (POINT.test(text) || NUMBERED.test(text) || this.articleFollows(index)) return false;
    const next = this.countLoose() + 1;
    const later = this.items.slice(index + 1);
    if (
      later.some(
        (it) =>
          it.type !== 'info-end' &&
          readNumeral(NUMBERED.exec(squeeze(it.text))?.[1] ?? '').num === next,
      )
    )
      return false;
    return this.items
      .slice(0, index)
      .some(
        (it) =>
          it.type !== 'info-end' &&
          [...it.text.matchAll(/(?:所附|附后的?|附件)《([^《》]{2,60})》/g)].some(
            (m) => squeeze(m[1] ?? '') === title,
          ),
      );
  }

  /** An annex headed by the title of the table that follows it. */
  private openTableAnnex(text: string, line: number): void {
    this.annex = node('annex', line, { num: null, heading: normaliseHeading(text) });
    this.tableAnnex = this.annex;
    this.out.nodes.push(this.annex);
    this.divisions.length = 0;
    this.closeUnits();
    this.sink.warning('annex', line, { text });
  }

  /**
   * Whether a line 附件 begins the one attachment that an annex line just before it named
   * (附件：云南省资源税税目税率表, nothing after it): the next line is that attachment's title.
   */
  private announcedAnnexFollows(annex: ClauseNode, text: string, index: number): boolean {
    if (annex.text !== '' || annex.children.length > 0) return false;
    if (!ANNEX_MARK.test(normaliseHeading(text))) return false;
    const named = /^附(?:件|表|录|图)?[一二三四五六七八九十0-9０-９]*[：:](.+)$/.exec(
      squeeze(annex.heading),
    )?.[1];
    const next = this.nextItem(index)?.text;
    const key = (t: string) => squeeze(t).replace(/[《》]/g, '');
    if (named === undefined || next === undefined) return false;
    // The name may add a note in brackets that the title line leaves to the line under it
    // (附件：……决定目录（104件） / 附件： / ……决定目录 / （104件）).
    const rest = key(named).startsWith(key(next)) ? key(named).slice(key(next).length) : null;
    return (
      rest === '' || (key(next) !== '' && rest !== null && /^[（(][^（）()]{1,12}[）)]$/.test(rest))
    );
  }

  /**
   * Whether a line announcing an attachment (附, 附：, 附件) ends a text of points: points were read
   * and no article, and the points do not go on after it (no next point in sequence follows
   * before a list of the attachment's own, numbered from 一、 again).
   */
  private endsPoints(text: string, index: number): boolean {
    if (!ANNEX_MARK.test(normaliseHeading(text))) return false;
    if (this.articleCount > 0 || this.divisions.length > 0) return false;
    const last = this.out.nodes.filter((n) => n.kind === 'point' && /、$/.test(n.label)).at(-1);
    if (!last || last.num === null) return false;
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end') continue;
      const m = NUMBERED.exec(it.text);
      const num = m ? parseChineseNumeral(m[1] ?? '') : null;
      // A list of the attachment's own, numbered from 一、 again, ends the search.
      if (num === 1) break;
      if (num === last.num + 1) return false;
    }
    return true;
  }

  /**
   * Whether a plain front line goes on the history note (题注) before it: that note opens with
   * "（" and a year and has not closed its parenthesis yet, and the line does not open one of its own
   * nor end a sentence (an enacting sentence 作如下决定： after a note that lost its "）" is no part of it).
   */
  /** Whether a body without numbers was found before its attachment (sentencesBeforeAnnex). */
  private bodyBeforeAnnex = false;

  /**
   * In front matter with no `<!-- INFO END -->`, how many front lines before an attachment line
   * (附件：……) are sentences (ending with 。 or ；), when no article follows it: the body without
   * numbers the attachment belongs to. 0 when the line is no such attachment line.
   */
  private sentencesBeforeAnnex(text: string, index: number): number {
    if (this.hasInfoEnd || !ANNEX.test(text) || this.articleFollows(index)) return 0;
    const lines = this.out.preamble;
    let k = lines.length;
    while (k > 0 && /[。；]$/.test(squeeze(lines[k - 1]!))) k--;
    return lines.length - k;
  }

  /** Whether the title printed again over lines was warned title-repeated (see build). */
  private titleRepeatedWarned = false;

  private continuesHistory(text: string): boolean {
    const before = this.out.preamble.at(-1);
    if (before === undefined || /^[（(]/.test(text)) return false;
    if (/[。；;：:！？!?]$/.test(text)) return false;
    if (HISTORY_OPEN.test(before)) {
      const open = (before.match(/[（(]/g) ?? []).length;
      const close = (before.match(/[）)]/g) ?? []).length;
      if (open > close) return true;
    }
    // A history line opened with its date that leaves the title of the decision it names open
    // (组织法 2022: "2015年8月29日 ……会议《关于修改〈……组织法〉" / "〈……选举法〉" / "〈……代表法〉的
    // 决定》第五次修正"): the lines that open no date of their own go on it.
    const clause = before.split('\n').at(-1) ?? '';
    if (!HISTORY_CLAUSE.test(clause) || HISTORY_CLAUSE.test(text)) return false;
    return (clause.match(/《/g) ?? []).length > (clause.match(/》/g) ?? []).length;
  }

  private readLine(text: string, line: number, index: number, isHeading: boolean) {
    const plain = normaliseHeading(text);
    if (this.readToc(text, line, index)) return;
    if (this.readListedChapter(text, line)) return;
    const sentences = this.inFront && !isHeading ? this.sentencesBeforeAnnex(text, index) : 0;
    if (sentences > 0) {
      // Without `<!-- INFO END -->` (2025 法律清理 decision under YAML front matter): the
      // sentences before the attachment line are the body without numbers, as after the marker.
      this.inFront = false;
      this.preambleAtBody = this.out.preamble.length - sentences;
      this.bodyBeforeAnnex = true;
    }
    if (this.inFront) {
      if (TOC.test(plain) && !this.hasInfoEnd) {
        this.toc = { line, entries: [], first: null };
        return;
      }
      const structural =
        ARTICLE.test(text) ||
        POINT.test(text) ||
        DIVISION_LINE.test(text) ||
        BARE_DIVISION.test(plain) ||
        ((NUMBERED.test(text) || DASH_ONE.test(text)) &&
          (!isHeading || this.numberedHeadingOpensBody(text, index)));
      if (this.hasInfoEnd || !structural) {
        if (isHeading && this.out.title === '' && this.out.preamble.length === 0)
          this.out.title = text;
        else if (!isHeading && this.continuesHistory(text)) {
          // 保定 2022 快递业促进条例: "（2022年6月16日……常务" / "委员会第八次会议通过" / "2022年7月28日……
          // 批准）", one history note broken over plain lines, as a `>` quotation of it is one.
          const last = this.out.preamble.length - 1;
          const joint = HISTORY_CLAUSE.test(text) ? '\n' : '';
          this.out.preamble[last] = `${this.out.preamble[last]}${joint}${text}`;
          this.sink.warning('line-joined', line, { line: this.previousLine, text });
        } else this.out.preamble.push(text);
        return;
      }
      this.startBody();
    }
    const quoted = this.quotedBeforePoints;
    if (quoted && index >= quoted[0] && index < quoted[1]) {
      if (index === quoted[0])
        this.sink.warning('articles-quoted-before-points', line, { text: squeeze(text) });
      this.out.preamble.push(text);
      return;
    }
    if (this.continuesTitle(text, index)) {
      this.sink.warning('title-line-article', line, { text: squeeze(text) });
      this.out.preamble.push(text);
      this.titleTailAt = this.out.preamble.length;
      return;
    }
    if (this.readInPointQuote(text)) return;
    if (this.readAnnex(text, line, index)) return;
    if (this.readQuoted(text, line, index)) return;
    if (TOC.test(plain) && this.articleCount === 0) {
      this.toc = { line, entries: [], first: null };
      return;
    }
    if (
      this.articleCount === 0 &&
      this.divisions.length === 0 &&
      DIVISION_LINE.test(tocEntryText(text)) &&
      this.startsUnlabeledToc(text, index)
    ) {
      this.toc = { line, entries: [], first: null };
      this.readToc(text, line, index);
      return;
    }
    if (this.articleCount === 0 && this.divisions.length === 0 && DIVISION_LINE.test(text)) {
      const again = this.strayHeadingAgain(text, index);
      if (again !== null) {
        this.sink.warning('stray-heading', line, { text: squeeze(text), again });
        return;
      }
    }
    const wasFresh = this.freshDivision;
    this.freshDivision = null;
    const continued = isHeading ? this.headingContinuesSentence(text, index) : null;
    if (continued !== null) {
      // Read as the plain line it was before the converter made it a heading: joined on.
      this.readText(continued, line, false, index);
      return;
    }
    const quotedLine = this.items[index];
    const inPoint = quotedLine?.type === 'line' && quotedLine.quoted === true;
    if (!inPoint && (DIVISION_LINE.test(text) || (isHeading && DIVISION.test(text)))) {
      this.openDivision(text, line);
      return;
    }
    if (BARE_DIVISION.test(plain)) {
      if (wasFresh && wasFresh.heading === '') {
        wasFresh.heading = plain;
        this.sink.warning('heading-continued', line, { text });
      } else {
        this.openBareDivision(plain, line, 'division-unnumbered');
      }
      return;
    }
    if (!isHeading && this.chapterLabelLost(plain, index)) {
      this.openBareDivision(plain, line, 'division-unnumbered');
      return;
    }
    if (!isHeading && this.chapterLabelLostFirst(plain, index)) {
      // The articles before stand in the 第一章 whose heading was lost with its title.
      this.openBareDivision(plain, line, 'division-unnumbered', 2);
      return;
    }
    if (!isHeading && this.sectionLabelLost(plain, index)) {
      this.openLostSection(plain, line);
      return;
    }
    if (PREFACE.test(plain) && this.articleCount === 0) {
      this.out.preamble.push(plain);
      return;
    }
    const handled =
      this.readArticle(text, line, index) ||
      this.readPoint(text, line, index) ||
      this.readNumbered(text, line, index) ||
      this.readSubpoint(text, line);
    if (handled) return;
    this.freshDivision = wasFresh;
    this.readText(text, line, isHeading, index);
    if (this.freshDivision === wasFresh) this.freshDivision = null;
  }

  /**
   * A chapter title whose 第X章 and heading markup were lost (三门峡 2019 白天鹅及其栖息地保护条例:
   * "## 第二章  保护职责" … "第十条 ……举报。" / "栖息地管理" / "第十一条 ……", then "保护措施" and
   * "法律责任" the same way): a short line of Han characters alone, no punctuation, after an
   * article whose sentence is finished and before the next article in sequence, inside a chapter
   * (no 节) of a text divided into chapters, when the next numbered chapter, if any, skips one.
   * A reader reads the next chapter; before, the title was the article's last paragraph.
   * Where no chapter before is numbered, only a bare title (吉安 2020 文明行为促进条例: "总 则" …
   * "基本规范" … "鼓励与支持" … "## 第四章 保障与促进"), a numbered chapter must follow and skip
   * the one this would be, or, where no numbered chapter follows either, a title read by its
   * words (法律责任, 附则) must stand later between two articles (bareTitleFollows).
   */
  private chapterLabelLost(plain: string, index: number): boolean {
    if (!this.article || !/^\p{Script=Han}{2,12}$/u.test(plain)) return false;
    const innermost = this.divisions.at(-1);
    if (!innermost || innermost.level !== 2 || innermost.node.kind !== 'chapter') return false;
    const numbered = (n: ClauseNode) => n.kind === 'chapter' && n.label.startsWith('第');
    const numberedBefore =
      this.divisions.some((d) => numbered(d.node)) || this.out.nodes.some(numbered);
    if (!this.titleBetweenArticles(index)) return false;
    // A chapter must be missing: the next numbered chapter, if any, skips the one this would be
    // (嘉兴 2021: 物业管理服务 between 第二章 and 第四章); where 第三章 follows, the line stays text.
    const current = innermost.node.num ?? 0;
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end' || !DIVISION_LINE.test(it.text)) continue;
      const d = DIVISION.exec(normaliseHeading(it.text));
      if (d?.[2] !== '章') continue;
      const num = readNumeral(d[1] ?? '').num;
      if (num === null) return numberedBefore;
      return num > current + 1;
    }
    return numberedBefore || this.bareTitleFollows(index);
  }

  /**
   * Whether a chapter title read by its words (法律责任, 附则, 罚则, 分则) stands later alone on
   * its line between two articles, no numbered chapter before it: the text is divided into
   * chapters that all lost their 第X章 (威海 2020 海岸带保护条例: "保护规划", "保护措施" and then
   * "法律责任" between articles, the first chapter's heading lost with its title).
   */
  private bareTitleFollows(index: number): boolean {
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end') continue;
      if (DIVISION_LINE.test(it.text)) return false;
      const plain = normaliseHeading(it.text);
      if (plain === '总则' || !BARE_DIVISION.test(plain)) continue;
      const next = this.items.slice(k + 1).find((x) => x.type !== 'info-end' && x.text !== '');
      return next !== undefined && next.type !== 'info-end' && ARTICLE.test(next.text);
    }
    return false;
  }

  /**
   * A chapter title that lost its 第X章 where no chapter stands before it, the first chapter's
   * heading having been lost with its title (商丘 2021 黄河故道湿地保护条例: 第一条 … 第八条 with no
   * heading, "规划与保护" alone on a line, 第九条 … 第十九条, then "## 第三章  利用与管理"): the same
   * short line of Han characters between an article whose sentence is finished and the next
   * article in sequence, no division open, when the first numbered chapter after it is 第三章 or
   * later. The articles before stand in the lost 第一章, so the title is 第二章's; the numbered
   * chapter must skip it. Before, the title was the article's last paragraph and the articles
   * after it stood outside any chapter. Where no numbered chapter follows at all (威海 2020
   * 海岸带保护条例), a later title read by its words between two articles shows the chapters
   * (bareTitleFollows).
   */
  private chapterLabelLostFirst(plain: string, index: number): boolean {
    if (!this.article || this.divisions.length > 0) return false;
    if (!/^\p{Script=Han}{2,12}$/u.test(plain)) return false;
    if (this.out.nodes.some((n) => n.kind !== 'article')) return false;
    if (!this.titleBetweenArticles(index)) return false;
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end' || !DIVISION_LINE.test(it.text)) continue;
      const d = DIVISION.exec(normaliseHeading(it.text));
      if (d?.[2] !== '章') return false;
      return (readNumeral(d[1] ?? '').num ?? 0) > 2;
    }
    return this.bareTitleFollows(index);
  }

  /**
   * A chapter title that lost its 第X章, glued after the last full stop of the article before and
   * before this article, the next in sequence (伊春 2019 城乡规划条例: "第二十条 ……应当按照原程序报批、
   * 备案。城乡规划的实施第二十一条 城乡建设……", between 第二章 and 第四章): a short run of Han
   * characters after the 。 that ends the text, inside a numbered chapter, when the next numbered
   * chapter skips one. The title is taken off that text and opens the missing chapter, as a line
   * of its own would (chapterLabelLost); before, it ended the article and the articles after it
   * stood in the chapter before. A 目录's lost chapters are read by openLostChapter instead.
   */
  private openGluedLostChapter(num: number, line: number, index: number) {
    if (!this.article || num !== this.lastArticle.num + 1) return;
    const target = this.point ?? this.paragraph;
    const glued = target ? /。(\p{Script=Han}{2,12})$/u.exec(target.text) : null;
    if (!target || !glued) return;
    const innermost = this.divisions.at(-1);
    if (
      !innermost ||
      innermost.level !== 2 ||
      innermost.node.kind !== 'chapter' ||
      !innermost.node.label.startsWith('第')
    )
      return;
    const current = innermost.node.num ?? 0;
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end' || !DIVISION_LINE.test(it.text)) continue;
      const d = DIVISION.exec(normaliseHeading(it.text));
      if (d?.[2] !== '章') continue;
      if ((readNumeral(d[1] ?? '').num ?? 0) <= current + 1) return;
      target.text = target.text.slice(0, glued.index + 1);
      this.openBareDivision(glued[1] ?? '', line, 'division-unnumbered');
      return;
    }
  }

  /**
   * Whether the line at `index` stands where a lost division title would: after an article whose
   * last sentence is finished, right before the next article in sequence (shared by
   * chapterLabelLost and sectionLabelLost).
   */
  private titleBetweenArticles(index: number): boolean {
    if (!this.article) return false;
    let last: ClauseNode = this.article;
    while (last.children.length > 0) last = last.children.at(-1)!;
    if (!ENDS_SENTENCE.test(last.text.split('\n').at(-1) ?? '')) return false;
    const next = this.items.slice(index + 1).find((it) => it.type !== 'info-end' && it.text !== '');
    const m = next && next.type !== 'info-end' ? ARTICLE.exec(next.text) : null;
    if (!m || m[2] !== undefined) return false;
    return readNumeral(m[1] ?? '').num === this.lastArticle.num + 1;
  }

  /**
   * A section title whose 第X节 and heading markup were lost (监狱法 2012: "### 第六节 奖惩" …
   * "第五十八条 ……依法追究刑事责任。" / "对罪犯服刑期间犯罪的处理" / "第五十九条 ……" … "## 第五章
   * 对罪犯的教育改造"): a short line of Han characters alone, no punctuation, after an article
   * whose sentence is finished and before the next article in sequence, inside a numbered 节,
   * when the chapter (or the text) ends before any further 节: its last section is missing. A
   * reader reads the chapter's next section; before, the title was the article's last paragraph
   * and the articles after it stood in the section before. (Between 节 k and 节 k+2 the line is
   * read once the tree is built, by recoverLostDivisions.)
   */
  private sectionLabelLost(plain: string, index: number): boolean {
    if (!this.article || !/^\p{Script=Han}{2,16}$/u.test(plain)) return false;
    const innermost = this.divisions.at(-1);
    if (!innermost || innermost.node.kind !== 'section' || !innermost.node.label.startsWith('第'))
      return false;
    if (!this.titleBetweenArticles(index)) return false;
    for (let k = index + 1; k < this.items.length; k++) {
      const it = this.items[k];
      if (!it || it.type === 'info-end' || !DIVISION_LINE.test(it.text)) continue;
      const d = DIVISION.exec(normaliseHeading(it.text));
      if (!d) continue;
      // A 节 after it: where the numbering skips one, recoverLostDivisions reads it once built.
      return d[2] !== '节' && d[2] !== '節';
    }
    return true;
  }

  /** The section whose label was lost (see sectionLabelLost): numbered after the one before. */
  private openLostSection(text: string, line: number) {
    const level = DIVISION_LEVEL['节']?.level ?? 3;
    const num = this.nextNumber('section', level);
    this.pushDivision(node('section', line, { num, heading: normaliseHeading(text) }), level);
    this.sink.warning('section-unnumbered', line, {
      text,
      read: `第${formatChineseNumeral(num)}节`,
    });
  }

  private readQuote(text: string, line: number, index: number) {
    const target = this.point ?? this.paragraph ?? this.loosePoint;
    if (this.annex && this.annexArticles !== 'yes')
      this.annex.text = appendText(this.annex.text, text);
    else if (target && !this.inFront) target.text = appendText(target.text, text);
    else this.readLine(text, line, index, false);
  }

  build(): BuiltTree {
    const footer = this.footerAt === null ? [] : this.items.slice(this.footerAt);
    const footerText = footer.flatMap((it) => (it.type === 'info-end' ? [] : [it.text]));
    if (footer[0] && footerText.length > 0)
      this.sink.warning('page-footer', footer[0].line, {
        text: footerText.join(' '),
        lines: footerText.length,
      });
    if (this.colophonAt !== null) {
      const lines = this.items
        .slice(this.colophonAt)
        .flatMap((it) => (it.type === 'info-end' ? [] : [it.text]));
      this.sink.warning('colophon', this.items[this.colophonAt]!.line, {
        text: lines.join(' '),
        lines: lines.length,
      });
    }
    if (this.signatureAt !== null) {
      const lines = this.items
        .slice(this.signatureAt, this.colophonAt ?? undefined)
        .flatMap((it) => (it.type === 'info-end' ? [] : [it.text]));
      this.sink.warning('signature', this.items[this.signatureAt]!.line, {
        text: lines.join(' '),
      });
    }
    this.items.forEach((item, index) => {
      if (this.footerAt !== null && index >= this.footerAt) return;
      if (this.signatureAt !== null && index >= this.signatureAt) return;
      if (this.colophonAt !== null && index >= this.colophonAt) return;
      if (index === this.joinedHeadingAt) {
        this.joinedHeadingAt = null;
        this.previousLine = item.line;
        return;
      }
      switch (item.type) {
        case 'info-end':
          this.startBody();
          break;
        case 'heading':
          if (
            this.inFront &&
            this.out.title === '' &&
            this.out.preamble.length === 0 &&
            !DIVISION.test(item.text) &&
            !ARTICLE.test(item.text) &&
            !POINT.test(item.text)
          ) {
            this.out.title = item.text;
          } else if (
            this.inFront &&
            this.out.title === '' &&
            this.preambleAtBody === null &&
            PLAIN_TITLE.test(item.text)
          ) {
            // The first heading naming a legal text, after a line of front matter (a breadcrumb,
            // a document number): the title, as a reader takes it.
            this.out.title = item.text;
          } else if (this.inFront && this.hasInfoEnd) {
            this.out.preamble.push(item.text);
          } else {
            if (this.inFront && DIVISION.test(item.text)) this.startBody();
            this.readLine(item.text, item.line, index, true);
          }
          break;
        case 'line':
          this.readLine(item.text, item.line, index, false);
          break;
        case 'quote':
          this.readQuote(item.text, item.line, index);
          break;
      }
      this.previousLine = item.line;
    });

    // Plain text without a Markdown title: its first line is the title when it reads as one.
    const first = this.out.preamble[0];
    if (this.out.title === '' && first !== undefined && PLAIN_TITLE.test(first))
      this.out.title = this.out.preamble.shift() ?? '';
    // Without `<!-- INFO END -->` (a database's copy under YAML front matter, whthomas/china-laws
    // 2000 批复: "# 最高人民检察院关于……的批复" / "中华人民共和国最高人民检察院" / "公 告" / "《……》已于……
    // 通过，现予公布……" / the title again / "高检发释字〔2000〕1号" / "山东省人民检察院：" / "你院……
    // 收悉。……" / "此复。"), the addressee of a reply without numbers shows where its body begins.
    const bodyAt =
      this.hasInfoEnd || this.bodyBeforeAnnex
        ? this.preambleAtBody
        : (this.unnumberedReplyAt() ?? this.enactedBodyAt());
    const body = bodyAt === null ? [] : this.out.preamble.slice(bodyAt);
    if (this.out.nodes.every((n) => n.kind === 'annex') && bodyAt !== null && body.length > 0) {
      // A one-point amendment or a notice without numbers: its body is one clause, not nothing.
      // The title printed again over the body, broken over lines, stays front matter.
      // A title whose last line reads 第X条 …的解释 ends there, spelled like the title or not.
      const repeated =
        titleLines(this.out.title, body) || Math.max(0, (this.titleTailAt ?? 0) - bodyAt);
      // The document number under the title (高检发释字〔2022〕2号) is front matter too.
      const numbered = body.length > repeated + 1 && DOCUMENT_NUMBER.test(squeeze(body[repeated]!));
      let front = repeated + (numbered ? 1 : 0);
      // So is the addressee of a reply or notice (宁夏回族自治区人民检察院：), as it is over a
      // numbered body: a line naming bodies and ending with a colon, with the text after it.
      if (body.length > front + 1 && isAddressee(body[front]!)) front += 1;
      // A decision with one change and no numbers (厦门 2024 修改《厦门市农村集体财务审计条例》的
      // 决定: "……决定对《……》作如下修改：" / "删去第十九条、第二十七条。" / "本决定自公布之日起施行。" /
      // "《……》根据本决定作相应修改，重新公布。"): the enacting sentence ending with 作如下修改： is
      // front matter, and the closing sentences after the change stand apart from it, as they do
      // after a sentence that decides in enacting (大同 2024 关于废止……的决定: "……会议决定，废止……
      // 《……条例》。" / "本决定自公布后生效。").
      const enacted = body.length > front + 1 && /作如下(?:修改|修正)[：:]$/.test(body[front]!);
      if (enacted) front += 1;
      const closings: string[] = [];
      while (body.length > front + 1 && isClosingLine(body.at(-1)!)) closings.unshift(body.pop()!);
      // The closing sentences run on after the body's last sentence on its line (大同 2022 关于废止
      // 《大同市政务信息公开条例》的决定: "……会议决定，废止……批准的《……条例》。本决定自公布后生效。"):
      // split off, to stand apart as on a line of their own, as after the last point of a line of
      // points (splitRunInEnd).
      const lastBody = body.length > front ? body.at(-1)! : '';
      const closingAt = closingSentencesAt(lastBody);
      if (closingAt > 0) {
        const tail = lastBody.slice(closingAt);
        this.sink.warning('closing-run-in', this.lineOf(lastBody, this.previousLine), {
          text: tail,
        });
        body[body.length - 1] = cleanText(lastBody.slice(0, closingAt));
        closings.unshift(...(tail.match(/[^。]+。/g) ?? []).map(cleanText));
      }
      body.splice(0, front);
      const infoEnd = this.items.findIndex((it) => it.type === 'info-end');
      const first = this.hasInfoEnd
        ? this.items.slice(infoEnd + 1).filter((it) => it.type !== 'info-end')[front]
        : this.items.find((it) => it.type !== 'info-end' && it.text === body[0]);
      const line = first?.line ?? 1;
      if (repeated > 0) {
        this.sink.warning('title-repeated', line, { count: repeated });
        this.titleRepeatedWarned = true;
      }
      // A heading over the body (## 修正) is the clause's heading.
      const heading = first?.type === 'heading' && body.length > 1 ? (body.shift() ?? '') : '';
      this.out.preamble.length = bodyAt + front;
      // Before the table attached to it (see tableFollows), if there is one.
      this.out.nodes.unshift(
        node('point', line, { heading, text: body.join('\n') }),
        ...closings.map((text) => node('paragraph', this.lineOf(text, line), { text })),
      );
      this.sink.warning('body-unnumbered', line);
    }
    if (!hasClause(this.out.nodes)) {
      // Divisions holding only text (names listed under each chapter, no article or point):
      // each division's text is one unnumbered clause of it, so that the text can be cited.
      const visit = (n: ClauseNode) => {
        n.children.forEach(visit);
        const line = this.divisionTextLine.get(n);
        if (line === undefined || n.text === '') return;
        n.children.unshift(node('point', line, { text: n.text }));
        n.text = '';
        this.sink.warning('division-text-unnumbered', line, { label: n.label });
      };
      this.out.nodes.forEach(visit);
    }
    // A chapter of a 目录 whose chapters the body lost that never began (南京 2020 商品交易市场管理
    // 条例: "## 第八章 附则第一条 为了……", and no 第八章 over 第四十九条): where it began is not
    // written, so its articles stay in the chapter before, and a warning names it.
    for (const c of this.lostChapters)
      this.sink.warning('toc-chapter-missing', c.line, { label: c.label, text: c.heading });
    for (const n of this.out.nodes) this.splitInlineSubpoints(n);
    recoverLostDivisions(this.out.nodes, this.sink);
    for (const n of this.out.nodes) this.mendLabelsLostAfterFirst(n);
    for (const n of this.out.nodes) this.readUnlabeledItems(n);
    for (const n of this.out.nodes) collapseArticles(n);
    splitFirstItemRunOn(this.out.nodes);
    checkChineseNumbering(this.out.nodes, this.sink);
    warnLoneFirstItem(this.out.nodes, this.sink);
    this.dropRunTogetherToc();
    this.joinBrokenTitle();
    return this.out;
  }

  /**
   * A line of the preamble that is the titles of two or more chapters of the body, one after
   * the other in their order and nothing else (南京 2017 房屋使用安全管理条例: "房屋安全使用房屋安全
   * 鉴定……农村房屋安全管理特别规定", 第二章 to 第七章): a 目录 that lost its numbers and its line
   * breaks, no front matter. It is skipped, and a warning says so.
   */
  private dropRunTogetherToc() {
    const keys: string[] = [];
    const visit = (n: ClauseNode) => {
      if (n.kind === 'part' || n.kind === 'subpart' || n.kind === 'chapter' || n.kind === 'section')
        keys.push(headingKey(n.heading));
      if (n.kind !== 'article') n.children.forEach(visit);
    };
    this.out.nodes.forEach(visit);
    const runOfTitles = (line: string): number => {
      const key = headingKey(line);
      for (let i = 0; i < keys.length; i++) {
        let spelled = '';
        for (let j = i; j < keys.length && keys[j] !== ''; j++) {
          spelled += keys[j];
          if (spelled === key) return j > i ? j - i + 1 : 0;
          if (!key.startsWith(spelled)) break;
        }
      }
      return 0;
    };
    const kept = this.out.preamble.filter((text) => {
      const titles = runOfTitles(text);
      if (titles === 0) return true;
      this.sink.warning('toc-run-together', this.lineOf(text, 1), { text, titles });
      return false;
    });
    this.out.preamble.splice(0, this.out.preamble.length, ...kept);
  }

  /**
   * The title printed again in the preamble, broken over plain lines (吉林 2005 伊通火山群国家级
   * 自然保护区管理条例: "吉林伊通火山群国家级" / "自然保护区管理条例"): the first run of two or more
   * preamble lines that spell the title whole, one after the other, is one line, each join warned
   * line-joined, as a history note broken over lines is one.
   */
  private joinBrokenTitle() {
    const preamble = this.out.preamble;
    // Lines already warned title-repeated (printed again over a body without numbers) are
    // joined without a warning of their own.
    const warn = !this.titleRepeatedWarned;
    for (let k = 0; k + 1 < preamble.length; k++) {
      if (preamble[k]!.includes('\n')) continue;
      const n = titleLines(this.out.title, preamble.slice(k));
      if (n < 2 || preamble.slice(k, k + n).some((l) => l.includes('\n'))) continue;
      const lines = preamble.slice(k, k + n);
      let previous = this.lineOf(lines[0]!, 1);
      let joined = lines[0]!;
      for (const text of lines.slice(1)) {
        const line = this.lineOf(text, previous);
        if (warn) this.sink.warning('line-joined', line, { line: previous, text });
        previous = line;
        // A break where the title has 、 between issuers ("最高人民法院 最高人民检察院" / "公安部
        // 劳动人事部研究室") is a space, as the lines space them; elsewhere the lines run on.
        const spaced = separatedAt(this.out.title, joined) && !/[\s\u3000、]$/.test(joined);
        joined += `${spaced ? ' ' : ''}${text}`;
      }
      preamble.splice(k, n, joined);
      return;
    }
  }
}

/**
 * How many lines at the start of a body spell the title again, broken over lines and spaced
 * (南宁 2015: "南宁市人民代表大会常务委员会关于" / "暂停实施《南宁市出租汽车客运" / "管理条例》第八条第二款
 * 的决定"); 0 when they do not spell it whole. Spaces and enumeration commas are not compared
 * (the title's 、 between issuers is a space in the repeated lines).
 */
function titleLines(title: string, lines: readonly string[]): number {
  const key = (t: string) => t.replace(/[\s\u3000、]/g, '');
  // The status the collection adds to a title (……的决定（失效）) is not printed over the body.
  const whole = key(title).replace(TITLE_STATUS, '');
  if (whole === '') return 0;
  let spelled = '';
  for (let k = 0; k < lines.length; k++) {
    spelled += key(lines[k] ?? '');
    if (spelled === whole) return k + 1;
    if (!whole.startsWith(spelled)) return 0;
  }
  return 0;
}

/** Whether the title has a space or 、 after the characters `spelled` (spaces and 、 left out). */
function separatedAt(title: string, spelled: string): boolean {
  let count = spelled.replace(/[\s\u3000、]/g, '').length;
  for (let i = 0; i < title.length; i++) {
    if (/[\s\u3000、]/.test(title[i]!)) continue;
    if (--count === 0) return /^[\s\u3000、]/.test(title.slice(i + 1));
  }
  return false;
}

/** A status a collection appends to a title: （失效）, （已废止）, （已被修改）, （部分失效）. */
const TITLE_STATUS = /[（(](?:已被?|被|部分)?(?:失效|废止|修改|修正|撤销)[）)]$/;

/** The end of the name of a body a reply or notice is sent to (人民检察院, 公安厅（局）). */
const BODY_NAME =
  /(?:院|局|厅|部|委|府|会|室|处|办|所|署|行|司|团|军|队|站|校|社|公司|中心|机关|单位|部门|机构)(?:[（(][^）)]{1,4}[）)])?$/;

/**
 * Whether a line is an addressee: bodies named one after the other (each run of names between
 * commas ending as a body's name ends), ending with a colon, no sentence in it (各省、自治区、
 * 直辖市高级人民法院、人民检察院，解放军军事法院、军事检察院：). "经研究，批复如下：" is not one.
 */
function isAddressee(line: string): boolean {
  const text = squeeze(line);
  if (text.length > 160 || !/[：:]$/.test(text) || /[。；;？?！!“”《》]/.test(text)) return false;
  return text
    .slice(0, -1)
    .split(/[，,]/)
    .every((part) => part !== '' && BODY_NAME.test(part));
}

/**
 * Whether a line is a formula standing whole on its own (增值税法实施条例 2025 第十八条: "组成计税
 * 价格=成本×（1+成本利润率）+消费税税额"): an equation, no sentence punctuation in it, not ending
 * with an operator or an open bracket that carries it on to the next line.
 */
function isWholeFormula(line: string): boolean {
  const text = squeeze(line);
  return (
    text.length <= 120 &&
    /^[^=＝]+[=＝][^=＝]/.test(text) &&
    !/[。；;，,：:！？!?]/.test(text) &&
    !/[=＝+＋\-－×÷*/（(]$/.test(text)
  );
}

/** Whether any article or point stands among the nodes, at any depth. */
function hasClause(nodes: readonly ClauseNode[]): boolean {
  return nodes.some((n) => n.kind === 'article' || n.kind === 'point' || hasClause(n.children));
}

/** The name of a legal text: no sentence punctuation, ending as such names end. */
const PLAIN_TITLE =
  /^[^（(。；，：,;:\s][^。；，：,;:]{1,58}(?:法|法典|条例|办法|规定|规则|细则|决定|解释|批复|答复|意见|通知|章程|纲要)(?:（[^）]*）)?$/;

/** An item line shorter than this that ends without punctuation is a title-like item, not a wrapped line. */
const WRAPPED_MIN = 15;

/**
 * An item whose only line is a short caption without any punctuation (一级保护区内, 对于潜水含水层
 * 地下水水源地) and that holds nothing yet: the lines that follow are its text.
 */
function isCaption(point: ClauseNode): boolean {
  return (
    point.children.length === 0 &&
    point.text.length < WRAPPED_MIN &&
    !point.text.includes('\n') &&
    !/[。；;，,：:、！？!?”」）)]/.test(point.text)
  );
}

/**
 * The first line of a web page's footer copied after a text (最高人民法院网 2018: 责任编辑：韩绪光 /
 * links to other sites between "|" lines / 地址 / 版权所有 / ICP备案号): an editor's credit or a
 * page's own controls (分享到, 打印本页, 关闭窗口, 扫一扫在手机打开当前页).
 */
const PAGE_FOOTER =
  /^(?:(?:责任编辑|责编)[\s\u3000]*[：:][\s\u3000]*[^\s\u3000。；，,;]{1,20}|【?(?:分享到|打印本页|打印此页|关闭窗口|扫一扫在手机打开当前页)】?(?:[：:].*)?)$/;

/** The first line of a document's distribution block: 主送：…, 抄送：… (报送, 分送 too). */
const COLOPHON = /^(?:主送|抄送|报送|分送)[：:]/;

/** A signature's date alone on its line: 2022年11月15日, 一九九七年十月六日. */
const SIGNATURE_DATE =
  /^[0-9０-９〇零一二三四五六七八九]{4}年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日$/;

/** An issuing body's name alone on its line (最高人民检察院, 某某市人民政府办公厅, 中国人民银行): no sentence. */
const ISSUER =
  /^[^\s\u3000。；;，,：:！？!?“”《》0-9０-９]{2,30}(?:院|部|委员会|常务委员会|人民政府|政府|办公厅|厅|局|署|办公室|银行)$/;

/**
 * An issuing body's name and the signature's date run together on one line (中国人民银行二〇〇年八月
 * 二十六日), the year's digits three or four (a 〇 can be lost in a copy): no sentence.
 */
const SIGNATURE_RUN_TOGETHER = new RegExp(
  `${ISSUER.source.slice(0, -1)}[\\s\\u3000]*[0-9０-９〇零一二三四五六七八九]{3,4}年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日$`,
);

/** A site's copyright or registration line: 版权所有, 京ICP备05023036号, 京公网安备11040102700145号. */
const SITE_MARK = /版权所有|ICP备|ICP证|公网安备/;

/**
 * A line of a web site's footer (SITE_MARK, or links between "|", or the site's address and
 * telephone numbers): no sentence, at most 200 characters.
 */
const SITE_FOOTER_LINE =
  /^(?=[^。；;！？!?]{1,200}$)(?:.*(?:版权所有|ICP备|ICP证|公网安备).*|[^|｜，,]+(?:[|｜][^|｜，,]*)+|(?:地址|邮编|电话|总机|举报电话|联系电话)[：:].*)$/;

/** An item's caption, no sentence, with its sub-point 1. run on after it (技术负责人、安全负责人1.申请……). */
const CAPTION_FIRST_SUBPOINT =
  /^([^0-9０-９.．。；;，,：:！？!?“”（）()\s\u3000]{2,20})(?=1[.．][\u4e00-\u9fff])/;
/** An item's caption ending with its colon, then sub-point 1. and a Han character. */
const COLON_FIRST_SUBPOINT =
  /^([^0-9０-９.．。；;：:“”\s\u3000]{2,80}[：:])(?=1[.．][\u4e00-\u9fff])/;
/** The first of items （1）（2） written inside a sentence, after the colon that introduces them. */
const INLINE_FIRST_SUBPOINT = /([：:][\s\u3000]*)[（(][\s\u3000]*[1１][\s\u3000]*[）)]/;

/** A document number: 高检发释字〔2022〕2号, 法释〔2020〕17号, 国发〔2016〕32号. */
const DOCUMENT_NUMBER =
  /^[\u4e00-\u9fff]{1,12}[〔［\[（(][0-9０-９]{4}[〕］\]）)]第?[0-9０-９]{1,4}号$/;

/**
 * The sub-point a sub-point of the other style belongs under (唐山 2025 修改决定: "10.对部分条文
 * 中的有关表述作以下修改：" / "（1）在第一条……" … "（9）……"): the last sub-point of `parent`,
 * when it is written in the other style (1. against （1）) and either ends with a colon and has
 * no sub-points yet, this one being the first, or already holds the one before this one. Else
 * null: the sub-point is `parent`'s own.
 */
function subpointHost(parent: ClauseNode, dotted: boolean, num: number): ClauseNode | null {
  const prev = parent.children.at(-1);
  if (prev?.kind !== 'subpoint' || prev.label.endsWith('.') === dotted) return null;
  const inner = prev.children.at(-1);
  if (inner === undefined) return num === 1 && ENDS_WITH_INTRO.test(prev.text) ? prev : null;
  return inner.kind === 'subpoint' && inner.num === num - 1 ? prev : null;
}

/** A text's commencement: "本决定自公布之日起施行。", "本规定自2025年1月1日起生效。", also with
 * when a temporary text ends after a comma (海南 2020 依法防控新冠肺炎疫情决定: "本决定自公布之日起
 * 施行，终止日期由省人民代表大会常务委员会另行公布。"; "……施行，有效期至……。", "……施行，至……之日止。",
 * "……施行，……自行失效。"). */
const CLOSING =
  /^本(?:决定|规定|办法|意见|解释|批复|通知|细则|条例|规则)自[^。；]{1,40}(?:施行|实施|生效|执行)(?:[，,](?:(?:终止|有效期)[^。；]{0,60}|至[^。；，,]{1,40}止|[^。；，,]{1,30}失效))?。?$/;

/** A decision's republication: "《……》根据本决定作相应修改，重新公布。". */
const REPUBLISHED = /^[^。；]{0,400}根据本决定[^。；]{0,60}[，,]?重新(?:公布|发布|印发)。?$/;

/** A decision's renumbering: "此外，对相关法规中的条文序号作相应调整。", or as done (中山 2024:
 * "此外，根据立法技术规范，还作了一些文字表述的修改完善，并对条文序号作了调整。"), the order called
 * 条序 (上海 2022 议事规则修改决定: "此外，对部分文字作了修改，条序也作了相应调整。"). */
const RENUMBERED =
  /^(?:此外[，,])?[^。；]{0,60}(?:序号|顺序|条序)[^。；]{0,10}作(?:了)?(?:相应)?(?:的)?调整。?$/;

/** A decision's note on its wording: "同时，对个别文字作了修改。", or with the changes listed
 * after a colon (合肥 2021: "此外，还对一些文字表述作了修改：“建设行政主管部门”修改为“城乡建设行政
 * 主管部门”；……“新建、扩建”改为“新建、改建、扩建”。"). */
const REWORDED =
  /^(?:此外|同时|另外)[，,][^。；：:]{0,30}(?:文字|标点|表述|用语)[^。；：:]{0,10}(?:修改|调整|修正)(?:。?$|[：:](?:“[^“”]{1,40}”(?:修改|改)为“[^“”]{1,40}”[；;，,、]?)+。?$)/;

/** The proclamation that closes an interpretation or a notice of points (全国人大常委会 2022 香港国安法
 * 第十四条和第四十七条的解释: "三、……作出相关判断和决定。" / "现予公告。"): 现予公告。, 现予公布。 or
 * 特此公告。 alone, said of the whole text, as its commencement is. */
const PROCLAIMED = /^(?:现予|特此)(?:公告|公布)。?$/;

/** A sentence that closes a decision as a whole, not any of its points. */
function isClosingSentence(text: string): boolean {
  return (
    CLOSING.test(text) ||
    REPUBLISHED.test(text) ||
    RENUMBERED.test(text) ||
    REWORDED.test(text) ||
    PROCLAIMED.test(text)
  );
}

/**
 * A line of closing sentences only, one or more (上海 2022 议事规则修改决定: "本决定自2022年1月23日起
 * 施行。《上海市人民代表大会议事规则》根据本决定作相应修正后重新公布。" on one line).
 */
function isClosingLine(text: string): boolean {
  const sentences = text.match(/[^。]+。?/g) ?? [];
  return (
    sentences.length > 0 &&
    sentences.join('') === text &&
    sentences.every((x) => isClosingSentence(cleanText(x)))
  );
}

/** Words that introduce a list without their colon: "……应当符合下列规定", "……包括以下内容", "……规定如下". */
const INTRO_WITHOUT_COLON = /(?:(?:下列|以下)[^。；;，,：:“”（）()]{0,40}|如下|包括)$/;

/**
 * A sentence 有下列……之一的，…… that ends, without its colon, right before the list's （一）
 * (伊春 2019 城乡规划条例 第五十三条: "……有下列行为之一的，由本级人民政府……责令改正，通报批评；对直接
 * 负责的主管人员……依法给予行政处分（一）未按照……的；（二）……"): the 下列 announces the list the
 * sentence's consequence comes before.
 */
const INTRO_ONE_OF_WITHOUT_COLON =
  /有下列[^。；;，,：:“”（）()]{0,10}之一的[，,][^。：:“”（）()]{1,120}$/;

/**
 * A sentence that names a list with 下列 and goes on past a comma with a second clause, its colon
 * lost and a space standing before （一） (宜春 2020 文明行为促进条例 第二十五条: "……合理布局下列公共服务
 * 设施，保障文明行为促进工作的实施 （一）道路……； （二）……"): the space is where the colon was.
 */
const INTRO_CLAUSE_SPACED =
  /(?:下列|以下)[^。；;：:“”（）()]{0,40}[，,][^。；;：:“”（）()]{1,60}[\s\u3000]+$/;

/**
 * A sentence that announces a list with 下列 and ends with a full stop where its colon belongs
 * (拉萨 2014 城市绿化条例 第三十六条: "违反本条例规定，有下列行为之一的，由其所在单位……依法给予处分；
 * 涉嫌犯罪的，由司法机关处理。（一）……的；（二）……"): the last sentence before the 。 names 下列.
 */
const INTRO_WITH_FULL_STOP = /下列[^。“”]*$/;

/** A paragraph that introduces items: "……下列事项：". */
const ENDS_WITH_INTRO = /[：:]$/;

/** Words before an item label that cite it: 第（三）项, 第二条（二）项, 本款（一）. */
const CITES_BEFORE_LABEL =
  /(?:第|(?:第[\s\u3000]*[〇零一二两三四五六七八九十百千\d]+[\s\u3000]*|[本前该])[条條款项項])$/;

/**
 * Item labels （n+1）, （n+2）, … run on in sequence in the text of item （n） when the separator
 * before one of them is missing (哈尔滨 2020 地名管理条例 第十六条: "……所需经费由同级财政承担（二）
 * 市区的楼牌……；（三）……"): the position of each label, and whether it stands bare, with no ；
 * or 。 before it. Returns null unless at least one label stands bare and at least one after a
 * separator, so that a lone label or two labels inside a sentence stay text. A label that cites
 * (第二条（一）项, 前款（二）), or inside a quotation, is no label.
 */
function runOnLabelsMissingSeparator(
  text: string,
  num: number,
  allBare = false,
): { start: number; end: number; bare: boolean }[] | null {
  const labels: { start: number; end: number; bare: boolean }[] = [];
  for (let n = num + 1; ; n++) {
    const pattern = new RegExp(`[（(]${formatChineseNumeral(n)}[）)]`, 'g');
    pattern.lastIndex = labels.at(-1)?.end ?? 0;
    let found: { start: number; end: number; bare: boolean } | null = null;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const before = text.slice(0, m.index).replace(/[\s\u3000]+$/, '');
      const end = m.index + m[0].length;
      if (before === '' || CITES_BEFORE_LABEL.test(before)) continue;
      if (/^[\s\u3000]*[项項目款]/.test(text.slice(end))) continue;
      if ((before.match(/[“「『]/g) ?? []).length > (before.match(/[”」』]/g) ?? []).length)
        continue;
      found = { start: m.index, end, bare: !/[；;。]$/.test(before) };
      break;
    }
    if (!found) break;
    labels.push(found);
  }
  // Right after an introduction ending with a colon, labels in sequence from （二） to at least
  // （四） may all stand bare (保定 2020 城市公共汽车客运条例 第二十六条: "……遵守下列规定：（一）
  // 建立、健全管理制度，执行相关行业标准、规范（二）按照……组织运营（三）……"): items, no citation.
  if (allBare && labels.length >= 3 && labels.every((l) => l.bare)) return labels;
  return labels.some((l) => l.bare) && labels.some((l) => !l.bare) ? labels : null;
}

/**
 * Where each sub-point of a run written inside `text` begins: `first`, then each label k = 2, 3 …
 * (`label(k)`, a regular expression) after a full stop or semicolon, until one is missing.
 */
function cutsInSequence(text: string, first: number, label: (k: number) => string): number[] {
  const cuts = [first];
  for (let k = 2; ; k++) {
    const next = new RegExp(`(?<=[。；;][\\s\\u3000]*)${label(k)}`, 'g');
    next.lastIndex = cuts.at(-1)! + 1;
    const m = next.exec(text);
    if (!m) return cuts;
    cuts.push(m.index);
  }
}

/** The run of `text` cut at `cuts` as sub-points of `n`, labelled `label(k)`, their labels off. */
function addSubpoints(n: ClauseNode, text: string, cuts: number[], label: (k: number) => string) {
  cuts.forEach((c, k) => {
    const part = text.slice(c, cuts[k + 1] ?? text.length).trim();
    const m = SUBPOINT.exec(part);
    n.children.push(
      node('subpoint', n.line, {
        num: k + 1,
        label: label(k + 1),
        text: part.slice(m?.[0].length ?? 0).replace(/^[\s\u3000]+/, ''),
      }),
    );
  });
}

/**
 * Whether a paragraph could be an item printed without its label: one line of at most 150
 * characters, no items of its own, none of the `forbidden` characters (a colon would introduce
 * something), ending as `end` says (；, or 。 for the last).
 */
function isBareListLine(p: ClauseNode | undefined, end: RegExp, forbidden: RegExp): boolean {
  return (
    p !== undefined &&
    p.kind === 'paragraph' &&
    p.children.length === 0 &&
    p.text.length <= 150 &&
    !forbidden.test(p.text) &&
    end.test(p.text)
  );
}

/**
 * Paragraphs with no items, each an item whose label is lost with the items after it run on in
 * its line, labelled in sequence from `first` (“甲……； （二）乙……； （三）丙……；”): the items,
 * the first of each line without its label. Null when a paragraph has items of its own, starts
 * with a label, or its run-on labels do not follow in sequence after a separator.
 */
function runOnItemsAfterLostLabel(
  paragraphs: readonly ClauseNode[],
  first: number,
): { line: number; label: string | null; text: string }[] | null {
  const out: { line: number; label: string | null; text: string }[] = [];
  let n = first;
  for (const p of paragraphs) {
    if (p.children.length > 0 || /^[\s\u3000]*[（(][一二三四五六七八九十]+[）)]/.test(p.text))
      return null;
    let rest = p.text;
    let label: string | null = null;
    for (;;) {
      const next = new RegExp(
        `(?<=[；;])[\\s\\u3000]*[（(]${formatChineseNumeral(n + 1)}[）)]`,
      ).exec(rest);
      const text = (next ? rest.slice(0, next.index) : rest).replace(
        /^[\s\u3000]+|[\s\u3000]+$/g,
        '',
      );
      if (text === '') return null;
      out.push({ line: p.line, label, text });
      n++;
      if (!next) break;
      label = `（${formatChineseNumeral(n)}）`;
      rest = rest.slice(next.index + next[0].length);
    }
    if (/[（(][一二三四五六七八九十]+[）)]/.test(out.at(-1)!.text)) return null;
  }
  return out;
}

/**
 * In the text of item n run on with the items after it, the label of item n+1 lost: no
 * （n+1） anywhere, but （n+2） after a separator, and （n+3） after it too, so that a lone
 * （n+2） stays text. A lone （n+2） counts too when it is the list's last item, one sentence
 * ending the text, and the lost item's clause stands apart after the item's ； (南平 2020
 * 市容和环境卫生管理办法 第十五条: "……（二）不得超出门窗……展示商品；牌匾、标识等……技术规范；
 * （四）不得在店外置放……设施。"). Returns the item's own text (up to the lost item's clause when that is the
 * one clause after the item's ；), the lost item's text or null when it cannot be told apart, and
 * where the text after the label （n+2） begins. Not inside a quotation.
 */
function runOnAfterLostLabel(
  text: string,
  n: number,
): { item: string; orphan: string | null; end: number } | null {
  if (new RegExp(`[（(]${formatChineseNumeral(n + 1)}[）)]`).test(text)) return null;
  const next = new RegExp(`(?<=[；;。])[\\s\\u3000]*[（(]${formatChineseNumeral(n + 2)}[）)]`).exec(
    text,
  );
  if (!next) return null;
  const end = next.index + next[0].length;
  if (/^[\s\u3000]*[项項目款]/.test(text.slice(end))) return null;
  const after = new RegExp(`[；;。][\\s\\u3000]*[（(]${formatChineseNumeral(n + 3)}[）)]`);
  const last = /^[^；;。（(“「『]+。[\s\u3000]*$/.test(text.slice(end));
  if (!after.test(text.slice(end)) && !last) return null;
  const before = text.slice(0, next.index);
  if ((before.match(/[“「『]/g) ?? []).length > (before.match(/[”」』]/g) ?? []).length)
    return null;
  const two = /^([^；;。]+[；;])[\s\u3000]*([^；;。]+[；;。])$/.exec(before.trim());
  if (!two && !after.test(text.slice(end))) return null;
  return two ? { item: two[1]!, orphan: two[2]!, end } : { item: before.trim(), orphan: null, end };
}

/**
 * Where a new list begins inside an item's text: after a full stop (or ；) comes an
 * introduction ending with a colon and then （一） (乌鲁木齐 2018 轨道交通管理条例 第三十三条: "……三十五米
 * 内。轨道交通在建和建成线路控制保护区范围：（一）……"). Returns the index after the full stop, or
 * null. Not inside a quotation.
 */
function listRestart(text: string): number | null {
  const m = /[。；;](?=[\s\u3000]*[^。；;：:“”（）()]{2,60}[：:][\s\u3000]*[（(]一[）)])/.exec(
    text,
  );
  if (!m) return null;
  const before = text.slice(0, m.index);
  if ((before.match(/[“「『]/g) ?? []).length > (before.match(/[”」』]/g) ?? []).length)
    return null;
  return m.index + 1;
}

const LOST_HEADING_KINDS: ReadonlySet<ClauseKind> = new Set([
  'part',
  'subpart',
  'chapter',
  'section',
]);

/**
 * A division heading that lost its label and its Markdown mark (嘉兴 2021 住宅物业管理条例: "## 第二章
 * 业主和业主组织" … "第二十三条 ……职责。" / "物业管理服务" / "第二十四条 ……" … "## 第四章 法律责任"):
 * between two divisions of one kind numbered k and k+2, the one line of a few Han characters
 * alone, no sentence, that ends an article of division k after a sentence ended and has
 * articles after it, is the heading of division k+1; those articles are its own. Only when there
 * is exactly one such line. Warned; its label stays empty, as it is not written.
 */
function recoverLostDivisions(siblings: ClauseNode[], sink: ProblemSink): void {
  for (let i = 0; i + 1 < siblings.length; i++) {
    const a = siblings[i]!;
    const b = siblings[i + 1]!;
    if (
      !LOST_HEADING_KINDS.has(a.kind) ||
      b.kind !== a.kind ||
      a.num === null ||
      b.num !== a.num + 2 ||
      a.subNum !== null ||
      b.subNum !== null
    )
      continue;
    const candidates = a.children.flatMap((art, j) => {
      if (art.kind !== 'article' || j === a.children.length - 1) return [];
      if (!a.children.slice(j + 1).every((c) => c.kind === 'article')) return [];
      const last = art.children.at(-1);
      const before = art.children.at(-2);
      if (!last || !before || last.kind !== 'paragraph' || last.label !== '') return [];
      if (last.children.length > 0 || !/^\p{Script=Han}{2,16}$/u.test(last.text)) return [];
      const end = before.children.at(-1)?.text ?? before.text;
      return /[。；;]$/.test(end.trimEnd()) ? [j] : [];
    });
    if (candidates.length !== 1) continue;
    const j = candidates[0]!;
    const heading = a.children[j]!.children.pop()!;
    const label = zhLabel[a.kind]!;
    const division = node(a.kind, heading.line, {
      num: a.num + 1,
      heading: heading.text,
      children: a.children.splice(j + 1),
    });
    siblings.splice(i + 1, 0, division);
    sink.warning('division-label-lost', heading.line, {
      text: heading.text,
      expected: label(a.num + 1, null),
      found: b.label || label(b.num, null),
    });
    i++;
  }
  for (const s of siblings)
    if (LOST_HEADING_KINDS.has(s.kind)) recoverLostDivisions(s.children, sink);
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
  subpart: (n) => `第${formatChineseNumeral(n)}分编`,
  chapter: (n) => `第${formatChineseNumeral(n)}章`,
  section: (n) => `第${formatChineseNumeral(n)}节`,
  article: (n, s) => `第${formatChineseNumeral(n)}条${s ? `之${formatChineseNumeral(s)}` : ''}`,
  point: (n) => `（${formatChineseNumeral(n)}）`,
  subpoint: (n) => `${n}.`,
};

/** An introduction's colon, then the first item's label （一） and its text, in one text. */
const LONE_FIRST_ITEM = /[：:][\s\u3000]*[（(]一[）)](?=[^\s\u3000])/;

/**
 * A list whose first item runs on after its introduction's colon while the items after it stand
 * on lines of their own (中国民用航空气象工作规则 2016 第二十四条: "……运行手册至少包括以下内容:（一）
 * 组织机构及其职责、岗位职责；" / "（二）值班工作制度、天气会商制度；" / …): the paragraph's text from
 * the label （一） on is its first item, before the item （二） its first point. Before, （一） stayed
 * in the introduction, with a numbering gap at （二） and an items-labels-lost warning. Not inside
 * a quotation.
 */
function splitFirstItemRunOn(nodes: readonly ClauseNode[]): void {
  const visit = (n: ClauseNode) => {
    n.children.forEach(visit);
    if (n.kind !== 'paragraph') return;
    const first = n.children[0];
    if (first?.kind !== 'point' || first.num !== 2 || !first.label.startsWith('（')) return;
    const m = LONE_FIRST_ITEM.exec(n.text);
    if (!m || !quotesClosed(n.text.slice(0, m.index))) return;
    const item = n.text.slice(m.index + m[0].length);
    if (/[（(][一二三四五六七八九十]+[）)]/.test(item) || item.includes('\n')) return;
    const label = m[0].slice(1).replace(/^[\s\u3000]+/, '');
    n.children.unshift(
      node('point', n.line, { num: 1, label: `（${label.slice(1, -1)}）`, text: item }),
    );
    n.text = n.text.slice(0, m.index + 1);
  };
  nodes.forEach(visit);
}

/**
 * A list whose labels after the first were lost in the source, the items run on in one text
 * (乌兰察布 2021 城市园林绿化条例 第二十条: "……按照下列规定确定：（一）公园绿地……负责；单位附属
 * 绿地……负责；多单位共用庭院的……；……由其主管部门负责。" with no （二）): where each item ends
 * cannot be told (an item may hold two clauses), so the text stays as written, warned. Not
 * inside a quotation (a new item quoted by an amendment).
 */
function warnLoneFirstItem(nodes: readonly ClauseNode[], sink: ProblemSink): void {
  const visit = (n: ClauseNode) => {
    const m = /^(?:article|paragraph|point)$/.test(n.kind) ? LONE_FIRST_ITEM.exec(n.text) : null;
    if (m && !/[（(]二[）)]/.test(n.text.slice(m.index)) && quotesClosed(n.text.slice(0, m.index)))
      sink.warning('items-labels-lost', n.line, {
        text: n.text.slice(Math.max(0, m.index - 12), m.index + 1),
      });
    n.children.forEach(visit);
  };
  nodes.forEach(visit);
}

/**
 * Articles number continuously through the whole text (a fragment may begin later than
 * 第一条); everything else restarts in its parent, or runs on from the previous parent's last
 * number (chapters numbered straight through the 编).
 */
function checkChineseNumbering(nodes: ClauseNode[], sink: ProblemSink): void {
  // An annex holding a text of its own (a second text printed on, a text republished) numbers
  // its articles from 第一条 apart from the text before it.
  const hasArticle = (n: ClauseNode): boolean =>
    n.children.some((c) => c.kind === 'article' || hasArticle(c));
  const texts = nodes.filter((n) => n.kind === 'annex' && hasArticle(n));
  if (texts.length > 0) {
    checkChineseNumbering(
      nodes.filter((n) => !texts.includes(n)),
      sink,
    );
    for (const annex of texts) checkChineseNumbering(annex.children, sink);
    return;
  }
  const articles: ClauseNode[] = [];
  const lastOfKind = new Map<ClauseKind, number>();
  // Sub-points 1. 2. of the points 一、 二、 standing outside articles may run on from one point
  // to the next (继承法意见 1985: 1. to 18. under 一、, 19. to 34. under 二、).
  let lastPointSubpoint = 0;
  // Sub-points of the items （一） （二） of one parent may run on from one item to the next too
  // (上海 2022 修改《上海市公共场所控制吸烟条例》等5件地方性法规的决定: 1. to 3. under （一）,
  // 4. under （二）, 5. to 9. under （三）): `subRunOn` is the number after the previous item's last.
  const visit = (siblings: ClauseNode[], parent: ClauseNode | null, subRunOn: number | null) => {
    const underPoint = parent?.kind === 'point' && /、$/.test(parent.label);
    for (const kind of ['part', 'subpart', 'chapter', 'section', 'point', 'subpoint'] as const) {
      const same = siblings.filter((s) => s.kind === kind);
      if (!same.length) continue;
      const runOn =
        kind === 'subpoint' && underPoint
          ? [lastPointSubpoint + 1]
          : kind === 'subpoint' && subRunOn !== null
            ? [subRunOn]
            : kind === 'point' || kind === 'subpoint'
              ? []
              : [(lastOfKind.get(kind) ?? 0) + 1];
      checkSequence(same, zhLabel[kind] ?? String, sink, { startsAllowed: runOn });
      const last = same.at(-1)?.num;
      if (last != null) lastOfKind.set(kind, last);
      if (last != null && kind === 'subpoint' && underPoint) lastPointSubpoint = last;
    }
    let lastItemSubpoint: number | null = null;
    for (const s of siblings) {
      if (s.kind === 'article') articles.push(s);
      const item = s.kind === 'point' && !/、$/.test(s.label);
      visit(s.children, s, item && lastItemSubpoint !== null ? lastItemSubpoint + 1 : null);
      const last = item ? s.children.filter((c) => c.kind === 'subpoint').at(-1)?.num : null;
      if (last != null) lastItemSubpoint = last;
    }
  };
  visit(nodes, null, null);
  const first = articles[0];
  if (first?.num != null && first.num > 1 && !first.subNum) {
    sink.warning('starts-late', first.line, {
      found: first.label || (zhLabel.article?.(first.num, null) ?? ''),
    });
  }
  if (articles.length)
    checkSequence(articles, zhLabel.article ?? String, sink, {
      startsAllowed: first?.num != null ? [first.num] : [],
    });
}
