/**
 * Messages domain functions return (`{ key, vars }`, see Message in ../index.ts), grouped by the
 * module that returns them. Merged in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const domainMessages = m({
  // consultation/window.ts: checkWindowLength's refusals, by reason.
  'window.invalid-date': {
    zh: '开始或截止时间无效，请填写带时区的时间，如 2026-12-21T18:00:00+08:00。',
    en: 'The opening or closing time is not valid; give a time with an offset, e.g. 2026-12-21T18:00:00+08:00.',
  },
  'window.closes-before-opens': {
    zh: '截止时间须晚于开始时间，请更正。',
    en: 'The window closes before it opens; correct the closing time.',
  },
  'window.short-window-without-reason': {
    zh: '征求意见期为 {days} 天，少于 {min} 天。请延长期限，或记录缩短的理由（立法法第四十条）。',
    en: 'The window is {days} days, shorter than {min}; extend it, or record why it is shorter (Legislation Law art. 40).',
  },

  // consultation/window.ts: timeLeft, whole days, then hours, then minutes.
  'left.closed': { zh: '已截止', en: 'closed' },
  'left.day': { zh: '还剩 {n} 天', en: '{n} day left' },
  'left.days': { zh: '还剩 {n} 天', en: '{n} days left' },
  'left.hour': { zh: '还剩 {n} 小时', en: '{n} hour left' },
  'left.hours': { zh: '还剩 {n} 小时', en: '{n} hours left' },
  'left.minute': { zh: '还剩 {n} 分钟', en: '{n} minute left' },
  'left.minutes': { zh: '还剩 {n} 分钟', en: '{n} minutes left' },

  // consultation/schedule.ts
  'schedule.noDates': {
    zh: '请填写开始和截止的日期与时间。',
    en: 'Give the opening and closing date and time.',
  },
  'schedule.notOpen': {
    zh: '该征求意见不在进行中，无需提前结束。',
    en: 'That consultation is not open; there is nothing to close.',
  },
  'schedule.closeReason': {
    zh: '请说明提前结束的理由（最多 1000 字），该理由将公开。',
    en: 'Give the reason for closing early (at most 1,000 characters); it will be public.',
  },
  'schedule.noStage': { zh: '请选择阶段。', en: 'Choose a stage.' },
  'schedule.title': {
    zh: '请填写进程标题（如“二审”），最多 100 字。',
    en: 'Give the timeline entry a title (e.g. “Second reading”), at most 100 characters.',
  },
  'schedule.date': { zh: '请填写日期。', en: 'Give the date.' },

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

  // moderation/group-decision.ts
  'hold.error.noReason': { zh: '不予公开须选择理由。', en: 'Holding back needs a reason.' },
  'triage.group.error.noDecision': { zh: '请选择要执行的操作。', en: 'Choose what to do.' },

  // triage/annotations.ts
  'triage.note.empty': { zh: '备注不能为空。', en: 'The note is empty.' },
  'triage.note.tooLong': {
    zh: '备注不超过 {max} 字。',
    en: 'Notes are limited to {max} characters.',
  },

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

  // export/api.ts: JSON answers carry both languages.
  'api.notFound': { zh: '未找到。', en: 'Not found.' },

  // report/narrative.ts
  'report.error.tooLong': {
    zh: '每一部分最多 {max} 字，未保存。',
    en: 'Each part can be at most {max} characters; nothing was saved.',
  },
  'report.error.intro': { zh: '请填写开头的总体情况。', en: 'Write the introduction.' },
});
