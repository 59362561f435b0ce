/**
 * Entering an offline comment (src/pages/staff/enter.astro, src/lib/imports/entry-actions.ts and
 * gathered.ts). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffEnterPage = m({
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

  'gathered.date-invalid': {
    zh: '收集日期“{value}”不是有效日期，请写成 2026-11-25 的形式。',
    en: 'The date "{value}" is not a real date; write it as 2026-11-25.',
  },
  'gathered.date-future': {
    zh: '收集日期 {date} 晚于今天（{today}）。',
    en: 'The date {date} is later than today ({today}).',
  },
  'gathered.date-outside-window': {
    zh: '收集日期 {date} 不在本次征求意见期间（{opensOn} 至 {closesOn}）内。请核对日期，或选择对应的征求意见。',
    en: "The date {date} is outside this consultation's window ({opensOn} to {closesOn}). Check the date, or choose the consultation it belongs to.",
  },

  'enterPage.refused.closed': {
    zh: '该草案的征求意见已经结束，未录入。',
    en: 'Comment on this draft has closed; nothing was entered.',
  },
  'enterPage.refused.not-open': {
    zh: '该草案的征求意见尚未开始，未录入。',
    en: 'Comment on this draft has not opened yet; nothing was entered.',
  },
  'enterPage.refused.rate-limited': {
    zh: '短时间内录入过多，未录入。请稍后再试。',
    en: 'Too many entries in a short time; nothing was entered. Try again later.',
  },
  'enterPage.chooseChannel': { zh: '请选择意见来源渠道。', en: 'Choose the channel.' },
  'enterPage.givePlaceOrSender': { zh: '请填写地点或来信单位。', en: 'Give the place or sender.' },
  'enterPage.participantsMustBeWhole': {
    zh: '参加人数应为正整数。',
    en: 'Participants must be a whole number.',
  },
  'enterPage.enteredReceiptReceiptcode': {
    zh: '已录入，回执编号 {receiptCode}。',
    en: 'Entered; receipt {receiptCode}.',
  },
  'enterPage.noDraftOpenComment': {
    zh: '目前没有正在征求意见的草案。',
    en: 'No draft is open for comment now.',
  },
  'enterPage.draft': { zh: '草案', en: 'Draft' },
  'enterPage.choose': { zh: '选择', en: 'Choose' },
  'enterPage.source': { zh: '来源', en: 'Source' },
  'enterPage.dateGathered': { zh: '收集日期', en: 'Date gathered' },
  'enterPage.placeOrSender': { zh: '地点或来信单位', en: 'Place or sender' },
  'enterPage.participantsMeetingsHearings': {
    zh: '参加人数（座谈会、听证会）',
    en: 'Participants (meetings, hearings)',
  },
  'enterPage.clause': { zh: '针对条款', en: 'Clause' },
  'enterPage.opinionAsExpressed': {
    zh: '意见内容（按原意整理）',
    en: 'The opinion (as expressed)',
  },
  'enterPage.attributedOptional': {
    zh: '署名（如“某某街道居民代表”，可留空）',
    en: 'Attributed to (optional)',
  },
  'enterPage.authorAgreedPublication': {
    zh: '提出人同意公开',
    en: 'The author agreed to publication',
  },
  'enterPage.enter': { zh: '录入', en: 'Enter' },

  'enter.duplicate': {
    zh: '这条意见可能已经录入过：本征求意见中已有正文相同、且署名或收集日期相同的意见。如确为另一份意见，请确认录入；否则请放弃。',
    en: 'This opinion may have been entered before: the consultation already holds one with the same text and the same name or gathering date. Confirm if it is another opinion; otherwise abandon it.',
  },
  'enter.duplicateConfirm': { zh: '确认录入（不是重复）', en: 'Enter it (not a repeat)' },
  'enter.duplicateAbandon': { zh: '放弃，不录入', en: 'Abandon, do not enter' },

  'clerkStation.enteringFor': {
    zh: '录入的意见将记为来自{station}。',
    en: 'Opinions entered here are recorded as coming through {station}.',
  },
});
