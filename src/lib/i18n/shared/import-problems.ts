/**
 * Problems of an offline import (src/lib/imports/read.ts and prepare.ts): the file as a whole, then
 * cell by cell. Shown on the import page in the reader's language and by `openclause
 * import-comments` in both. Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const sharedImportProblems = m({
  // The file
  'importProblem.fileEmpty': {
    zh: '没有收到文件，或文件是空的。请选择要导入的文件。',
    en: 'No file arrived, or it is empty; choose the file to import.',
  },
  'importProblem.fileTooLarge': {
    zh: '文件超过 {mb} MB，请分成几个文件导入。',
    en: 'The file is larger than {mb} MB; split it into several files.',
  },
  'importProblem.fileType': {
    zh: '只能导入 CSV 或 XLSX 文件（可下载模板）。',
    en: 'Only CSV or XLSX files can be imported (download the template).',
  },
  'importProblem.csvMalformed': {
    zh: 'CSV 文件格式有误：{detail}',
    en: 'The CSV file is malformed: {detail}',
  },
  'importProblem.xlsxTooLarge': {
    zh: 'XLSX 文件解压后超过 {mb} MB（或压缩比异常），未导入任何内容。请分成几个文件，或另存为 CSV 后导入。',
    en: 'The XLSX file inflates to more than {mb} MB (or is compressed suspiciously well); nothing was imported. Split it into several files, or save it as CSV.',
  },
  'importProblem.xlsxTooManyRows': {
    zh: '一次最多导入 {max} 条，本文件超过此数（或有第 {lastRow} 行以后的内容），请分成几个文件。',
    en: 'At most {max} rows can be imported at once; this file has more (or content past row {lastRow}). Split it into several files.',
  },
  'importProblem.xlsxEmpty': {
    zh: 'XLSX 文件中没有工作表。',
    en: 'The XLSX file has no worksheet.',
  },
  'importProblem.xlsxMalformed': {
    zh: 'XLSX 文件无法打开，请用 Excel 或 WPS 重新保存为 .xlsx 后再试。',
    en: 'The XLSX file cannot be opened; save it again as .xlsx in Excel or WPS and retry.',
  },
  'importProblem.tooManyColumns': {
    zh: '表格有超过 {max} 列的内容，请使用模板中的列。',
    en: 'The file has content in more than {max} columns; use the columns of the template.',
  },
  // The table
  'importProblem.missingColumn': {
    zh: '缺少“{columnZh}”列。',
    en: 'The column "{columnEn}" is missing.',
  },
  'importProblem.noRows': {
    zh: '文件中没有意见。请在标题行下逐行填写意见。',
    en: 'The file holds no opinions; fill in one opinion per row under the heading row.',
  },
  'importProblem.tooManyRows': {
    zh: '一次最多导入 {max} 条，本文件有 {count} 条，请分成几个文件。',
    en: 'At most {max} rows can be imported at once; this file has {count}. Split it into several files.',
  },
  // A row's cells
  'importProblem.stanceInvalid': {
    zh: '态度“{value}”无效，应为赞成、反对、建议修改或疑问，或留空表示未表态。',
    en: 'The stance "{value}" is not valid; use support, oppose, amend or question, or leave it empty for not stated.',
  },
  'importProblem.channelInvalid': {
    zh: '渠道“{value}”无效，应为基层立法联系点、座谈会、来信或听证会。',
    en: 'The channel "{value}" is not valid; use contact-point, meeting, letter or hearing.',
  },
  'importProblem.cellNul': {
    zh: '此单元格含有空字符（NUL），无法保存。请删除后重新上传。',
    en: 'This cell holds a NUL character, which cannot be stored; remove it and upload again.',
  },
  'importProblem.participantsInvalid': {
    zh: '参加人数应为正整数，或留空。',
    en: 'Participants must be a whole number, or empty.',
  },
  'importProblem.clauseUnknown': {
    zh: '条款“{value}”不在本草案中，请填写如“第二条”的条款编号，或留空表示针对整部草案。',
    en: 'The clause "{value}" is not in this draft; write an article such as "Article 2", or leave it empty for the whole draft.',
  },
  'importProblem.consentInvalid': {
    zh: '“同意公开”应填是或否，而不是“{value}”。',
    en: 'Consent must be yes or no, not "{value}".',
  },
  'importProblem.bodyEmpty': {
    zh: '意见内容为空。',
    en: 'The opinion text is empty.',
  },
});
