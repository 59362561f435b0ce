/**
 * The error catalog: broken invariants and environment failures, each with a permanent name,
 * a message saying what happened and a hint saying what to do. Expected outcomes (a closed
 * window, a bad form field) are values, not errors.
 */
export type ErrorName =
  | 'DatabaseLocked'
  | 'DatabaseUnavailable'
  | 'ContentInvalid'
  | 'PublishedVersionChanged'
  | 'VersionOutOfOrder'
  | 'UsageError';

export class OpenClauseError extends Error {
  override readonly name: ErrorName;
  readonly hint: string;
  constructor(name: ErrorName, message: string, hint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = name;
    this.hint = hint;
  }
}

export const errors = {
  databaseLocked: (dataDir: string, pid: number) =>
    new OpenClauseError(
      'DatabaseLocked',
      `内置数据库 ${dataDir} 正被另一个进程（pid ${pid}）使用。The embedded database ${dataDir} is in use by another process (pid ${pid}).`,
      '先停止正在运行的服务器，或设置 DATABASE_URL 使用 PostgreSQL。Stop the running server first, or set DATABASE_URL to use PostgreSQL.',
    ),
  databaseUnavailable: (cause: unknown) =>
    new OpenClauseError(
      'DatabaseUnavailable',
      '数据库暂时无法连接。The database cannot be reached.',
      '请稍后重试；检查 DATABASE_URL 与数据库服务。Try again shortly; check DATABASE_URL and the database server.',
      { cause },
    ),
  contentInvalid: (details: string) =>
    new OpenClauseError(
      'ContentInvalid',
      `内容文件有错误，未导入任何内容。Content has errors; nothing was loaded.\n${details}`,
      '按提示的文件与行号修改后重新同步。Fix the files at the lines shown and sync again.',
    ),
  publishedVersionChanged: (file: string) =>
    new OpenClauseError(
      'PublishedVersionChanged',
      `已发布版本的文本不能直接修改：${file}。The text of a published version cannot be changed: ${file}.`,
      '请恢复原文，并把修改后的文本作为新版本文件添加。Restore the original text and add the revised text as a new version file.',
    ),
  versionOutOfOrder: (file: string, lastSlug: string, lastPosition: number) =>
    new OpenClauseError(
      'VersionOutOfOrder',
      `${file} 排在已发布的第 ${lastPosition} 个版本“${lastSlug}”之前或与之同位（该版本可能是工作人员在网上发布的）。${file} would come before or at stored version ${lastPosition} "${lastSlug}" (perhaps published by staff on the web).`,
      `先在工作人员页面下载“${lastSlug}”的原文，保存为第 ${lastPosition} 个版本文件，再为新版本编更大的序号。Download the source of "${lastSlug}" from the staff pages, save it as version file number ${lastPosition}, and number the new file after it.`,
    ),
} as const;

export function formatError(error: unknown): string {
  if (error instanceof OpenClauseError) return `${error.message}\n${error.hint}`;
  return error instanceof Error ? error.message : String(error);
}
