/**
 * A regulation's consultations for staff (src/pages/staff/consultations/[slug].astro): windows
 * (`windows.state.<state>`), schedule checks (src/lib/consultation/schedule.ts), timeline. Merged
 * into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffConsultationPage = m({
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

  'windows.title': { zh: '征求意见与立法进程', en: 'Consultations and stage' },
  'windows.current': { zh: '当前阶段：{stage}', en: 'Current stage: {stage}' },
  'windows.list': { zh: '征求意见', en: 'Consultations' },
  'windows.state.open': { zh: '进行中', en: 'open' },
  'windows.state.upcoming': { zh: '未开始', en: 'not yet open' },
  'windows.state.closed': { zh: '已结束', en: 'closed' },
  'windows.closedEarly': { zh: '提前结束：{reason}', en: 'Closed early: {reason}' },
  'windows.shortReason': {
    zh: '期限少于 30 天的理由：{reason}',
    en: 'Shorter than 30 days because: {reason}',
  },
  'windows.close': { zh: '提前结束', en: 'Close early' },
  'windows.closeReason': {
    zh: '提前结束“{title}”的理由（将公开）',
    en: 'Reason for closing “{title}” early (public)',
  },
  'windows.closeEvent': { zh: '提前结束{title}', en: 'Closed early: {title}' },
  'windows.closed': {
    zh: '已提前结束，理由已记入立法进程。',
    en: 'Closed early; the reason is on the timeline.',
  },
  'windows.open': { zh: '开始征求意见', en: 'Open a consultation' },
  'windows.version': { zh: '版本', en: 'Version' },
  'windows.consultationTitle': {
    zh: '标题（如“二审稿公开征求意见”）',
    en: 'Title (e.g. “Second reading open for comment”)',
  },
  'windows.opens': { zh: '开始时间（{zone}）', en: 'Opens ({zone})' },
  'windows.closes': { zh: '截止时间（{zone}）', en: 'Closes ({zone})' },
  'windows.reason': {
    zh: '期限少于 30 天时，须填写理由（立法法第四十条）',
    en: 'If shorter than 30 days, the reason (Legislation Law art. 40)',
  },
  'windows.opened': { zh: '已开始征求意见：{title}。', en: 'Consultation opened: {title}.' },
  'windows.slugTaken': {
    zh: '该版本已有征求意见，不能再开一次。',
    en: 'That version already has a consultation.',
  },
  'windows.noVersion': { zh: '请选择版本。', en: 'Choose a version.' },
  'windows.titleMissing': {
    zh: '请填写标题（最多 100 字）。',
    en: 'Give a title (at most 100 characters).',
  },
  'windows.stage': { zh: '推进立法进程', en: 'Move the stage' },
  'windows.stageTo': { zh: '新阶段', en: 'New stage' },
  'windows.stageTitle': {
    zh: '进程标题（如“二审”“表决通过”）',
    en: 'Timeline title (e.g. “Second reading”)',
  },
  'windows.stageDate': { zh: '日期', en: 'Date' },
  'windows.stageDescription': { zh: '说明（可选，将公开）', en: 'Description (optional, public)' },
  'windows.moved': { zh: '已进入“{stage}”阶段。', en: 'Moved to “{stage}”.' },
  'windows.submitOpen': { zh: '开始征求意见', en: 'Open for comment' },
  'windows.submitStage': { zh: '记录并推进', en: 'Record the move' },

  // Steps within a stage (the readings of the review stage) on the consultations page.
  'timeline.within': {
    zh: '{stage}（当前阶段：记录本阶段进程，如二审）',
    en: '{stage} (current: record a step such as a second reading)',
  },
  'timeline.recorded': {
    zh: '已在“{stage}”阶段记录进程“{title}”。',
    en: 'Recorded “{title}” within the “{stage}” stage.',
  },
});
