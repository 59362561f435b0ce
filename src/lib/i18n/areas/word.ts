/** Drafts uploaded as Word documents at /staff/versions (issue #16, #19): refusals and conversion notes. */
import { m } from '../catalogue.ts';

export const wordMessages = m({
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
  'word.note.auto-numbering': {
    zh: '有 {count} 个段落使用了 Word 的自动编号，编号本身不是文字，未能转换；请核对这些项、目的序号（建议在 Word 中把自动编号转换为文本）。',
    en: '{count} paragraphs use Word’s automatic numbering, whose numbers are not text and were not converted; check the numbers of these items (or convert the numbering to text in Word first).',
  },
  'word.note.images': {
    zh: '文档中的 {count} 张图片没有转换，发布的文本中不含图片。',
    en: 'The {count} images in the document were not converted; the published text has no images.',
  },
});
