/**
 * One comment for staff (src/pages/staff/comments/[id].astro, src/lib/triage/): tags, assignment,
 * notes, redaction (`triage.redact.<outcome>`) and disposition rules
 * (src/lib/disposition/rules.ts). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffCommentPage = m({
  'attachments.staff': { zh: '附件（{count}）', en: 'Attachments ({count})' },
  'attachments.staffHint': {
    zh: '附件只以下载方式提供。公开前请先下载检查，确认其中没有个人信息、侮辱或无关内容。',
    en: 'Attachments are only ever offered as downloads. Download and check one before making it public: no personal data, abuse or unrelated content.',
  },
  'attachments.approve': { zh: '审核通过，公开', en: 'Approve and make public' },
  'attachments.reject': { zh: '不公开', en: 'Keep private' },
  'attachments.reviewed': { zh: '附件审核结果已保存。', en: 'The attachment’s review was saved.' },
  'attachments.notFound': { zh: '没有找到这个附件。', en: 'That attachment was not found.' },

  // disposition/rules.ts
  'disposition.error.choose': { zh: '请选择处理结果。', en: 'Choose a disposition.' },
  'disposition.error.reason': { zh: '请写明理由。', en: 'Give the reason.' },
  'disposition.error.reply': { zh: '请填写公开答复。', en: 'Write the public reply.' },
  'disposition.error.reflectedIn': {
    zh: '所选的后续条款无效。',
    en: 'The later clause chosen is not valid.',
  },
  'disposition.error.tooLong': {
    zh: '理由和答复各不超过 {max} 字。',
    en: 'Reason and reply are limited to {max} characters each.',
  },

  // triage/annotations.ts
  'triage.note.empty': { zh: '备注不能为空。', en: 'The note is empty.' },
  'triage.note.tooLong': {
    zh: '备注不超过 {max} 字。',
    en: 'Notes are limited to {max} characters.',
  },
  'triage.section': { zh: '标签、分办与内部备注', en: 'Tags, assignment and internal notes' },
  'triage.saved': { zh: '已保存。', en: 'Saved.' },
  'triage.tags.label': { zh: '标签', en: 'Tags' },
  'triage.tags.add': { zh: '添加标签', en: 'Add a tag' },
  'triage.tags.addButton': { zh: '添加', en: 'Add' },
  'triage.tags.removeLabel': { zh: '删除标签 {tag}', en: 'Remove tag {tag}' },
  'triage.tags.invalid': {
    zh: '标签不能为空，且不超过 30 字。',
    en: 'A tag must not be empty and at most 30 characters.',
  },
  'triage.assign.label': { zh: '承办人', en: 'Assigned to' },
  'triage.assign.nobody': { zh: '未分办', en: 'Nobody' },
  'triage.assign.button': { zh: '保存承办人', en: 'Save assignment' },
  'triage.assign.invalid': {
    zh: '无法分办给该工作人员。',
    en: 'This comment cannot be assigned to that person.',
  },
  'triage.notes.title': { zh: '内部备注', en: 'Internal notes' },
  'triage.notes.private': {
    zh: '仅工作人员可见，不会公开，也不会出现在公开导出中。',
    en: 'Staff only: never shown publicly or in public exports.',
  },
  'triage.notes.none': { zh: '暂无备注。', en: 'No notes yet.' },
  'triage.notes.add': { zh: '添加备注', en: 'Add a note' },
  'triage.notes.button': { zh: '保存备注', en: 'Save note' },
  'triage.clock.due': { zh: '答复期限', en: 'Reply due' },
  'triage.clock.left': { zh: '还剩 {days} 天', en: '{days} days left' },
  'triage.clock.overdue': { zh: '已逾期 {days} 天', en: '{days} days overdue' },
  'triage.clock.answered': { zh: '已答复', en: 'Answered' },
  'triage.redact.title': { zh: '删节公开文本', en: 'Redact the public text' },
  'triage.redact.publicText': { zh: '公众看到的文本：', en: 'The text the public sees:' },
  'triage.redact.passage': {
    zh: '要删节的文字（从上面的公开文本中复制，所有出现处都会替换为“[已删节]”）',
    en: 'Passage to redact (copy it from the public text above; every occurrence becomes “[已删节]”)',
  },
  'triage.redact.reason': { zh: '删节理由', en: 'Reason' },
  'triage.redact.button': { zh: '删节', en: 'Redact' },
  'triage.redact.done': {
    zh: '已删节 {n} 处。原文仍为工作人员保留。',
    en: '{n} occurrences redacted. Staff still see the original.',
  },
  'triage.redact.history': { zh: '删节记录', en: 'Redactions' },
  'triage.redact.empty': { zh: '请填写要删节的文字。', en: 'Enter the passage to redact.' },
  'triage.redact.not-found': {
    zh: '公开文本中没有这段文字，请从上面的公开文本中准确复制。',
    en: 'The public text does not contain this passage; copy it exactly from the text above.',
  },
  'triage.redact.bad-reason': { zh: '请选择删节理由。', en: 'Choose a reason.' },

  'commentContext.regulation': { zh: '法规与版本', en: 'Regulation and version' },
  'commentContext.article': { zh: '所针对条款的原文', en: 'The article’s text' },
  'commentContext.quoteMarked': {
    zh: '高亮部分为提出者引用的原文。',
    en: 'The highlighted passage is the one the commenter quoted.',
  },
  'commentContext.redline': {
    zh: '与条款原文对照：下划线为建议增加的文字，删除线为建议删去的文字。',
    en: 'Against the article: underlined text is proposed for addition, struck-through text for removal.',
  },
  'commentContext.lineage': { zh: '本条在各版本中的位置', en: 'This clause in each version' },
  'commentContext.thisOne': { zh: '（本意见针对的版本）', en: ' (the version commented on)' },
  'commentContext.others': {
    zh: '同一提出者对本次征求意见的其他意见',
    en: 'The same commenter’s other comments on this consultation',
  },
  'commentContext.othersNone': { zh: '没有其他意见。', en: 'No other comments.' },
  'commentContext.othersNoContact': {
    zh: '提出者没有留下联系方式，无法判断其他意见是否出自同一人。',
    en: 'No contact was given, so other comments cannot be matched to the same person.',
  },
  'commentContext.noGroup': { zh: '不属于同类意见组', en: 'Not in a campaign' },
  'commentContext.sameLineage': {
    zh: '（本条的后续位置，建议选择）',
    en: ' (where this clause went: proposed)',
  },

  'staffComment.comment': { zh: '意见', en: 'Comment' },
  'staffComment.contact': { zh: '联系方式', en: 'Contact' },
  'staffComment.seconds': { zh: '附议', en: 'Seconds' },
  'staffComment.dispositionReply': { zh: '处理结果与答复', en: 'Disposition and reply' },
  'staffComment.savedReplyNowReceipt': {
    zh: '已保存，答复已在回执页面公开。',
    en: 'Saved; the reply is now on the receipt page.',
  },
  'staffComment.publicReplyShownReceipt': {
    zh: '公开答复（显示在回执页面）',
    en: 'Public reply (shown on the receipt page)',
  },
  'staffComment.reflectedLaterVersionOptional': {
    zh: '在后续版本中体现于（可选）',
    en: 'Reflected in a later version (optional)',
  },
  'staffComment.none': { zh: '不指定', en: 'None' },
  'staffComment.whereThisClauseWent': { zh: '（本条的后续位置）', en: ' (where this clause went)' },
  'staffComment.saveDisposition': { zh: '保存处理结果', en: 'Save disposition' },
  'staffComment.notYetDecided': { zh: '尚未处理。', en: 'Not yet decided.' },

  'forwarding.staff.link': { zh: '转办、回复、销号', en: 'Forward, answer, close' },
});
