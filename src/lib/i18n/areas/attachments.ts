/** Interface strings of files attached to comments, Chinese first. Merged in ../messages.ts. */
import { m } from '../catalogue.ts';

export const attachmentsMessages = m({
  'attachments.label': { zh: '附件', en: 'Attachments' },
  'attachments.hint': {
    zh: '最多 {count} 个文件，每个不超过 {mb} MB，可以是 PDF、Word（.docx）、JPEG 或 PNG。附件经审核后才会公开。',
    en: 'Up to {count} files of up to {mb} MB each: PDF, Word (.docx), JPEG or PNG. Attachments are shown in public only after a moderator has checked them.',
  },
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
  'attachments.size': { zh: '{size} KB', en: '{size} KB' },
  'attachments.status.pending': { zh: '待审核', en: 'Awaiting review' },
  'attachments.status.approved': { zh: '已公开', en: 'Public' },
  'attachments.status.rejected': { zh: '不公开', en: 'Not made public' },
  'attachments.receipt': { zh: '您提交的附件', en: 'Files you attached' },
  'attachments.receiptHint': {
    zh: '附件经审核后才会在意见列表中公开；审核前只有工作人员和持有本回执码的您可以下载。不予公开的附件不再提供下载。',
    en: 'Attachments appear in the public list only after a moderator has checked them; until then only staff and you, with this receipt code, can download them. A file kept private is no longer offered.',
  },
  'attachments.public': { zh: '附件', en: 'Attachments' },
  'attachments.download': { zh: '下载', en: 'Download' },
  'attachments.staff': { zh: '附件（{count}）', en: 'Attachments ({count})' },
  'attachments.staffHint': {
    zh: '附件只以下载方式提供。公开前请先下载检查，确认其中没有个人信息、侮辱或无关内容。',
    en: 'Attachments are only ever offered as downloads. Download and check one before making it public: no personal data, abuse or unrelated content.',
  },
  'attachments.approve': { zh: '审核通过，公开', en: 'Approve and make public' },
  'attachments.reject': { zh: '不公开', en: 'Keep private' },
  'attachments.reviewed': { zh: '附件审核结果已保存。', en: 'The attachment’s review was saved.' },
  'attachments.notFound': { zh: '没有找到这个附件。', en: 'That attachment was not found.' },
  'attachments.column': { zh: '附件数', en: 'Attachments' },
  'attachments.clerkLabel': { zh: '来信扫描件及附件', en: 'Scan of the letter and its enclosures' },
  'attachments.clerkHint': {
    zh: '最多 {count} 个文件，每个不超过 {mb} MB，可以是 PDF、Word（.docx）、JPEG 或 PNG。与群众在线提交的附件一样，须经审核员审核后才会公开（来信常含姓名、住址、电话和签名）。',
    en: 'Up to {count} files of up to {mb} MB each: PDF, Word (.docx), JPEG or PNG. Like files sent online, they are shown in public only after a moderator has checked them (letters often carry names, addresses, telephone numbers and signatures).',
  },
  'attachments.chooseAgain': {
    zh: '确认录入时请重新选择 {count} 个附件文件。',
    en: 'Choose the {count} attached files again when you confirm.',
  },
  'attachments.entered': {
    zh: '已随意见保存 {count} 个附件，待审核员审核后公开。',
    en: '{count} attached files were stored with the opinion; they will be public once a moderator has approved them.',
  },
  'audit.action.attachment.approve': {
    zh: '公开了意见的附件',
    en: 'Approved a comment’s attachment',
  },
  'audit.action.attachment.reject': {
    zh: '决定不公开意见的附件',
    en: 'Kept a comment’s attachment private',
  },
});
