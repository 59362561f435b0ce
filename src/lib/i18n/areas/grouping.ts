/**
 * Near-duplicate grouping of earlier comments (the regroup job on the campaigns page) and the
 * import preview's notes on columns, stances and duplicates (issue #17).
 */
import { m } from '../catalogue.ts';

export const groupingMessages = m({
  'grouping.ungrouped': {
    zh: '该征求意见还有未分组的意见（分组功能上线前收到或批量导入的意见），下表可能不完整。',
    en: 'This consultation has comments not yet grouped (received before grouping existed, or bulk-loaded); the table may be incomplete.',
  },
  'grouping.start': { zh: '对未分组的意见进行分组', en: 'Group the ungrouped comments' },
  'grouping.startHint': {
    zh: '分组在后台进行，每批提交一次；本页显示进度，可随时离开。',
    en: 'Grouping runs in the background and commits batch by batch; this page shows its progress and you may leave at any time.',
  },
  'grouping.progress': {
    zh: '分组进度：已处理 {done} / {total} 条，其中 {placed} 条已归组。',
    en: 'Grouping: {done} of {total} comments read, {placed} of them placed in groups.',
  },
  'grouping.queued': {
    zh: '分组任务已排队，等待开始。',
    en: 'The grouping job is queued and will start shortly.',
  },
  'grouping.running': {
    zh: '正在分组……本页每 2 秒刷新一次。',
    en: 'Grouping… this page refreshes every 2 seconds.',
  },
  'grouping.done': {
    zh: '分组完成：读取 {done} 条意见，{placed} 条归入分组（其余过短，不作为联名信比较）。',
    en: 'Grouping done: {done} comments read, {placed} placed in groups (the rest are too short to compare as form letters).',
  },
  'grouping.failed': {
    zh: '分组中断：已处理 {done} / {total} 条，已处理部分已保存。请重新开始，将从中断处继续。错误：{error}',
    en: 'Grouping stopped: {done} of {total} comments were read and what was done is saved. Start again to continue from there. Error: {error}',
  },
  'import.ignoredColumns': {
    zh: '以下 {count} 列不属于导入模板，已忽略（其内容不会保存）：{columns}。',
    en: 'These {count} columns are not part of the import and were ignored (their cells are not stored): {columns}.',
  },
  'import.earlierDuplicates': {
    zh: '{count} 行与已保存的意见相同（正文相同，且署名或收集日期相同），可能已经录入过：第 {rows} 行。确认导入前请核对；确认后它们仍会作为新意见保存。',
    en: '{count} rows repeat an opinion already stored (same text, and the same name or gathering date), and may have been entered before: rows {rows}. Check them before confirming; if you confirm, they are stored as new opinions.',
  },
  'import.earlierDuplicate': { zh: '可能已录入', en: 'possibly entered before' },
  'enter.duplicate': {
    zh: '这条意见可能已经录入过：本征求意见中已有正文相同、且署名或收集日期相同的意见。如确为另一份意见，请确认录入；否则请放弃。',
    en: 'This opinion may have been entered before: the consultation already holds one with the same text and the same name or gathering date. Confirm if it is another opinion; otherwise abandon it.',
  },
  'enter.duplicateConfirm': { zh: '确认录入（不是重复）', en: 'Enter it (not a repeat)' },
  'enter.duplicateAbandon': { zh: '放弃，不录入', en: 'Abandon, do not enter' },
});
