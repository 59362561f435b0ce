/**
 * The catalog of problems a draft can have: each has a permanent code, parameters, and a text
 * in Chinese and English (templates with {name} placeholders) that says what was found and
 * what the parser made of it. Builders report problems; they never throw.
 *
 * Since #16 almost every problem is a warning: the parser builds the tree a careful reader
 * would and says where it had to guess. Only an empty text is an error.
 */
import type { ParseError } from './types.ts';

export const PROBLEMS = {
  'numbering-gap': {
    zh: '编号不连续：应为{expected}，实际为{found}。',
    en: 'Numbering gap: expected {expected}, found {found}.',
  },
  'duplicate-number': {
    zh: '编号重复：{label}已在第 {first} 行出现。',
    en: 'Duplicate number: {label} already appears at line {first}.',
  },
  'point-outside-article': {
    zh: '项{label}不在任何条文之内，已作为独立的项读取。',
    en: 'Item {label} is not inside any article; it was read as a stand-alone item.',
  },
  'text-outside-article': {
    zh: '章节标题之后、条文之前出现了正文“{text}”，已作为该章节的说明文字。',
    en: 'Text "{text}" appears after a division heading but outside any article; it was kept as text of that division.',
  },
  'unknown-heading': {
    zh: '无法识别的结构标题“{text}”：应为“第X编”“第X章”或“第X节”，已作为不编号的一级标题读取。',
    en: 'Unknown structural heading "{text}": expected 第X编, 第X章 or 第X节; it was read as an unnumbered division.',
  },
  'invalid-number': {
    zh: '编号“{text}”无法解析为数字，按顺序读作{read}。',
    en: 'The number in "{text}" cannot be read; it was taken as {read}, the next in sequence.',
  },
  'numeral-typo': {
    zh: '编号“{text}”中有错字或多余符号，读作{read}。',
    en: 'The number in "{text}" has a typo or a stray sign; it was read as {read}.',
  },
  'empty-document': { zh: '文本中没有任何条文。', en: 'The document contains no clauses.' },
  'empty-file': {
    zh: '文件是空的，没有任何文字。',
    en: 'The file is empty: it holds no text at all.',
  },
  'invalid-front-matter': {
    zh: '开头的元数据块不是有效的 YAML，已忽略：{detail}',
    en: 'The front matter is not valid YAML and was ignored: {detail}',
  },
  'heading-mark-unspaced': {
    zh: '“{text}”以 # 开头而其后没有空格，已作为标题读取。',
    en: '"{text}" begins with # and no space after it; it was read as a heading.',
  },
  'halfwidth-punctuation': {
    zh: '第 {lines} 行中的半角句号“｡”已按“。”读取、项号后的半角顿号“､”已按“、”读取（共 {count} 行）。',
    en: 'On lines {lines}, the halfwidth full stop "｡" was read as "。" and the halfwidth comma "､" after a point\'s numeral as "、" ({count} lines).',
  },
  'enclosed-label': {
    zh: '第 {lines} 行中的带括号或带点的编号（如“㈠”“⑴”“⒈”）已按“（一）”“(1)”“1.”读取（共 {count} 行）。',
    en: 'On lines {lines}, the enclosed numerals such as "㈠", "⑴" and "⒈" were read as the labels "（一）", "(1)" and "1." ({count} lines).',
  },
  'heading-continued': {
    zh: '“{text}”被视为上一标题的续行。',
    en: '"{text}" was read as the continuation of the heading above.',
  },
  'duplicate-eid': {
    zh: '标识 {eId} 重复，此处改用 {used}。',
    en: 'The id {eId} occurs twice; {used} is used here.',
  },
  'division-unnumbered': {
    zh: '标题“{text}”没有“第X章”编号，已作为{read}读取。',
    en: 'The heading "{text}" has no 第X章 number; it was read as {read}.',
  },
  'section-unnumbered': {
    zh: '标题“{text}”没有“第X节”编号，写在两条之间，而本章的节在此缺了一节，已作为{read}读取。',
    en: 'The heading "{text}" has no 第X节 number; it stands between two articles where a section of the chapter is missing, and was read as {read}.',
  },
  'division-unnumbered-top': {
    zh: '标题“{text}”没有编号，已作为与各编并列的不编号部分读取。',
    en: 'The heading "{text}" has no number; it was read as an unnumbered division beside the parts (编).',
  },
  'stray-heading': {
    zh: '正文之前的“{text}”下没有内容，其后是编号更小的同级标题，且在第 {again} 行再次出现，是错置的重复标题，已跳过。',
    en: '"{text}" before the body has nothing under it, is followed by a heading of its kind numbered lower, and comes again at line {again}: a misplaced copy, skipped.',
  },
  'chapter-from-toc': {
    zh: '正文中没有{label}的标题，按目录在此处开始{label}“{text}”（目录中的标题写在前一条的末尾，或本条是第一条）。',
    en: 'The body has no heading for {label}; following the table of contents, {label} "{text}" begins here (its title ends the article before, or this is 第一条).',
  },
  'chapter-list-numbered': {
    zh: '正文中{label}的标题写作“{text}”，章的序号成了列表编号；按目录读作{label}。',
    en: 'The body writes the heading of {label} as "{text}", its chapter number turned into a list number; following the table of contents, it is read as {label}.',
  },
  'toc-chapter-missing': {
    zh: '目录列有{label}“{text}”，但正文中没有该章的标题，也无法确定它从哪一条开始；其条文仍留在前一章中，请核对原件。',
    en: 'The table of contents lists {label} "{text}", but the body has no heading for it and nothing shows at which article it begins; its articles stay in the chapter before. Check the original.',
  },
  'table-of-contents': {
    zh: '目录（{count} 行）已跳过，正文从第 {body} 行开始。',
    en: 'The table of contents ({count} lines) was skipped; the text starts at line {body}.',
  },
  'toc-run-together': {
    zh: '“{text}”是目录中{titles}个章节标题连写成的一行（其序号与换行已丢失），不是前言，已跳过。',
    en: '"{text}" is the table of contents, the titles of {titles} divisions run together on one line (their numbers and line breaks lost), not front matter; it was skipped.',
  },
  annex: {
    zh: '最后一条之后的“{text}”作为附件读取，不属于任何条文。',
    en: '"{text}" after the last article was read as an annex, not as part of that article.',
  },
  'annex-named': {
    zh: '最后的条款之后的“{text}”与正文所称附件《{text}》同名，自此作为附件读取，不属于其前的条款。',
    en: '"{text}" after the last clause is the title of the attachment the text names (《{text}》); from there on it was read as an annex, not as part of the clause before it.',
  },
  'annex-approved': {
    zh: '最后一点之后的“{text}”是本决定所批准的《{text}》的标题，其后从第一条起是该文本的条文：已作为附件读取，不属于最后一点，也不是本决定的条文。',
    en: '"{text}" after the last point is the title of the text this decision approves (《{text}》), and the articles from 第一条 after it are that text\'s: it was read as an annex, not as part of the last point nor as articles of the decision.',
  },
  'annex-after-points': {
    zh: '最后一点之后的“{text}”引出附件，其后的文字作为附件读取，不属于最后一点。',
    en: '"{text}" after the last point introduces an attachment; what follows was read as an annex, not as part of that point.',
  },
  'annex-untitled-table': {
    zh: '施行条款{label}之后没有标题的表格作为附件读取，不属于该条。',
    en: 'The table with no title after the commencement article {label} was read as an annex, not as part of that article.',
  },
  'annex-run-in': {
    zh: '最后一条（或最后一点）的同一行中，句号之后的“{text}”引出附件，已从该条分开，作为附件读取。',
    en: '"{text}", after a full stop on the line of the last article (or point), introduces an attachment; it was split off and read as an annex.',
  },
  'annex-label-lost': {
    zh: '最后一条的同一行中，施行日期之后的“{text}”是正文提到的附件的标题（“附件”二字缺失），已从该条分开，作为附件读取。',
    en: '"{text}", after the commencement on the line of the last article, is the title of the attachment the text refers to, its label 附件 lost; it was split off and read as an annex.',
  },
  'annex-catalogue-run-in': {
    zh: '最后一点的同一行中，句号之后的“{text}”是该决定所附（“见附件”）的目录的标题（“附件”标号缺失），已从该点分开，连同其后的内容作为附件读取；其后的主送、抄送等版记另行读取。',
    en: '"{text}", after a full stop on the line of the last point, is the title of a catalogue the decision attaches ("见附件"), its label 附件 lost; it was split off and read, with what follows it, as an annex, the 版记 after it (主送, 抄送) apart.',
  },
  'closing-run-in': {
    zh: '最后一点的同一行中的“{text}”是整个决定的结尾（施行日期、重新公布等），不属于该点，已分开读取。',
    en: '"{text}", on the line of the last point, closes the decision as a whole (its commencement, its republication); it was read apart from that point.',
  },
  'annex-articles': {
    zh: '“{text}”所附的文本从{label}起是条文（如修改后重新公布的全文），已作为该附件的条文读取，不是本文的条文。',
    en: 'The text attached under "{text}" has articles from {label} on (such as the amended text republished in full); they were read as articles of that annex, not of this text.',
  },
  explanation: {
    zh: '最后一条之后的“{text}”是起草或修改的说明，已与条文分开，作为附件读取。',
    en: '"{text}" after the last article is the drafters\' explanation; it was kept apart from the articles, as an annex.',
  },
  'starts-late': {
    zh: '文本从{found}开始，不是从第一条开始（可能是节选）。',
    en: 'The text begins at {found}, not at the first article (perhaps an excerpt).',
  },
  'page-number': {
    zh: '“{text}”是页码（从 PDF 或打印稿复制时带入），已略去。',
    en: '"{text}" is a page number (carried over from a PDF or a printed copy); it was left out.',
  },
  'running-header': {
    zh: '“{text}”是页眉（从 PDF 或打印稿复制时带入），在文中反复出现并打断句子，已在第 {lines} 行略去（{count} 处）。',
    en: '"{text}" is a running page header (carried over from a PDF or a printed copy) that recurs and breaks sentences; it was left out at lines {lines} ({count} times).',
  },
  signature: {
    zh: '最后的“{text}”是发文机关署名和日期，不属于任何条文，已略去。',
    en: '"{text}" at the end is the issuing body\'s signature and the date, no clause\'s text; it was left out.',
  },
  'page-footer': {
    zh: '最后一条之后的“{text}”是网页页脚（责任编辑、链接、版权信息等，从网页复制时带入），共 {lines} 行，已略去。',
    en: '"{text}" after the last clause is a web page\'s footer (an editor\'s credit, links, copyright lines, carried over when the page was copied), {lines} lines; it was left out.',
  },
  colophon: {
    zh: '正文之后的“{text}”是公文的版记（主送、抄送、印发机关和印发日期等），共 {lines} 行，不属于正文，已略去。',
    en: '"{text}" after the body is the document\'s distribution block (主送, 抄送, the office that printed it and the date), {lines} lines, not part of the body; it was left out.',
  },
  'field-code': {
    zh: '行末的“{text}”是 Word 页码域代码（文档另存为文本时带入），已略去。',
    en: '"{text}" at the end of the line is a Word page-number field code (carried over when the document was saved as text); it was left out.',
  },
  'field-code-line': {
    zh: '单独成行的“{text}”是 Word 页码域代码（文档另存为文本时带入），不是条文的文字，已略去。',
    en: '"{text}" on a line of its own is a Word page-number field code (carried over when the document was saved as text), not words of the text; it was left out.',
  },
  'article-in-quote': {
    zh: '{label}写在引用块（>）中，但它是接着上一条的下一条，不是引文，已作为条文读取。',
    en: '{label} is written in a quotation block (>) but is the article after the last one, not a quotation; it was read as an article.',
  },
  'word-debris': {
    zh: '“{text}”是 Word 文档损坏的残留字符（几乎不用的生僻字与字母，文档另存为文本时带入），不是条文的文字，已略去。',
    en: '"{text}" is debris of a broken Word document (characters no text in use is written with, and letters, carried over when it was saved as text), not words of the text; it was left out.',
  },
  'typesetting-code': {
    zh: '“{text}”是方正书版的排版指令（印刷文件带入），不是条文的文字，已略去。',
    en: '"{text}" is a command of the 方正书版 typesetting system (carried over from the file set for printing), not words of the text; it was left out.',
  },
  'nesting-capped': {
    zh: '本行的引用符号（>）或列表符号一层套一层超过 {depth} 层，或行首空格过多；法规文本没有这样的层次，多出的符号和空格已略去。',
    en: 'This line nests quotation marks (>) or list markers more than {depth} deep, or opens with too many spaces; no legal text has such levels, and the markers and spaces beyond them were left out.',
  },
  'emphasis-flood': {
    zh: '这一段的星号（*）超过 {count} 个，不是加粗或强调的标记，按原样作为文字读取。',
    en: 'This paragraph holds more than {count} asterisks (*): they are no marks of bold or emphasis, and were read as the characters they are.',
  },
  'line-joined': {
    zh: '第 {line} 行没有以句末标点（。；：等）结束，下一行“{text}”视为同一句的续行。',
    en: 'Line {line} does not end with a mark that ends a sentence (。, ；, ： or the like); the next line "{text}" was read as its continuation.',
  },
  'item-continued': {
    zh: '“{text}”位于{label}与下一项之间，视为{label}的一部分。',
    en: '"{text}" stands between item {label} and the next item; it was read as part of {label}.',
  },
  'items-quoted-in-change': {
    zh: '“{text}”起的各项紧接以冒号结尾的修改{label}（其下没有决定的项），作为该修改引用的新条文文字读取，不是决定的项。',
    en: 'The items from "{text}" follow change {label}, which ends with a colon (no item of the decision stands over it); they were read as the new text that change quotes, not as items of the decision.',
  },
  'subpoint-before-digit': {
    zh: '“{text}”读作第{label}目，其后的数字属于该目的文字（形似小数，但{label}紧接上一目的编号，上一目已完整）。',
    en: '"{text}" was read as sub-point {label} whose text begins with a digit (it looks like a decimal, but {label} follows the previous sub-point\'s number and that sub-point is complete).',
  },
  'item-continued-last': {
    zh: '“{text}”在最后一项{label}之后，开头与前面各项之后的段落相同，视为{label}的一部分。',
    en: '"{text}" follows the last item {label} and begins as the paragraphs after the earlier items did; it was read as part of {label}.',
  },
  'item-introduces-line': {
    zh: '{label}以冒号结束，其后的“{text}”不是该列项的下一项，是该项引出的内容，已归入该项。',
    en: 'Item {label} ends with a colon; "{text}" after it is not the next item of the list but what the item introduces, and was read as part of that item.',
  },
  'item-caption': {
    zh: '{label}只有标题“{caption}”，其后的“{text}”等行视为该项的内容。',
    en: 'Item {label} holds only the caption "{caption}"; the lines that follow, from "{text}", were read as its text.',
  },
  'point-caption-items': {
    zh: '{label}{caption}与其下的项（一）写在同一行中，已分开，各项作为该点的项读取。',
    en: 'Point {label}{caption} and its item （一） are written on one line; they were separated, and the items were read as items of that point.',
  },
  'body-paragraphs': {
    zh: '“{text}”等 {count} 段位于以“如下：”结束的制定语之后、没有条的正文的各项之前，已作为正文的段落读取，不是前言，请核对原件。',
    en: '"{text}" and the paragraphs after it ({count} in all) follow the enacting sentence ending with 如下： and come before the items of a body without articles; they were read as the body\'s paragraphs, not as front matter. Check the original.',
  },
  'annex-index': {
    zh: '“{text}”等是最后一条之后列出各附件名称的清单，不是附件本身，已作为正文之后的段落读取；其后的附件按编号读取。',
    en: '"{text}" and the lines after it list the attachments after the last clause and are no attachment themselves; they were read as a paragraph after the clauses, and the attachments after them by their numbers.',
  },
  'item-label-arabic': {
    zh: '{label}以阿拉伯数字编号，但前一项没有下一层的项，且其编号紧接前一项，已作为该列表的第{read}项读取，请核对原件。',
    en: "Item {label} is numbered with an Arabic numeral, but the item before has no sub-items and its number follows that item's, so it was read as the list's item {read}. Check the original.",
  },
  'items-unlabeled': {
    zh: '“{text}”等 {count} 段位于引出下列事项的段落之后，没有项的编号，已作为该段的 {count} 项（无编号）按顺序读取，请核对原件。',
    en: '"{text}" and the lines after it ({count} in all) follow a paragraph introducing a list but have no item labels; they were read as its {count} items, unlabelled, in order. Check the original.',
  },
  'items-labels-lost': {
    zh: '“{text}”之后的各项写有编号（一），却没有（二）：其后各项的编号缺失，无法确定各项的分界，已按原文保留，请核对原件。',
    en: 'The list after "{text}" has its item （一） but no （二）: the labels of the items after the first are missing and where each ends cannot be told, so the text was kept as written. Check the original.',
  },
  'item-label-missing': {
    zh: '“{text}”缺少项的编号，按顺序读作第 {num} 项。',
    en: '"{text}" lacks its item number; it was read as item {num}, the one in sequence.',
  },
  'quoted-articles': {
    zh: '{label}以冒号引出的“{text}”等（编号不接续本文）作为该条引用的新条文读取，不是本文的条文。',
    en: 'The "{text}" that {label} introduces with a colon (numbered out of this text\'s sequence) was read as new text quoted by that article, not as articles of this text.',
  },
  'article-prefix-lost': {
    zh: '行首的“{label}”缺少“第”字（紧接上一条的编号，其后有空格），已作为{label}读取，请核对原件。',
    en: 'The line begins with the label {label} without its 第 (the next number after the article before, a space after it); it was read as {label}. Check the original.',
  },
  'article-label-repeated': {
    zh: '{label}的编号在条文开头重复了一次，重复的“{label}”未作为条文的文字保留，请核对原件。',
    en: 'The label {label} is written twice at the start of the article; the repeated "{label}" was left out of its text. Check the original.',
  },
  'article-label-lost': {
    zh: '句号之后的 Word 残留字符处缺少{label}的编号（前后两条的编号正好相差二），其后的“{text}”等已作为{label}读取，请核对原件。',
    en: 'The label {label} is missing where Word debris follows a full stop (the articles before and after it are numbered two apart); the text after it, from "{text}", was read as {label}. Check the original.',
  },
  'article-run-in': {
    zh: '{label}写在前文的同一行中（前文以句号结束，或是文本的开头部分），已作为新的一条读取。',
    en: '{label} stands inside the line of the text before it (after a full stop, or after the header it was glued to); it was read as the start of a new article.',
  },
  'article-run-on': {
    zh: '{label}写在上一条的句子中间（前面没有句号），它是按顺序的下一条，后接空格，且不是引用，已作为新的一条读取。',
    en: '{label} stands in the middle of a sentence of the article before (no full stop before it); as it is the next article in sequence, a space follows it and nothing cites it, it was read as the start of a new article.',
  },
  'division-quoted': {
    zh: '{label}所在的标题行是一点的文字（修改章名、增加条文等，引用了{label}），不是章节标题，已作为该点的文字读取。',
    en: 'The heading line with {label} is text of a point (it renames a division, adds articles, quoting {label}), not a division heading; it was read as text of that point.',
  },
  'paragraph-run-in': {
    zh: '“{text}……”写在前文的同一行中（前文以句号和空格结束，该行的各条也连写在一起），已作为新的一款读取。',
    en: '"{text}…" stands inside the line of the text before it (after a full stop and a space, on a line whose articles are run on too); it was read as the start of a new paragraph.',
  },
  'text-appended': {
    zh: '{label}之后另起了一部文本“{text}”（写出了它的标题，其后的章节或条文从第一章或第一条重新编号），已作为附件读取，其题注和章节、条文归入该附件，请核对原件。',
    en: 'A second text, "{text}", is printed on after {label} (its title is written, and its chapters or articles are numbered from one again after it); it was read as an annex holding its history, chapters and articles. Check the original.',
  },
  'paragraph-break-lost': {
    zh: '“{text}……”写在本条前文的同一行中（前文以句号和空格结束；本文本其他行的各条连写在一起，可见换行已丢失），已作为新的一款读取。',
    en: '"{text}…" stands inside the line of the article before it (after a full stop and a space, in a text whose other lines run articles on, so its line breaks were lost); it was read as the start of a new paragraph.',
  },
  'point-run-in': {
    zh: '{label}写在前文的同一行中（前文以句号或引出各点的冒号结束），按顺序作为新的一点读取。',
    en: '{label} stands inside the line of the text before it (after a full stop, or after the colon introducing the points); it was read as the start of the next point.',
  },
  'title-repeated': {
    zh: '正文前重复了标题（分为 {count} 行），已作为前言部分读取，不作为正文。',
    en: 'The title is printed again before the body (over {count} lines); it was kept with the front matter, not read as text of the body.',
  },
  'title-line-article': {
    zh: '“{text}”续接上一行的标题（标题在条文序号前折行），不是一条条文，已作为前言部分读取。',
    en: '"{text}" continues the title on the line before (the title breaks before the article it names); it is not an article and was kept with the front matter.',
  },
  'articles-quoted-before-points': {
    zh: '“{text}”等条文位于以冒号引出的位置、本文各点一、之前（不从第一条开始，各点之后再无条文），是所引用的其他法律的条文，已归入前言部分，不作为本文的条文。',
    en: 'The articles from "{text}" follow a line ending with a colon and come before this text\'s points 一、 (not from 第一条, and no article after the points): they quote another act and were kept with the front matter, not read as articles of this text.',
  },
  'point-label-lost': {
    zh: '“{text}”位于引言之后、第二点之前，缺少编号“一、”，已作为第一点读取。',
    en: '"{text}" stands after the introduction and before point 二、 without its label 一、; it was read as the first point.',
  },
  'body-unnumbered': {
    zh: '正文没有任何编号的条文，已作为一个不编号的整体读取。',
    en: 'The body has no numbered clauses; it was read as one unnumbered clause.',
  },
  'division-text-unnumbered': {
    zh: '全文没有任何编号的条文，{label}之下的文字已作为一个不编号的整体读取。',
    en: 'The text has no numbered clauses; the text under {label} was read as one unnumbered clause.',
  },
  'point-label-bare': {
    zh: '标题“{label}”只有序号，已作为紧接上一点的下一点读取，其下的文字为该点的内容。',
    en: 'The heading "{label}" is a numeral alone; it was read as the point after the one before, with the text below it as its content.',
  },
  'subpoints-after-caption': {
    zh: '“{text}”等目紧接在项的标题“{caption}”之后、写在同一行，已作为该项的子项分开读取。',
    en: 'The sub-points from "{text}" on follow the item\'s caption "{caption}" on the same line; they were read as separate sub-points of the item.',
  },
  'subpoints-inline': {
    zh: '“{text}”等项写在句中（冒号之后），已作为该款或该项的子项分开读取。',
    en: 'The items from "{text}" on are written inside the sentence, after its colon; they were read as separate items.',
  },
  'paragraph-after-items': {
    zh: '{label}之后同一行中的“{text}”是新的一句，不属于该项，已作为该条的下一款读取。',
    en: '"{text}", on the line of item {label} after its full stop, begins a new statement; it was read as the article\'s next paragraph, not as part of that item.',
  },
  'items-after-sentence': {
    zh: '{label}起的各项接在上一句的句号之后，前面没有冒号或“下列”引出，但各项依次编号、以分号隔开，已作为该款的项分开。',
    en: 'The items from {label} run on after the full stop of the sentence before, with no colon or 下列 to announce them, but they are numbered in sequence and separated by semicolons; they were split off as items of the paragraph.',
  },
  'items-on-one-line': {
    zh: '{label}与上一项写在同一行，已分开。',
    en: 'Item {label} is written on the same line as the item before; they were separated.',
  },
  'division-label-lost': {
    zh: '“{text}”单独成行、不成句，且{found}之前缺少{expected}：已读作失去编号的{expected}的标题，其后至{found}之前的条文归入其下。',
    en: '"{text}" stands alone on a line, is no sentence, and {expected} is missing before {found}: it was read as the heading of {expected}, its number lost, with the articles after it up to {found}.',
  },
  'item-separator-missing': {
    zh: '{label}之前缺少分隔的“；”，已按序号分为下一项。',
    en: 'The separator "；" is missing before item {label}; it was read as the next item, as its label follows in sequence.',
  },
  'number-lost': {
    zh: '“{text}”中缺少数字（来源丢失了数量或日期，句子在其处直接接续），请核对原件。',
    en: '"{text}" lacks a number (the source lost a quantity or a date, and the sentence goes on where it stood); check the original.',
  },
  'article-in-point': {
    zh: '{label}出现在决定的“{point}”之中、本文任何条文之前，不是第一条，其后也没有下一条：它是对所修改法规该条的修改，已作为“{point}”的文字读取，不是本文的条文。',
    en: "{label} stands inside the decision's point {point}, before any article of this text; it is not the first article and no next article follows: it amends that article of the regulation being amended, and was read as text of the point, not as an article of this text.",
  },
  'divisions-from-toc': {
    zh: '正文缺少章节标题，各章的条文分别连写在一行中，行数与目录的{count}个标题相同：已按目录依次将各行的条文归入各章。',
    en: 'The body lost its division headings and runs the articles of each division on in one line, as many lines as the {count} headings of the table of contents: the articles of each line were put under those headings in turn.',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ProblemCode = keyof typeof PROBLEMS;
export type ProblemParams = Record<string, string | number>;

/**
 * Problems about layout the parser resolves with certainty: they never block the content sync.
 * The rest mean the text itself has a defect a person should look at.
 */
export const NOTE_CODES: ReadonlySet<string> = new Set<ProblemCode>([
  'heading-continued',
  'heading-mark-unspaced',
  'halfwidth-punctuation',
  'enclosed-label',
  'table-of-contents',
  'toc-run-together',
  'annex',
  'annex-after-points',
  'annex-named',
  'annex-approved',
  'annex-articles',
  'annex-untitled-table',
  'invalid-front-matter',
]);

export interface ProblemSink {
  error: (code: ProblemCode, line: number, params?: ProblemParams) => void;
  warning: (code: ProblemCode, line: number, params?: ProblemParams) => void;
}

const clip = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

/** Fills a template's {name} placeholders; text parameters are clipped to 30 characters. */
export function fillProblem(template: string, params: ProblemParams): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const value = params[name];
    if (value === undefined) return m;
    return typeof value === 'string' ? clip(value) : String(value);
  });
}

/** The message in both languages, Chinese first, as CLI output and content-sync problems show it. */
export function problemMessage(code: ProblemCode, params: ProblemParams = {}): string {
  const { zh, en } = PROBLEMS[code];
  return `${fillProblem(zh, params)}${fillProblem(en, params)}`;
}

export function createSink(
  file: string | null,
): ProblemSink & { errors: ParseError[]; warnings: ParseError[] } {
  const errors: ParseError[] = [];
  const warnings: ParseError[] = [];
  const make = (code: ProblemCode, line: number, params: ProblemParams = {}): ParseError => ({
    code,
    message: problemMessage(code, params),
    file,
    line,
    ...(Object.keys(params).length ? { params } : {}),
  });
  return {
    errors,
    warnings,
    error: (code, line, params) => errors.push(make(code, line, params)),
    warning: (code, line, params) => warnings.push(make(code, line, params)),
  };
}
