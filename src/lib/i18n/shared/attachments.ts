/**
 * Problems with an uploaded attachment (`attachments.problem.<problem>`,
 * src/lib/attachments/problem-message.ts), shown wherever a file is uploaded. Merged into the
 * catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const sharedAttachments = m({
  'attachments.problem.too-many': {
    zh: '最多只能附 {count} 个文件，请减少后再提交。您的意见尚未提交。',
    en: 'You can attach at most {count} files; remove some and send again. Your comment has not been sent.',
  },
  'attachments.problem.too-large': {
    zh: '文件“{file}”超过 {mb} MB，请压缩或拆分后再提交。您的意见尚未提交。',
    en: 'The file “{file}” is larger than {mb} MB; make it smaller or split it and send again. Your comment has not been sent.',
  },
  'attachments.problem.empty': {
    zh: '文件“{file}”是空的，请重新选择。您的意见尚未提交。',
    en: 'The file “{file}” is empty; choose it again. Your comment has not been sent.',
  },
  'attachments.problem.type': {
    zh: '文件“{file}”不是 PDF、Word（.docx）、JPEG 或 PNG 文件（按文件内容判断，与扩展名无关）。请另存为这几种格式后再提交。您的意见尚未提交。',
    en: 'The file “{file}” is not a PDF, Word (.docx), JPEG or PNG file (judged by its content, not its name). Save it in one of these formats and send again. Your comment has not been sent.',
  },
  'attachments.problem.zip-bomb': {
    zh: '文件“{file}”解压后异常巨大，无法接收。请另存为普通的 Word 或 PDF 文件后再提交。您的意见尚未提交。',
    en: 'The file “{file}” unpacks to an abnormal size and cannot be taken. Save it as an ordinary Word or PDF file and send again. Your comment has not been sent.',
  },
  'attachments.problem.post-too-large': {
    zh: '所附文件合计超过 {total} MB，未接收。请减少或压缩文件后重新填写提交。您的意见尚未提交。',
    en: 'The attached files add up to more than {total} MB and were not taken. Attach fewer or smaller files and fill in the form again. Your comment has not been sent.',
  },
  'attachments.problem.malformed': {
    zh: '提交的表单不完整，请重新提交。您的意见尚未提交。',
    en: 'The form arrived incomplete; please send it again. Your comment has not been sent.',
  },
  'attachments.download': { zh: '下载', en: 'Download' },
  'attachments.column': { zh: '附件数', en: 'Attachments' },
});
