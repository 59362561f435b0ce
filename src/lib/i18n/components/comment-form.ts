/**
 * The public comment form (src/components/CommentForm.astro): field labels and hints, also used by
 * the staff pages that show a comment's fields. Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const commentFormComponent = m({
  'form.stance': { zh: '您的态度', en: 'Your stance' },
  'form.body': { zh: '意见内容', en: 'Your comment' },
  'form.bodyHint': {
    zh: '最多 {max} 字。请勿填写身份证号等个人信息。',
    en: 'Up to {max} characters. Please leave out ID numbers and other personal data.',
  },
  'form.suggested': { zh: '建议条文（可选）', en: 'Suggested wording (optional)' },
  'form.suggestedHint': {
    zh: '如希望修改条文，可写出您建议的完整表述。',
    en: 'If you want the text changed, write the wording you propose.',
  },
  'form.name': {
    zh: '公开署名（可选，留空为匿名）',
    en: 'Public name (optional; blank for anonymous)',
  },
  'form.category': { zh: '身份', en: 'You are' },
  'form.district': { zh: '所在区县（可选）', en: 'District (optional)' },
  'form.contact': {
    zh: '联系方式（可选，不公开，仅用于答复）',
    en: 'Contact details (optional; never published, used only to reply)',
  },
  'form.consent': {
    zh: '同意公开我的意见（个人信息会被隐去）',
    en: 'I agree that my comment may be published (personal data is masked)',
  },
  'form.submit': { zh: '提交意见', en: 'Submit comment' },
  'form.privacy': {
    zh: '我们保存您的意见、署名、身份类别和区县；联系方式仅立法工作人员可见，用于答复，征求意见结束两年后删除。IP 地址只以加密摘要形式短期保存，用于防止刷票。',
    en: 'We store your comment, public name, category and district; contact details are seen only by legislative staff, used to reply, and deleted two years after the consultation closes. Your IP address is kept only as a salted hash for a short time, to stop abuse.',
  },
  'form.honeypot': { zh: '请勿填写此项', en: 'Leave this field empty' },
  'form.target': { zh: '意见针对', en: 'Commenting on' },

  'attachments.label': { zh: '附件', en: 'Attachments' },
  'attachments.hint': {
    zh: '最多 {count} 个文件，每个不超过 {mb} MB，可以是 PDF、Word（.docx）、JPEG 或 PNG。附件经审核后才会公开。',
    en: 'Up to {count} files of up to {mb} MB each: PDF, Word (.docx), JPEG or PNG. Attachments are shown in public only after a moderator has checked them.',
  },

  // The comment form
  'notify.form.optIn': {
    zh: '通过上面填写的电子邮箱通知我：回执、答复，以及后续审议稿修改或删除我所评论的条款时',
    en: 'E-mail me at the address above: the receipt, the reply, and when a later reading changes or removes the clause I commented on',
  },

  'commentForm.clarity': { zh: '条文清晰', en: 'Clarity' },
  'commentForm.enforceability': { zh: '便于执行', en: 'Enforceability' },
  'commentForm.effect': { zh: '实施效果', en: 'Effect' },
  'commentForm.rateThisArticleLowest': {
    zh: '对本条的评价（1分最低，5分最高）',
    en: 'Rate this article (1 lowest, 5 highest)',
  },

  'participation.quote.label': { zh: '您引用的条文：', en: 'The passage you quote:' },
  'participation.quote.remove': { zh: '删除引用', en: 'Remove the quote' },
  'participation.quote.select': { zh: '评论所选文字', en: 'Comment on the selected text' },
  'participation.preview.label': {
    zh: '修改预览（与原条文对照，提交后按此显示）：',
    en: 'Preview against the clause (shown like this after you submit):',
  },
  'participation.proposal.title': {
    zh: '项目名称（如“临江市××条例”）',
    en: 'Title (e.g. “Linjiang … Regulations”)',
  },
  'participation.proposal.problem': { zh: '要解决的问题', en: 'The problem it should solve' },
  'participation.proposal.scope': { zh: '希望规范的事项', en: 'What it should regulate' },
  'participation.privacy.title': { zh: '隐私说明', en: 'Privacy notice' },
  'participation.privacy.short': {
    zh: '我们保存您的意见、署名、身份类别和区县；联系方式仅立法工作人员可见，只用于答复。联系方式和网络地址的加密摘要在征求意见截止 {years} 年后删除。',
    en: 'We store your comment, public name, category and district; contact details are seen only by legislative staff, only to reply. Contact details and the salted hash of your network address are deleted {years} years after the consultation closes.',
  },
});
