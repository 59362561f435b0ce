/**
 * The held-out set of real Chinese texts (tests/fixtures/heldout/, SOURCES.md there says where
 * each came from) and a careful reader's count of their articles, independent of the parser:
 * the distinct numbers 第X条 (第X条之Y) that begin a line of the body, read the way a reader
 * reads them. Shared by tests/lib/legislation/heldout.test.ts and bench/parse-heldout.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { flatten, parseDraft, type ClauseNode } from '../../src/lib/legislation/index.ts';

export const heldoutDir = path.resolve(import.meta.dirname, '../fixtures/heldout');

/** The names of the held-out texts (the Markdown files but SOURCES.md), sorted. */
export function heldoutTexts(): string[] {
  return fs
    .readdirSync(heldoutDir)
    .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
    .sort();
}

export function readHeldout(name: string): string {
  return fs.readFileSync(path.join(heldoutDir, name), 'utf8');
}

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A numeral as a reader reads it: Chinese (a dash typed for 一 read as 一), or Arabic digits.
 * @example
 * readerNumber('三十－') // 31
 */
export function readerNumber(raw: string): number | null {
  const text = raw
    .replace(/[\s\u3000]/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－\-‐‑–—―−ー]/g, '一');
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch in UNITS) {
      total += (digit ?? 1) * UNITS[ch]!;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

const LINE_ARTICLE =
  /^第[\s\u3000]*([〇零一二两三四五六七八九十百千0-9０-９－\-‐‑–—―−ー]+)[\s\u3000]*条(?:之([一二三四五六七八九十]+))?(.*)$/;

/**
 * The article keys ("12", or "12-1" for 第十二条之一) a careful reader finds, in order. An
 * article that ends "……内容如下：" (or any colon) and is followed by an article numbered out of
 * sequence introduces quoted articles (an amendment's new text): those belong to it and are not
 * counted, until the sequence of the text itself goes on. An out-of-sequence 第X条 that begins
 * a line after a sentence broken off without punctuation, before the next article in sequence,
 * is the rest of that sentence (a citation broken over two lines).
 */
export function carefulReaderArticles(source: string): string[] {
  const seen = new Set<string>();
  const keys: string[] = [];
  let last = 0;
  let quoting = false;
  let previous = '';
  const lines = splitRunIn(bodyLines(source));
  if (quotesArticlesBeforePoints(lines)) return [];
  // Articles quoted inside a decision's point, before any article of the text (上海 2024 修改决定:
  // "1.增加一章，……内容如下：" / "“第六章……" / "第六十一条　……" … "……。”"): from a 第X条 read while a
  // quotation is open (or a “第X条 that leaves one open) to the line that closes it, no line is
  // an article. A line that begins with “ while a quotation is open goes on with it.
  let pointSeen = false;
  let depth = 0;
  let inQuoted = false;
  lines.forEach((line, i) => {
    if (keys.length === 0 && pointSeen) {
      const open = depth > 0;
      if (!inQuoted && LINE_POINT_LABEL.test(line)) depth = 0;
      const counted = depth > 0 ? line.replace(/^[\s\u3000]*[“「『]/, '') : line;
      depth = Math.max(
        0,
        depth + (counted.match(/[“「『]/g) ?? []).length - (counted.match(/[”」』]/g) ?? []).length,
      );
      const bare = line.replace(/^[“「『]/, '');
      if (
        inQuoted ||
        (open && LINE_ARTICLE.test(line)) ||
        (bare !== line && depth > 0 && LINE_ARTICLE.test(bare))
      ) {
        inQuoted = depth > 0;
        previous = line;
        return;
      }
    }
    if (LINE_POINT_LABEL.test(line)) pointSeen = true;
    // A label that lost its 第 ("四十三条 本规范自……起执行。" after 第四十二条) is the next article.
    const bare =
      last > 0 ? /^([一二三四五六七八九十百千零〇两]+)[条條][\s\u3000]+\S/.exec(line) : null;
    const m = LINE_ARTICLE.exec(bare && readerNumber(bare[1]!) === last + 1 ? `第${line}` : line);
    const num = m ? readerNumber(m[1]!) : null;
    if (m && num !== null && continuesSentence(lines, i, num, m[2], last)) return;
    if (!m || num === null) {
      // A division heading inside quoted text (第七节　监察委员会) does not end the introduction.
      if (!/^第[^条。，；：]{1,8}[编章节][\s\u3000]/.test(line)) previous = line;
      return;
    }
    const sub = m[2] === undefined ? null : readerNumber(m[2]);
    const rest = m[3] ?? '';
    // The last line of a title broken before the article it names (哈尔滨 2017: "关于对《…条例》"
    // / "第七十七条 适用问题的解释"), before any article: a reader reads a title, not an article.
    if (
      keys.length === 0 &&
      /^[\s\u3000]*[^。；，：,;:]{0,30}的(?:解释|决定|规定|批复|答复|意见|通知)$/u.test(rest) &&
      previous !== '' &&
      !/[。；;：:！？!?…”’」』）)】\]]$/.test(previous)
    ) {
      previous = line;
      return;
    }
    // 第十条规定的… begins a sentence that cites an article, unless it is the next one.
    if (rest !== '' && !/^[\s\u3000【:：]/.test(rest) && num !== last + 1) {
      previous = line;
      return;
    }
    if (sub === null && keys.length === 0 && amendsArticleInPoint(lines, i, num)) {
      previous = line;
      return;
    }
    const next = sub === null ? num === last + 1 : num === last;
    if (!quoting && last > 0 && !next && /[：:]$/.test(previous)) quoting = true;
    else if (quoting && next) quoting = false;
    previous = line;
    if (quoting) return;
    const key = sub === null ? String(num) : `${num}-${sub}`;
    if (!seen.has(key)) {
      seen.add(key);
      keys.push(key);
    }
    if (sub === null) last = num;
  });
  return keys;
}

const LINE_POINT_LABEL = /^[〇零一二两三四五六七八九十百]+、/;

/**
 * A line 第X条 inside a decision's point that amends that article of the regulation the point
 * names (云南 2020 修改部分地方性法规的决定, point 八: "第十六条 增加一款，作为第三款“……”"): before
 * any article of the text, after a point 一、 has begun (on its line or run on), not 第一条, and not followed by the next
 * article before another point. A reader reads it as the point's text: a text's own articles
 * begin at 第一条 or go on in sequence.
 */
function amendsArticleInPoint(lines: readonly string[], i: number, num: number): boolean {
  // The point 一、 may begin a line or run on after the introduction (南宁 2021 修改十六件法规决定).
  if (num === 1 || !splitRunInPoints(lines.slice(0, i)).some((l) => /^一、/.test(l))) return false;
  for (const later of lines.slice(i + 1)) {
    const m = LINE_ARTICLE.exec(later);
    if (m) return !(m[2] === undefined && readerNumber(m[1]!) === num + 1);
    if (LINE_POINT_LABEL.test(later)) return true;
  }
  return true;
}

/**
 * A text of points that first quotes another act's articles (1984 解答 of 集团犯罪: "《中华人民
 * 共和国刑法》第二章第三节“共同犯罪”的有关条文：" / "第二十二条 第一款：……" … "第八十六条 ：……",
 * then its questions 一、 to 五、): its first article line comes after a line ending with a
 * colon and is not 第一条, a point 一、 follows a finished sentence after the articles, and no
 * article line comes after that point. A reader counts no article of its own, only the points.
 * (The third round counted the quoted 第二十二条 to 第二十六条 as this text's articles.)
 */
function quotesArticlesBeforePoints(lines: readonly string[]): boolean {
  const first = lines.findIndex((l) => LINE_ARTICLE.test(l));
  if (first < 1) return false;
  const num = readerNumber(LINE_ARTICLE.exec(lines[first]!)![1]!);
  if (num === null || num <= 1 || !/[：:]$/.test(lines[first - 1]!)) return false;
  const point = lines.findIndex((l, i) => i > first && /^一、/.test(l));
  if (point < 0 || !/[。？！?!]$/.test(lines[point - 1]!)) return false;
  return !lines.slice(point).some((l) => LINE_ARTICLE.test(l));
}

const RUN_IN = /第[\s\u3000]*([〇零一二两三四五六七八九十百千]+)[\s\u3000]*条(?=[\s\u3000])/g;

/**
 * Lines as a reader reads them when a text runs its articles on in one paragraph: a 第X条
 * followed by a space inside a line, that is the next article and stands after a full stop
 * (天津 1991: "……制定本办法。 第二条 ……"), begins a new article; so does a 第一条 glued to
 * the header text before it, when that text is not a citation (拉萨 2019: "……批准第一条 为了"),
 * and so does an article glued to a division heading (拉萨 2021: "第一章 总则第一条 为了"), whatever
 * its number (伊犁 2022, after an article lost). The next article glued on in the middle of a
 * sentence, its full stop lost, begins one too when a sentence follows it and nothing cites it
 * (伊犁 2022: "……防止疫情发生和蔓延第二十三条 公民、法人……"; not 依照本条例第二十三条 规定),
 * or after a figure that ended the sentence (吉林 2003: "……采光系数为1第四十八条 非正向……").
 * A label cited in a sentence never begins one (内蒙古 2022 修改决定: "……作如下修改：一、……
 * （一）将第一条 修改为：“……", 第三条 中的……, 第五条 第二款).
 */
function splitRunIn(lines: readonly string[]): string[] {
  const out: string[] = [];
  let last = 0;
  for (const line of lines) {
    let rest = line;
    for (;;) {
      const lead = LINE_ARTICLE.exec(rest);
      const leadNum = lead && lead[2] === undefined ? readerNumber(lead[1]!) : null;
      if (leadNum !== null) last = leadNum;
      let cut = -1;
      for (const m of rest.matchAll(RUN_IN)) {
        const before = rest.slice(0, m.index);
        const after = rest.slice(m.index + m[0].length).trim();
        if (m.index === 0) continue;
        if (!lead && LINE_DIVISION.test(before.trim()) && /^\p{Script=Han}/u.test(after)) {
          cut = m.index;
          break;
        }
        if (readerNumber(m[1]!) !== last + 1) continue;
        // A cited label is no article, wherever it stands (将第一条 修改为：, 第三条 中的).
        if (
          /^(?:修改为|改为|修改|作为|删去|增加|中的|规定|的|第[^条。；，]{1,8}[款项]|[、，：:])/.test(
            after,
          )
        )
          continue;
        if (
          /[。；;][\s\u3000]*$/.test(before) ||
          (last === 0 && !lead && !/(?:[法例》本将把对在“]|依照|按照|根据|违反)$/.test(before)) ||
          (last > 0 &&
            /[\p{Script=Han}0-9０-９]$/u.test(before) &&
            !/(?:[法例定则》本、和及或至将对条款项]|依照|按照|依据|根据|违反|适用|第.{0,8}[章节])$/.test(
              before,
            ) &&
            /^\p{Script=Han}/u.test(after) &&
            !/^(?:规定|第|的|之|中|所|至|和|或|修改|改为|删去)/.test(after) &&
            after.includes('。'))
        ) {
          cut = m.index;
          break;
        }
      }
      if (cut < 0) break;
      out.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut);
      last = readerNumber(LINE_ARTICLE.exec(rest)?.[1] ?? '') ?? last + 1;
    }
    out.push(rest);
  }
  return out;
}

/**
 * A line that begins with 第X条 out of sequence while the line before it stopped in the middle
 * of a sentence (no closing punctuation) and the next article line goes on in sequence: a
 * citation broken over two lines ("……依据《中华人民共和国合同法》" / "第五十二条 以及……"), read
 * as the rest of the sentence.
 */
function continuesSentence(
  lines: readonly string[],
  i: number,
  num: number,
  subRaw: string | undefined,
  last: number,
): boolean {
  const before = lines[i - 1] ?? '';
  if (subRaw !== undefined || last === 0 || num === last + 1) return false;
  if (before === '' || LINE_DIVISION.test(before)) return false;
  if (/[。；;：:！？!?…”’」』）)】\]]$/.test(before)) return false;
  for (const later of lines.slice(i + 1)) {
    const m = LINE_ARTICLE.exec(later);
    const n = m ? readerNumber(m[1]!) : null;
    if (m && n !== null) return m[2] === undefined && n === last + 1;
  }
  return false;
}

const LINE_DIVISION =
  /^第[\s\u3000]*([〇零一二两三四五六七八九十百千0-9０-９]+)[\s\u3000]*(分编|编|章|节)(?:[\s\u3000]+[^、。；，：,;:][^。；，：,;:]{0,39}|[\s\u3000]*$|[^\s\u3000。；，：,;:条款项][^。；，：,;:]{0,39})?$/;
const DIVISION_KIND: Record<string, string> = {
  编: 'part',
  分编: 'subpart',
  章: 'chapter',
  节: 'section',
};
const DIVISION_KINDS = new Set<string>(Object.values(DIVISION_KIND));

/**
 * The numbered division headings (第X编, 第X分编, 第X章, 第X节 on a line of their own) a careful
 * reader finds, in order, as keys "chapter-3": not the entries of a 目录 (the lines after 目录
 * up to the line where its first entry comes again, or, without the label, a run of headings
 * with nothing between them before any article that ends where its first comes again), and not
 * the headings an amendment quotes
 * (a heading between an article ending with a colon and the out-of-sequence articles it quotes).
 * Chapters keep the number written: they restart in each 编 or run on through it as printed.
 */
/**
 * A chapter label with no title that is part of a sentence, the converter having made a heading of
 * a reference broken over lines (伊春 2018 立法条例: "……依照本条例" / "第四章" / "第二节 规定的
 * 有关程序审议后，……"): the line before stops without punctuation and the next one is a division
 * label whose text goes on as a sentence. The label may carry the word joining it to that next
 * one (天津 2021 修改决定: "……十、将" / "第三章 和" / "第四章 合并为一章，……" and "第五章 改为" /
 * "第四章 ，章名修改为……").
 */
function brokenReference(lines: string[], i: number, previous: string): boolean {
  const label =
    /^第[^\s\u3000]+?[\s\u3000]*(分编|编|章|节)[\s\u3000]*(?:和|及|以及|与|或者?|至|、|改为|修改为)?$/;
  if (!label.test(lines[i]!)) return false;
  if (previous === '' || /[。；：:！？!?]$/.test(previous)) return false;
  const next = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
  return /^第[^\s\u3000]+?[\s\u3000]*(分编|编|章|节)/.test(next) && !LINE_DIVISION.test(next);
}

export function carefulReaderDivisions(source: string): string[] {
  const lines = splitRunIn(bodyLines(source));
  const plain = (l: string) => l.replace(/[\s\u3000]/g, '');
  const toc = lines.findIndex((l) => plain(l) === '目录');
  let skip: [number, number] | null = null;
  if (toc >= 0) {
    const first = lines.slice(toc + 1).findIndex((l) => plain(l) !== '' && !/^[-=]+$/.test(l));
    // The body may write the number in digits (丽水 2019: 目录 第一章　总则, body 第1章　总　则).
    const key = (l: string) =>
      plain(l).replace(/^第([^编章节]{1,8})(编|章|节)/, (all, n: string, kind: string) => {
        const num = readerNumber(n);
        return num === null ? all : `第${num}${kind}`;
      });
    const entry = first < 0 ? '' : key(lines[toc + 1 + first]!);
    // Or the body writes 第一章's heading with a list number for 第一章 (商洛 2016 制定地方性法规
    // 条例: 目录 第一章 总则, body "1.  总 则"), or without any number (吕梁 2019 碛口古镇保护条例:
    // 目录 第一章　总则, body "总  则").
    const listed = /^第1章(.+)$/.exec(entry)?.[1];
    const again = lines.findIndex(
      (l, i) =>
        i > toc + 1 + first &&
        (key(l) === entry ||
          (listed !== undefined && (plain(l) === `1.${listed}` || plain(l) === listed))),
    );
    if (entry !== '' && again > 0) skip = [toc, again];
  } else {
    // A 目录 without its label: division headings with nothing between them before any
    // article, ended by the first of them coming again (江门市门楼号牌管理条例).
    const start = lines.findIndex((l) => LINE_DIVISION.test(l) || LINE_ARTICLE.test(l));
    const first = start >= 0 && LINE_DIVISION.test(lines[start]!) ? plain(lines[start]!) : '';
    let end = start + 1;
    while (first !== '' && LINE_DIVISION.test(lines[end] ?? '') && plain(lines[end]!) !== first)
      end++;
    if (first !== '' && end - start >= 2 && plain(lines[end] ?? '') === first) skip = [start, end];
    // Or ended by 第一条 after three chapters or more numbered from 第一章 in sequence, the body
    // having lost their headings (日喀则 2018 议事规则: "第九章 附则第一条 为了……").
    const chapters = lines.slice(start, end).map((l) => LINE_DIVISION.exec(l));
    const firstArticle = LINE_ARTICLE.exec(lines[end] ?? '');
    if (
      !skip &&
      first !== '' &&
      end - start >= 3 &&
      chapters.every((d, k) => d?.[2] === '章' && readerNumber(d[1]!) === k + 1) &&
      firstArticle &&
      readerNumber(firstArticle[1]!) === 1 &&
      !oneLinePerChapter(source, end - start)
    )
      skip = [start, end];
  }
  const stray = strayHeading(lines);
  const keys: string[] = [];
  let pending: string[] = [];
  let last = 0;
  let quoting = false;
  let previous = '';
  lines.forEach((line, i) => {
    if (skip && i >= skip[0] && i < skip[1]) return;
    if (i === stray) return;
    const d = LINE_DIVISION.exec(line);
    const dn = d ? readerNumber(d[1]!) : null;
    if (d && dn !== null && brokenReference(lines, i, previous)) return;
    if (d && dn !== null) {
      const key = `${DIVISION_KIND[d[2]!]}-${dn}`;
      // After an article ending with a colon the heading may belong to quoted text: wait.
      if (quoting) return;
      if (/[：:]$/.test(previous)) pending.push(key);
      else keys.push(key);
      return;
    }
    const m = LINE_ARTICLE.exec(line);
    const num = m ? readerNumber(m[1]!) : null;
    if (m && num !== null && continuesSentence(lines, i, num, m[2], last)) return;
    if (!m || num === null) {
      keys.push(...pending);
      pending = [];
      previous = line;
      return;
    }
    const sub = m[2] === undefined ? null : readerNumber(m[2]);
    const rest = m[3] ?? '';
    if (rest !== '' && !/^[\s\u3000【:：]/.test(rest) && num !== last + 1) {
      previous = line;
      return;
    }
    if (sub === null && keys.length === 0 && amendsArticleInPoint(lines, i, num)) {
      previous = line;
      return;
    }
    const next = sub === null ? num === last + 1 : num === last;
    if (!quoting && last > 0 && !next && /[：:]$/.test(previous)) quoting = true;
    else if (quoting && next) quoting = false;
    if (!quoting) keys.push(...pending);
    pending = [];
    previous = line;
    if (!quoting && sub === null) last = num;
  });
  keys.push(...pending);
  return keys;
}

/**
 * The index of a division heading before the first article that a reader passes over as a
 * misplaced copy (反不正当竞争法 1993: "第五章 附 则" above "第一章 总 则", 第五章 again at the
 * end): the next line is a heading of the same kind numbered lower, and the same heading comes
 * again further on. -1 if none.
 */
function strayHeading(lines: readonly string[]): number {
  const plain = (l: string) => l.replace(/[\s\u3000]/g, '');
  const body = lines.map((l, i) => [l, i] as const).filter(([l]) => plain(l) !== '');
  const start = body.findIndex(([l]) => LINE_DIVISION.test(l) || LINE_ARTICLE.test(l));
  const first = LINE_DIVISION.exec(body[start]?.[0] ?? '');
  const next = LINE_DIVISION.exec(body[start + 1]?.[0] ?? '');
  if (!first || !next || first[2] !== next[2]) return -1;
  const [a, b] = [readerNumber(first[1]!), readerNumber(next[1]!)];
  if (a === null || b === null || b >= a) return -1;
  const again = body.slice(start + 2).some(([l]) => plain(l) === plain(body[start]![0]));
  return again ? body[start]![1] : -1;
}

/**
 * The lines of the body (after `<!-- INFO END -->`, or `<!-- LEGAL_HEADER_END -->` as
 * Theonefkguy/Chinese-Laws ends its header), without Markdown heading marks.
 */
/**
 * Whether the body after n chapter lines (the last with 第一条 glued on) is n − 1 more lines, each
 * beginning with an article: each line one chapter's articles run on, the headings written
 * once, at the top (天津 2010 供热用热条例), not a 目录 whose chapters the body lost (日喀则 2018).
 */
function oneLinePerChapter(source: string, n: number): boolean {
  const raw = bodyLines(source).filter((l) => l.trim() !== '');
  const start = raw.findIndex((l) => LINE_DIVISION.test(l) || LINE_ARTICLE.test(l));
  if (start < 0) return false;
  const rest = raw.slice(start + n);
  return rest.length === n - 1 && rest.every((l) => LINE_ARTICLE.test(l));
}

/**
 * Drops `>` quotations (text of another act), but for one that begins with the article after the
 * last one, after a line not ending with a colon (彭水 2013: "> 第五条　……"): that is the article,
 * indented by the converter: its lines stay (their `>` is dropped below).
 */
function notQuoted(): (l: string, i: number, all: string[]) => boolean {
  let last = 0;
  let previous = '';
  let keep = false;
  return (l, i, all) => {
    const m = /^\s*>[\s\u3000]?(.*)$/.exec(l);
    if (!m) {
      keep = false;
      const a = /^[\s\u3000]*第([^条\s\u3000]{1,8})条/.exec(l);
      const n = a ? readerNumber(a[1]!) : null;
      if (n !== null && n === last + 1) last = n;
      if (l.trim() !== '') previous = l.trim();
      return true;
    }
    const startsBlock = i === 0 || !/^\s*>/.test(all[i - 1] ?? '');
    if (startsBlock) {
      const a = /^[\s\u3000]*第([^条\s\u3000]{1,8})条/.exec(m[1] ?? '');
      const n = a ? readerNumber(a[1]!) : null;
      keep = last > 0 && n === last + 1 && !/[：:]$/.test(previous);
      if (keep) last = n!;
    }
    return keep;
  };
}

function bodyLines(source: string): string[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const infoEnd = lines.findIndex((l) => /^<!-- (?:INFO END|LEGAL_HEADER_END) -->$/.test(l.trim()));
  return carryDanglingItems(
    lines
      .slice(infoEnd + 1)
      .filter(notQuoted()) // quoted text of another act
      .map((l) =>
        l
          .replace(/^\s*>[\s\u3000]?/, '')
          // A Markdown heading's stray full stop is no sentence (监狱法 2012: "### 第五节 生活、卫生。").
          .replace(
            /^([\s\u3000]*#+[\s\u3000]*第[^\s\u3000。]{1,8}(?:分编|编|章|节)[\s\u3000]+[^。，；：的][^。，；：]{0,11})。$/,
            '$1',
          )
          // Pandoc's header attributes after a heading are markup (企业法人登记管理条例 2019:
          // "## 第三章　登记条件和申请登记单位 {#第三章-登记条件和申请登记单位 .unnumbered}").
          .replace(/^([\s\u3000]*#.*?)[\s\u3000]*\{[\s\u3000]*[#.][^{}]*\}$/, '$1')
          .replace(/^[\s\u3000]*(?:#+[\s\u3000]*)?/, '')
          .replace(/\*\*/g, '')
          // An empty bold run between indents leaves the second indent first (宁夏 2018:
          // "　**　**第九条　……"): the line still begins with its label.
          .replace(/^[\s\u3000]+/, '')
          // A Word hyperlink field's anchor is no text (日喀则 2018: "……撤回。HYPERLINKcreate
          // 36761583863780第五十三条 ……").
          .replace(/HYPERLINK[\s\u3000]*[A-Za-z_]*\d[A-Za-z0-9_]*/g, '')
          .trimEnd(),
      )
      .filter((l) => l !== ''),
  );
}

/**
 * Lines as a reader reads them when a point's caption ends its line with the label of its first
 * item, whose text is the next line (海西 2021: "……决定：一、对《……条例》作出修改（一）" / "第二条
 * 增加一款……"): the label begins the next line, so 第二条 there is the item's text, no article.
 */
function carryDanglingItems(lines: readonly string[]): string[] {
  const out = [...lines];
  const dangling = /(?<=(?:^|[。；;：:]”?)[一二三四五六七八九十]+、[^。；;：:！？!?]{1,80})（一）$/;
  for (let i = 0; i + 1 < out.length; i++) {
    const m = dangling.exec(out[i]!);
    if (!m || m.index === 0) continue;
    out[i] = out[i]!.slice(0, m.index);
    out[i + 1] = `（一）${out[i + 1]}`;
  }
  return out;
}

const LINE_POINT = /^([一二三四五六七八九十]+)、/;
const BARE_POINT = /^([一二三四五六七八九十]+)$/;

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1 to 99 as written in a point's label (十一, 二十). */
function cnNumber(n: number): string {
  if (n <= 10) return CN[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN[tens]}十${CN[n % 10]}`;
}

/**
 * Lines as a reader reads them when a decision runs its points on in one paragraph (天津 2017
 * and 2019: "……作如下决定：一、……。二、……"): the next point 二、 after a full stop or semicolon
 * begins a new point; the first, 一、, after the colon or space that ends the introduction, but
 * only when 二、 follows it, as 一、 also stands inside sentences (进行一、两次检查).
 */
function splitRunInPoints(lines: readonly string[]): string[] {
  const out: string[] = [];
  let last = 0;
  lines.forEach((line, i) => {
    const lead = LINE_POINT.exec(line);
    if (lead) last = readerNumber(lead[1]!) ?? last;
    const cuts: number[] = [];
    let n = last;
    let from = lead ? lead[0].length : 1;
    for (;;) {
      const label = `${cnNumber(n + 1)}、`;
      let at = line.indexOf(label, from);
      while (at > 0) {
        const before = line.slice(0, at);
        const ok =
          n === 0 ? /(?:[。；;：:]”?\s*|\S\s+)$/.test(before) : /[。；;]”?\s*$/.test(before);
        if (ok) break;
        at = line.indexOf(label, at + 1);
      }
      if (at <= 0) break;
      cuts.push(at);
      from = at + label.length;
      n++;
    }
    const confirmed =
      last > 0 ||
      cuts.length > 1 ||
      (cuts.length === 1 && /^(?:二、|（一）)/.test(lines[i + 1] ?? ''));
    if (cuts.length === 0 || !confirmed) {
      out.push(line);
      return;
    }
    [0, ...cuts].forEach((c, k) => {
      const part = line.slice(c, cuts[k] ?? line.length).trim();
      if (part !== '') out.push(part);
    });
    last = n;
  });
  return out;
}

/**
 * In a text without articles (a decision, a resolution, a reply): the numbered points 一、二、
 * that begin a line (or, run on in one paragraph, stand next in sequence after a sentence), as
 * keys "p1", "p2"….
 */
export function carefulReaderPoints(source: string): string[] {
  const keys: string[] = [];
  for (const line of beforeAttachment(splitRunInPoints(bodyLines(source)))) {
    const m = LINE_POINT.exec(line);
    const bare = m ? null : BARE_POINT.exec(line);
    const num = m ? readerNumber(m[1]!) : bare ? readerNumber(bare[1]!) : null;
    // A numeral alone on its line is a point only as the next one, its 、 lost (## 三).
    if (bare && num !== null && keys.at(-1) !== `p${num - 1}`) continue;
    if (num !== null && !keys.includes(`p${num}`)) keys.push(`p${num}`);
  }
  // A first point that lost its label 一、 (云南 2017 环境保护税决定): 二、 comes first, after
  // lines that follow the introduction "……决定：". A reader counts it.
  if (keys[0] === 'p2') {
    const lines = splitRunInPoints(bodyLines(source));
    const second = lines.findIndex((l) => /^二、/.test(l));
    const intro = lines.findIndex((l) => /[：:]$/.test(l));
    if (intro >= 0 && intro < second - 1) keys.unshift('p1');
  }
  return keys.length > 0 ? keys : bracketPoints(source);
}

/**
 * The lines before an attachment that comes before any point (2025 decision approving the 法律清理
 * report: two sentences, then "附件：……目录（104件）" and a catalogue in groups 一、 to 四、): the
 * groups are the attachment's, not points of the text. An attachment after the points leaves them,
 * and so does a bare 附： over the text a covering notice sends (1984 解答 of 集团犯罪, 1981 复函).
 */
function beforeAttachment(lines: readonly string[]): readonly string[] {
  const attachment = lines.findIndex((l) =>
    /^附[件表录][一二三四五六七八九十0-9０-９]*(?:[：:]|$)/.test(l),
  );
  const point = lines.findIndex((l) => LINE_POINT.test(l));
  return attachment >= 0 && (point < 0 || attachment < point) ? lines.slice(0, attachment) : lines;
}

/** Whether a text's points are （一） or (一), not 一、: see bracketPoints. */
function pointsBracketed(source: string): boolean {
  return carefulReaderPoints(source).length > 0 && bracketPoints(source).length > 0;
}

const LINE_BRACKET_POINT = /^[（(]([一二三四五六七八九十]+)[）)]/;

/**
 * In a text of neither articles nor points 一、: the points （一）（二） (or half-width (一)) that
 * begin a line, as keys "p1", "p2"… (保护海底电缆规定 1973: five points (一) to (五)).
 */
function bracketPoints(source: string): string[] {
  const keys: string[] = [];
  const lines = bodyLines(source).filter((l) => !l.startsWith('<!--'));
  // Only a text that begins with its point (一): items elsewhere are quoted or stray.
  if (!/^[（(]一[）)]/.test(lines[0] ?? '')) return [];
  for (const line of lines) {
    const m = LINE_BRACKET_POINT.exec(line);
    const num = m ? readerNumber(m[1]!) : null;
    if (num !== null && !keys.includes(`p${num}`)) keys.push(`p${num}`);
  }
  return keys;
}

/**
 * Articles whose label a text lost to Word debris right after a full stop, the articles written
 * before and after numbered two apart (吉林 2001 立法条例 第三十条, 南京 2018 城市绿化条例 第二十九条,
 * 前郭 1999 补充规定 第五条, 乌海 2019 大气污染防治条例 第二十五条, 伊通 2003 玉米种子管理条例
 * 第十三条, 前郭 2016 水资源管理条例 第十二条, 合肥 2017 文物保护办法 第十六条; see SOURCES.md): a
 * careful reader reads the text after the debris as the article in between. Its label is not
 * written, so the count of labels (carefulReaderArticles) cannot find it; each was read by a
 * person in the text.
 */
const LABELS_LOST_TO_DEBRIS: ReadonlyMap<string, readonly number[]> = new Map([
  ['jilin-lifa--2001.md', [30]],
  ['nanjing-chengshi-lvhua--2018.md', [29]],
  ['qianguo-tudi-churang-buchong--1999.md', [5]],
  ['wuhai-daqi--2019.md', [25]],
  ['yitong-yumi-zhongzi--2003.md', [13]],
  ['qianguo-shuiziyuan--2016.md', [12]],
  ['hefei-wenwu-baohu--2017.md', [16]],
]);

/** The reader's articles with those whose label was lost put after the article before them. */
function withLostLabels(file: string, articles: string[]): string[] {
  const out = [...articles];
  for (const num of LABELS_LOST_TO_DEBRIS.get(file) ?? []) {
    const at = out.indexOf(String(num - 1));
    if (at >= 0 && !out.includes(String(num))) out.splice(at + 1, 0, String(num));
  }
  return out;
}

export interface HeldoutResult {
  file: string;
  ok: boolean;
  expected: string[];
  found: string[];
  missing: string[];
  extra: string[];
  /** The numbered division headings a careful reader finds, in order ("part-1", "chapter-3"). */
  expectedDivisions: string[];
  /** The parser's divisions with a written number 第X编/分编/章/节, in document order. */
  foundDivisions: string[];
  warnings: string[];
}

/** The parser's articles of one held-out text against the careful reader's. */
export function checkHeldout(file: string): HeldoutResult {
  const source = readHeldout(file);
  const articles = withLostLabels(file, carefulReaderArticles(source));
  const expected = articles.length > 0 ? articles : carefulReaderPoints(source);
  const result = parseDraft(source, { file });
  const found = !result.ok
    ? []
    : articles.length > 0
      ? [
          ...new Set(
            flatten(result.document.nodes)
              .filter((n) => n.kind === 'article' && n.num !== null)
              .map((n) => (n.subNum ? `${n.num}-${n.subNum}` : String(n.num))),
          ),
        ]
      : [
          ...new Set(
            loosePoints(result.document.nodes, pointsBracketed(source)).map((n) => `p${n.num}`),
          ),
          // In a text a reader finds no article in, any article of the parser's is extra.
          ...flatten(result.document.nodes)
            .filter((n) => n.kind === 'article')
            .map((n) => `article-${n.label}`),
        ];
  const foundSet = new Set(found);
  const expectedSet = new Set(expected);
  return {
    file,
    ok: result.ok,
    expected,
    found,
    missing: expected.filter((k) => !foundSet.has(k)),
    extra: found.filter((k) => !expectedSet.has(k)),
    expectedDivisions: carefulReaderDivisions(source),
    foundDivisions: !result.ok
      ? []
      : flatten(result.document.nodes)
          .filter((n) => DIVISION_KINDS.has(n.kind) && n.label.startsWith('第'))
          .map((n) => `${n.kind}-${n.num}`),
    warnings: (result.ok ? result.warnings : result.errors).map((w) => `${w.line}:${w.code}`),
  };
}

/**
 * Numbered points 一、 standing outside any article, at any depth of divisions; without any, in a
 * text whose points are bracketed, the points （一） standing outside any article and point.
 */
function loosePoints(nodes: readonly ClauseNode[], bracketed: boolean): ClauseNode[] {
  const out: ClauseNode[] = [];
  const visit = (n: ClauseNode) => {
    if (n.kind === 'article') return;
    if (n.kind === 'point' && /、$/.test(n.label) && n.num !== null) out.push(n);
    else n.children.forEach(visit);
  };
  nodes.forEach(visit);
  if (out.length > 0 || !bracketed) return out;
  const visitBracketed = (n: ClauseNode): ClauseNode[] =>
    n.kind === 'article'
      ? []
      : n.kind === 'point'
        ? /^[（(]/.test(n.label) && n.num !== null
          ? [n]
          : []
        : n.children.flatMap(visitBracketed);
  return nodes.flatMap(visitBracketed);
}
