/** Interface strings of liaison stations and 转办-回复-销号, Chinese first. Merged in ../messages.ts. */
import { m } from '../catalogue.ts';

export const stationsMessages = m({
  'stations.title': { zh: '人大代表联络站', en: 'Deputies’ liaison stations' },
  'stations.lead': {
    zh: '在联络站扫描二维码提出的意见会标明来自该站，并经转办、回复、销号全程公开。',
    en: 'A comment sent through a station’s QR code is marked as coming from it, and its forwarding, answer and closing are shown in public.',
  },
  'stations.address': { zh: '地址', en: 'Address' },
  'stations.hours': { zh: '接待时间', en: 'Open' },
  'stations.deputies': { zh: '进站代表', en: 'Deputies at this station' },
  'stations.poster': { zh: '打印二维码海报', en: 'Print the QR poster' },
  'stations.deputyPoster': { zh: '{name}的二维码海报', en: 'QR poster of {name}' },
  'stations.open': {
    zh: '正在征求意见，通过本站提意见',
    en: 'Open for comment: comment through this station',
  },
  'stations.noOpen': { zh: '目前没有正在征求意见的法规。', en: 'Nothing is open for comment now.' },
  'stations.commentVia': {
    zh: '通过本站对{title}提意见',
    en: 'Comment on the {title} through this station',
  },
  'stations.counts': { zh: '办理情况', en: 'What became of the opinions' },
  'stations.gathered': { zh: '收集', en: 'Gathered' },
  'stations.forwarded': { zh: '转办', en: 'Forwarded' },
  'stations.answered': { zh: '回复', en: 'Answered' },
  'stations.closed': { zh: '销号', en: 'Closed' },
  'stations.comments': { zh: '公开的意见', en: 'Public comments' },
  'stations.noComments': { zh: '尚无公开的意见。', en: 'No public comments yet.' },
  'stations.anonymous': { zh: '匿名', en: 'Anonymous' },
  'stations.via': { zh: '来自{station}', en: 'Through {station}' },
  'stations.viaDeputy': {
    zh: '来自{station}（{deputy}代表）',
    en: 'Through {station} (deputy {deputy})',
  },
  'stations.posterSubtitle': {
    zh: '扫码对正在征求意见的法规草案提意见',
    en: 'Scan to comment on the drafts open for comment',
  },
  'stations.posterDeputy': { zh: '{role}{name}', en: '{role} {name}' },
  // 转办-回复-销号 steps, on the receipt, the station page and the staff page
  'forwarding.title': { zh: '转办、回复、销号', en: 'Forwarded, answered, closed' },
  'forwarding.received': { zh: '收集：{date}', en: 'Gathered: {date}' },
  'forwarding.forwardedTo': {
    zh: '转办：{date} 转{body}办理，要求 {due} 前答复',
    en: 'Forwarded {date} to {body}, answer due by {due}',
  },
  'forwarding.answer': { zh: '回复：{date}', en: 'Answered {date}' },
  'forwarding.closedAt': { zh: '销号：{date}', en: 'Closed {date}' },
  'forwarding.waiting': { zh: '尚未转办', en: 'Not forwarded yet' },
  'forwarding.awaitingAnswer': { zh: '等待答复', en: 'Waiting for the answer' },
  'forwarding.staff.title': { zh: '转办意见 #{id}', en: 'Forward comment #{id}' },
  'forwarding.staff.link': { zh: '转办、回复、销号', en: 'Forward, answer, close' },
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
