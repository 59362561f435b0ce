/**
 * Importing a spreadsheet of comments (src/pages/staff/import/). Merged into the catalogue in
 * ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffImportPage = m({
  'import.ignoredColumns': {
    zh: '以下 {count} 列不属于导入模板，已忽略（其内容不会保存）：{columns}。',
    en: 'These {count} columns are not part of the import and were ignored (their cells are not stored): {columns}.',
  },
  'import.earlierDuplicates': {
    zh: '{count} 行与已保存的意见相同（正文相同，且署名或收集日期相同），可能已经录入过：第 {rows} 行。确认导入前请核对；确认后它们仍会作为新意见保存。',
    en: '{count} rows repeat an opinion already stored (same text, and the same name or gathering date), and may have been entered before: rows {rows}. Check them before confirming; if you confirm, they are stored as new opinions.',
  },
  'import.earlierDuplicate': { zh: '可能已录入', en: 'possibly entered before' },
  'import.title': { zh: '导入意见表格', en: 'Import a spreadsheet of opinions' },
  'import.lead': {
    zh: '把来信、基层立法联系点或座谈会收集的意见整理成表格（CSV 或 XLSX，每行一条意见），先检查预览，确认后一次全部导入；有任何问题则不导入任何内容。同一文件重复导入不会重复录入。',
    en: 'Put opinions from letters, contact points or meetings in a spreadsheet (CSV or XLSX, one opinion per row). Check the preview, then confirm to import them all at once; if any row has a problem nothing is imported. Importing the same file again adds nothing twice.',
  },
  'import.template': { zh: '下载模板：', en: 'Download the template: ' },
  'import.consultation': { zh: '征求意见', en: 'Consultation' },
  'import.none': {
    zh: '没有可以导入意见的征求意见（须已开始）。',
    en: 'No consultation can take opinions (it must have opened).',
  },
  'import.channel': {
    zh: '渠道（表格“渠道”列为空时使用）',
    en: 'Channel (used where the file’s channel cell is empty)',
  },
  'import.channelFromFile': {
    zh: '以表格为准（每行必填）',
    en: 'From the file (required in every row)',
  },
  'import.file': {
    zh: '表格文件（CSV 或 XLSX，不超过 2 MB，最多 5000 行）',
    en: 'Spreadsheet (CSV or XLSX, at most 2 MB and 5,000 rows)',
  },
  'import.preview': { zh: '检查并预览', en: 'Check and preview' },
  'import.problems': {
    zh: '共 {total} 行，发现 {count} 个问题，未导入任何内容。请修改表格后重新上传。',
    en: '{total} rows; {count} problems found, nothing was imported. Correct the file and upload it again.',
  },
  'import.row': { zh: '行', en: 'Row' },
  'import.column': { zh: '列', en: 'Column' },
  'import.problem': { zh: '问题', en: 'Problem' },
  'import.wholeFile': { zh: '整个文件', en: 'Whole file' },
  'import.ready': {
    zh: '共 {count} 条意见可以导入到“{consultation}”。请核对后确认。',
    en: '{count} opinions are ready to import into “{consultation}”. Check them, then confirm.',
  },
  'import.confirm': { zh: '确认导入 {count} 条', en: 'Import {count} opinions' },
  'import.done': {
    zh: '已导入 {stored} 条；{duplicates} 条此前已导入，未重复录入。',
    en: '{stored} imported; {duplicates} had been imported before and were not added again.',
  },
  'import.job.title': { zh: '导入进度', en: 'Import progress' },
  'import.job.progress': { zh: '已保存 {done} / {total} 行', en: '{done} of {total} rows stored' },
  'import.job.queued': {
    zh: '正在排队，马上开始。本页每 2 秒自动刷新；关闭本页不影响导入。',
    en: 'Waiting to start. This page refreshes every 2 seconds; closing it does not stop the import.',
  },
  'import.job.running': {
    zh: '正在保存。本页每 2 秒自动刷新；关闭本页不影响导入。',
    en: 'Storing. This page refreshes every 2 seconds; closing it does not stop the import.',
  },
  'import.job.failed': {
    zh: '导入中途失败：{total} 行中已保存 {done} 行（新增 {stored} 条），其余未保存。再次导入同一文件只会补存其余各行。',
    en: 'The import failed part-way: {done} of {total} rows were stored ({stored} new), the rest were not. Importing the same file again stores only the rest.',
  },
  'import.job.file': { zh: '文件：{file}', en: 'File: {file}' },
  'import.job.again': { zh: '导入另一个文件', en: 'Import another file' },
  'import.receipt': { zh: '回执编号', en: 'Receipt' },
  'import.duplicate': { zh: '此前已导入', en: 'imported before' },
  'import.notOpen': {
    zh: '该征求意见尚未开始，不能导入。',
    en: 'That consultation has not opened yet; nothing was imported.',
  },
  'import.tooLarge': {
    zh: '上传的内容太大（超过 2 MB），未导入任何内容。',
    en: 'The upload is too large (over 2 MB); nothing was imported.',
  },
  'import.clause': { zh: '条款', en: 'Clause' },
  'import.stance': { zh: '态度', en: 'Stance' },
  'import.channelShort': { zh: '渠道', en: 'Channel' },
  'import.date': { zh: '收集日期', en: 'Date' },
  'import.body': { zh: '意见内容', en: 'Opinion' },
});
