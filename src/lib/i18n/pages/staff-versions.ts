/**
 * Publishing a version (src/pages/staff/versions/[slug].astro, src/lib/versions/): drafts, checks,
 * Word import (`word.note.<note>`, `word.refused.<reason>`). Merged into the catalogue in
 * ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffVersionsPage = m({
  'amendments.nav': { zh: '修改建议', en: 'Amendments' },

  // versions/draft.ts, check.ts, explanation.ts: a new version's problems, by field.
  'draft.slug': {
    zh: '版本标识只能用小写字母、数字和连字符，如 second-reading。',
    en: 'The version id may hold only lower-case letters, digits and hyphens, e.g. second-reading.',
  },
  'draft.slugTaken': {
    zh: '本法规已有标识为“{slug}”的版本，请换一个。',
    en: 'This regulation already has a version "{slug}"; choose another id.',
  },
  'draft.slugJustTaken': {
    zh: '该版本标识刚被占用，请换一个。',
    en: 'That id has just been taken; choose another.',
  },
  'draft.label': {
    zh: '请填写版本名称（如“二审稿”），最多 40 字。',
    en: 'Give the version a name (e.g. "Second reading") of at most 40 characters.',
  },
  'draft.stage': { zh: '请选择所处阶段。', en: 'Choose the stage.' },
  'draft.date': {
    zh: '请填写公布日期，如 2026-12-01。',
    en: 'Give the date of publication, e.g. 2026-12-01.',
  },
  'draft.markdown': {
    zh: '请粘贴或上传条文（Markdown）。',
    en: 'Paste or upload the text (Markdown).',
  },
  'draft.tooLong': {
    zh: '条文过长（超过 100 万字）。',
    en: 'The text is too long (over a million characters).',
  },
  'draft.unreadable': { zh: '条文无法解析：{detail}', en: 'The text cannot be parsed: {detail}' },
  'draft.tooComplex': {
    zh: '条文的 Markdown 格式过于复杂（例如大量未配对的 * 或 _），无法在限定时间内解析，未保存任何内容。请删去多余的符号后再试。',
    en: 'The text’s Markdown is too complex to parse in the time allowed (for example many unpaired * or _); nothing was stored. Remove the stray marks and retry.',
  },

  'explanation.tooLong': {
    zh: '说明超过 {max} 个字符，未发布。请缩短后再试。',
    en: 'The explanation is longer than {max} characters; nothing was published. Shorten it and retry.',
  },
  'explanation.tooComplex': {
    zh: '说明的 Markdown 格式过于复杂（例如大量未配对的 * 或 _，或过深的引用嵌套），无法在限定时间内排版，未发布。请删去多余的符号后再试。',
    en: 'The explanation’s Markdown is too complex to lay out in the time allowed (for example many unpaired * or _, or quotes nested very deep); nothing was published. Remove the stray marks and retry.',
  },

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
  'versions.title': { zh: '发布新版本', en: 'Publish a new version' },
  'versions.pick': {
    zh: '选择要发布新版本的法规：',
    en: 'Choose the regulation to publish a new version of:',
  },
  'versions.existing': { zh: '已发布的版本', en: 'Versions so far' },
  'versions.source': { zh: '原文', en: 'source' },
  'versions.lead': {
    zh: '粘贴或上传新版本的条文（Markdown，格式与 content/ 中的版本文件相同）。系统用同一解析器检查，并与上一版本比较；确认发布后，版本即公开且不可修改。',
    en: 'Paste or upload the text of the new version (Markdown, as in the version files of content/). It is checked with the same parser and compared with the previous version; once published it is public and can no longer be changed.',
  },
  'versions.label': { zh: '版本名称（如“二审稿”）', en: 'Name (e.g. “Second reading”)' },
  'versions.slug': {
    zh: '版本标识（网址用，小写字母、数字、连字符）',
    en: 'Id (for the address: lower-case letters, digits, hyphens)',
  },
  'versions.stage': { zh: '阶段', en: 'Stage' },
  'versions.date': { zh: '公布日期', en: 'Date of publication' },
  'versions.markdown': { zh: '条文（Markdown）', en: 'Text (Markdown)' },
  'versions.explanation': {
    zh: '修改说明 / 起草说明（可选）',
    en: 'Explanation of the draft (optional)',
  },
  'versions.check': {
    zh: '检查并与上一版本比较',
    en: 'Check and compare with the previous version',
  },
  'versions.problems': {
    zh: '发现以下问题，未发布。',
    en: 'Problems found; nothing was published.',
  },
  'versions.line': { zh: '第 {line} 行：', en: 'Line {line}: ' },
  'versions.ok': {
    zh: '解析通过：{articles} 条。下面是与“{previous}”的比较。',
    en: 'The text parses: {articles} articles. Below is the comparison with “{previous}”.',
  },
  'versions.first': {
    zh: '解析通过：{articles} 条。这是本法规的第一个版本。',
    en: 'The text parses: {articles} articles. This is the regulation’s first version.',
  },
  'versions.publish': {
    zh: '发布“{label}”（发布后不可修改）',
    en: 'Publish “{label}” (it cannot be changed afterwards)',
  },
  'versions.published': { zh: '已发布“{label}”。', en: '“{label}” is published.' },
  'versions.view': { zh: '查看公开页面', en: 'See the public page' },
  'versions.old': { zh: '原条文', en: 'Previous' },
  'versions.new': { zh: '新条文', en: 'New' },
  'versions.unchanged': {
    zh: '另有 {count} 条未修改。',
    en: '{count} more articles are unchanged.',
  },

  'word.file': {
    zh: '或上传文件：Word 文档（.docx，Word 或 WPS 保存）或 Markdown（.md、.txt），上传后以文件为准',
    en: 'Or upload a file: a Word document (.docx, saved by Word or WPS) or Markdown (.md, .txt); it takes the place of the pasted text',
  },
  'word.converted': {
    zh: '已把 Word 文档“{name}”转换为文本，见下方正文框；请核对解析提示和与上一版本的比较，再发布。',
    en: 'The Word document “{name}” was converted to text, shown in the text box below; check the parser’s warnings and the comparison with the previous version before publishing.',
  },
  'word.tooLarge': {
    zh: '文件过大，未保存任何内容：Word 文档最大 {docx} MB，Markdown 和纯文本文件最大 {text} MB。',
    en: 'The file is too large; nothing was stored. Word documents may be up to {docx} MB, Markdown and plain-text files up to {text} MB.',
  },
  'word.refused.not-docx': {
    zh: '这个文件不是 Word 文档（.docx），也不是 Markdown 或纯文本文件，未保存任何内容。旧版 Word 的 .doc 文件和 PDF 不能读取：请在 Word 或 WPS 中“另存为” .docx 后再上传。',
    en: 'This file is neither a Word document (.docx) nor a Markdown or plain-text file; nothing was stored. Old Word .doc files and PDFs cannot be read: save the file as .docx in Word or WPS and upload it again.',
  },
  'word.refused.too-large': {
    zh: '这个 Word 文档解压后超过 {max} MB（或压缩比异常），未读取，也未保存任何内容。请删去其中的图片等内容后再上传。',
    en: 'This Word document inflates to more than {max} MB (or is compressed suspiciously well); it was not read and nothing was stored. Remove images and the like, then upload it again.',
  },
  'word.refused.ratio': {
    zh: '这个 Word 文档的压缩比异常，可能是恶意文件，未读取，也未保存任何内容。',
    en: 'This Word document is compressed suspiciously well and may be hostile; it was not read and nothing was stored.',
  },
  'word.refused.unsupported': {
    zh: '这个 Word 文档已加密或格式过大（ZIP64），无法读取，未保存任何内容。请取消密码保护后另存为 .docx 再上传。',
    en: 'This Word document is encrypted or in an oversized format (ZIP64) and cannot be read; nothing was stored. Remove the password protection, save it as .docx and upload it again.',
  },
  'word.refused.corrupt': {
    zh: '这个 Word 文档已损坏，无法读取，未保存任何内容。请在 Word 或 WPS 中打开并重新保存后再上传。',
    en: 'This Word document is damaged and cannot be read; nothing was stored. Open it in Word or WPS, save it again and upload it again.',
  },
  'word.refused.empty': {
    zh: '这个 Word 文档中没有文字，未保存任何内容。',
    en: 'This Word document contains no text; nothing was stored.',
  },
  'word.refused.too-slow': {
    zh: '这个 Word 文档过于复杂，未能在限定时间内读取，未保存任何内容。请另存为 .docx 或粘贴正文后再试。',
    en: 'This Word document is too complex to read in the time allowed; nothing was stored. Save it again as .docx, or paste the text instead.',
  },
  'word.note.numbering-written': {
    zh: '有 {count} 个段落使用了 Word 的自动编号，已按 Word 显示的样子把编号转换为文字（如“第一条”“（一）”）；请在下面的条文中核对序号。',
    en: '{count} paragraphs use Word’s automatic numbering; their numbers were written in as Word shows them (such as 第一条 or （一）). Check the numbers in the articles below.',
  },
  'word.note.auto-numbering': {
    zh: '有 {count} 个段落使用了 Word 的自动编号，编号本身不是文字，未能转换；请核对这些项、目的序号（建议在 Word 中把自动编号转换为文本）。',
    en: '{count} paragraphs use Word’s automatic numbering, whose numbers are not text and were not converted; check the numbers of these items (or convert the numbering to text in Word first).',
  },
  'word.note.tracked-changes': {
    zh: '文档中有 {count} 处修订（修订模式下的插入、删除或移动），已按“全部接受”转换；请确认这些修订都已同意，否则请在 Word 中处理后重新上传。',
    en: 'The document has {count} tracked changes (insertions, deletions or moves); they were converted as if all were accepted. Make sure every one was agreed, or resolve them in Word and upload again.',
  },
  'word.note.comments': {
    zh: '文档中的 {count} 条批注没有转换，发布的文本中不含批注。',
    en: 'The {count} comments in the document were left out; the published text has none.',
  },
  'word.note.footnotes': {
    zh: '文档中的 {count} 个脚注或尾注没有转换，发布的文本中不含注释；需要保留的内容请写入正文或修改说明。',
    en: 'The {count} footnotes or endnotes in the document were left out; the published text has none. Put what must stay into the text or the explanation.',
  },
  'word.note.images': {
    zh: '文档中的 {count} 张图片没有转换，发布的文本中不含图片。',
    en: 'The {count} images in the document were not converted; the published text has no images.',
  },
});
