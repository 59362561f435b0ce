/**
 * The error catalogue's texts (see src/lib/errors): for each permanent code, a message that says
 * what happened and a hint that says what to do (`error.<Code>.message` and `.hint`). Placeholders
 * are filled from the error's params. Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const sharedErrors = m({
  'error.DatabaseLocked.message': {
    zh: '内置数据库 {dataDir} 正被另一个进程（pid {pid}）使用。',
    en: 'The embedded database {dataDir} is in use by another process (pid {pid}).',
  },
  'error.DatabaseLocked.hint': {
    zh: '先停止正在运行的服务器，或设置 DATABASE_URL 使用 PostgreSQL。',
    en: 'Stop the running server first, or set DATABASE_URL to use PostgreSQL.',
  },
  'error.DatabaseUnavailable.message': {
    zh: '数据库暂时无法连接。',
    en: 'The database cannot be reached.',
  },
  'error.DatabaseUnavailable.hint': {
    zh: '请稍后重试；检查 DATABASE_URL 与数据库服务。',
    en: 'Try again shortly; check DATABASE_URL and the database server.',
  },
  'error.ContentInvalid.message': {
    zh: '内容文件有错误，未导入任何内容。\n{details}',
    en: 'Content has errors; nothing was loaded.\n{details}',
  },
  'error.ContentInvalid.hint': {
    zh: '按提示的文件与行号修改后重新同步。',
    en: 'Fix the files at the lines shown and sync again.',
  },
  'error.PublishedVersionChanged.message': {
    zh: '已发布版本的文本不能直接修改：{file}。',
    en: 'The text of a published version cannot be changed: {file}.',
  },
  'error.PublishedVersionChanged.hint': {
    zh: '请恢复原文，并把修改后的文本作为新版本文件添加。',
    en: 'Restore the original text and add the revised text as a new version file.',
  },
  'error.VersionOutOfOrder.message': {
    zh: '{file} 排在已发布的第 {position} 个版本“{slug}”之前或与之同位（该版本可能是工作人员在网上发布的）。',
    en: '{file} would come before or at stored version {position} "{slug}" (perhaps published by staff on the web).',
  },
  'error.VersionOutOfOrder.hint': {
    zh: '先在工作人员页面下载“{slug}”的原文，保存为第 {position} 个版本文件，再为新版本编更大的序号。',
    en: 'Download the source of "{slug}" from the staff pages, save it as version file number {position}, and number the new file after it.',
  },
  'error.StoredVersionUnparseable.message': {
    zh: '已保存的版本 {version} 不能再被解析：{detail}',
    en: 'Stored version {version} no longer parses: {detail}',
  },
  'error.StoredVersionUnparseable.hint': {
    zh: '解析器的改动使已发布的文本失效；请回退该改动，或用当前解析器的测试语料复现并修复。',
    en: 'A parser change broke a published text: revert the change, or reproduce it with the parser tests on the corpus and fix it.',
  },
  'error.ConsultationWithoutVersion.message': {
    zh: '征求意见 {consultation} 没有对应的版本，无法导入意见。',
    en: 'Consultation {consultation} has no version, so no comments can be imported into it.',
  },
  'error.ConsultationWithoutVersion.hint': {
    zh: '只能向针对某一版本的征求意见导入意见；请选择正确的征求意见。',
    en: 'Import only into a consultation on a version; choose the right consultation.',
  },
  'error.ImportRowRefused.message': {
    zh: '第 {row} 行在导入时被拒绝（{reason}），尽管预检时已通过。',
    en: 'Row {row} was refused while importing ({reason}), though it passed the check before.',
  },
  'error.ImportRowRefused.hint': {
    zh: '该批次已回滚；检查该行与当前版本是否一致后重新导入。',
    en: 'The batch was rolled back; check the row against the current version and import again.',
  },
  'error.CommentReferenceMissing.message': {
    zh: '意见指向的征求意见（{consultation}）或版本（{version}）不存在。',
    en: 'The comment names a consultation ({consultation}) or version ({version}) that does not exist.',
  },
  'error.CommentReferenceMissing.hint': {
    zh: '调用方传入了错误的编号；未保存任何内容。',
    en: 'The caller passed a wrong id; nothing was stored.',
  },
  'error.CommentNotStored.message': {
    zh: '意见既未保存，也未能按其幂等键找到。',
    en: 'The comment was neither stored nor found by its idempotency key.',
  },
  'error.CommentNotStored.hint': {
    zh: '这是写入语句的缺陷；请附上日志报告问题。',
    en: 'This is a bug in the insert statement; report it with the log.',
  },
  'error.ConfigInvalid.message': {
    zh: '配置项 {name} 有误：{detail}',
    en: 'The setting {name} is wrong: {detail}',
  },
  'error.ConfigInvalid.hint': {
    zh: '按 README 中的说明修改该环境变量后重新启动。',
    en: 'Correct the environment variable as the README describes and start again.',
  },
  'error.ModuleNotFound.message': {
    zh: '找不到文件 {file}（从 {from} 向上查找）。',
    en: '{file} not found from {from}.',
  },
  'error.ModuleNotFound.hint': {
    zh: '构建产物不完整；请重新运行 npm run build。',
    en: 'The build is incomplete; run npm run build again.',
  },
  'error.QueryParameterMissing.message': {
    zh: 'SQL 文本引用了参数 ${n}，但只有 {count} 个参数。',
    en: 'The SQL text names parameter ${n} of {count}.',
  },
  'error.QueryParameterMissing.hint': {
    zh: '这是查询文本的缺陷；请核对参数列表。',
    en: 'This is a bug in the query text; check its parameter list.',
  },
  'error.Internal.message': {
    zh: '出现了意外的内部错误：{detail}',
    en: 'An unexpected internal error occurred: {detail}',
  },
  'error.Internal.hint': { zh: '请附上日志报告问题。', en: 'Report it with the log.' },
});
