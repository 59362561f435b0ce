/**
 * Forwarding a comment to a contact point (src/pages/staff/comments/[id]/forward.astro,
 * src/lib/stations/): refusals (`forwarding.reason.<reason>`). Merged into the catalogue in
 * ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffForwardPage = m({
  // 转办-回复-销号 steps, on the receipt, the station page and the staff page
  'forwarding.title': { zh: '转办、回复、销号', en: 'Forwarded, answered, closed' },
  'forwarding.answer': { zh: '回复：{date}', en: 'Answered {date}' },
  'forwarding.staff.title': { zh: '转办意见 #{id}', en: 'Forward comment #{id}' },
  'forwarding.staff.body': { zh: '承办单位', en: 'Responsible body' },
  'forwarding.staff.due': { zh: '答复期限', en: 'Answer due by' },
  'forwarding.staff.note': { zh: '转办说明（不公开）', en: 'Note to the body (not public)' },
  'forwarding.staff.forward': { zh: '转办', en: 'Forward' },
  'forwarding.staff.answerLabel': {
    zh: '承办单位的答复（公开）',
    en: 'The body’s answer (public)',
  },
  'forwarding.staff.answer': { zh: '记录回复', en: 'Record the answer' },
  'forwarding.staff.close': { zh: '销号', en: 'Close the case' },
  'forwarding.staff.comment': { zh: '意见原文', en: 'The comment' },
  'forwarding.staff.invalid': {
    zh: '请填写承办单位（最多 100 字）和有效的答复期限。',
    en: 'Give the responsible body (at most 100 characters) and a valid due date.',
  },
  'forwarding.staff.invalidAnswer': {
    zh: '请填写答复内容（最多 5000 字）。',
    en: 'Write the answer (at most 5,000 characters).',
  },
  'forwarding.reason.not-found': { zh: '找不到这条意见。', en: 'No such comment.' },
  'forwarding.reason.already-forwarded': {
    zh: '这条意见已经转办。',
    en: 'This comment was forwarded already.',
  },
  'forwarding.reason.not-forwarded': { zh: '请先转办。', en: 'Forward it first.' },
  'forwarding.reason.not-answered': {
    zh: '记录回复后才能销号。',
    en: 'Record the answer before closing the case.',
  },
  'forwarding.reason.closed': {
    zh: '已销号，不能再修改。',
    en: 'The case is closed and can no longer change.',
  },
  'forwarding.done': { zh: '已保存。', en: 'Saved.' },
});
