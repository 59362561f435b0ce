import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { inBoth } from '../../lib/i18n/index.ts';
import { channelOf, findImportTarget, importComments } from '../../lib/imports/index.ts';
import { localDay } from '../../lib/time/index.ts';
import type { CliIo } from '../io.ts';
import { withDatabase } from '../with-database.ts';

export const USAGE =
  'Usage: openclause import-comments FILE.csv|FILE.xlsx --consultation ID|REGULATION/CONSULTATION [--channel letter|meeting|contact-point|hearing] [--dry-run] [--json]\n';

/**
 * `openclause import-comments FILE --consultation ID`: the same core as the staff import
 * page. Every problem is printed with its row; with any problem nothing is stored (exit 1).
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        consultation: { type: 'string' },
        channel: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.consultation) {
    io.stderr(USAGE);
    return 2;
  }
  const channel = values.channel ? channelOf(values.channel) : null;
  if (values.channel && !channel) {
    io.stderr(`渠道无效：${values.channel}。Unknown channel: ${values.channel}.\n${USAGE}`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    io.stderr(`无法读取文件 ${file}。Cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const ref = values.consultation;
  return withDatabase(io, async (handle, config) => {
    await handle.migrate();
    const target = await findImportTarget(handle.db, ref);
    if (!target) {
      io.stderr(`没有这个法规草案的征求意见：${ref}。No consultation on a version: ${ref}.\n`);
      return 1;
    }
    const now = new Date();
    const outcome = await importComments(
      handle.db,
      {
        target,
        bytes,
        filename: path.basename(file),
        defaultChannel: channel,
        now,
        today: localDay(now, config.timeZone),
        timeZone: config.timeZone,
        actor: null,
        commit: !values['dry-run'],
        keySecret: config.addressSalt,
      },
      (done, total) =>
        io.stderr(`已保存 ${done} / ${total} 行。Stored ${done} of ${total} rows.\n`),
    );
    if (values.json) io.stdout(`${JSON.stringify(outcome, null, 2)}\n`);
    if (!outcome.ok) {
      if (outcome.reason === 'not-open')
        io.stderr(
          '该征求意见尚未开始。The consultation has not opened yet; nothing was imported.\n',
        );
      else if (outcome.reason === 'failed') {
        // Each batch commits with the job's count, so these figures are what the database holds.
        io.stderr(
          `导入任务 ${outcome.jobId} 中途失败：${outcome.total} 行中已保存 ${outcome.done} 行（新增 ${outcome.stored} 条），其余未保存。再次导入同一文件只会补存其余各行。\n` +
            `Import job ${outcome.jobId} failed part-way: ${outcome.done} of ${outcome.total} rows were stored (${outcome.stored} new), the rest were not. Importing the same file again stores only the rest.\n`,
        );
      } else {
        for (const p of outcome.problems) {
          const said = inBoth(p.message);
          io.stderr(`${file}:${p.row}${p.column ? ` [${p.column}]` : ''}: ${said.zh} ${said.en}\n`);
        }
        io.stderr(
          `${outcome.problems.length} 个问题，未导入任何内容。${outcome.problems.length} problem(s); nothing was imported.\n`,
        );
      }
      return 1;
    }
    if (values.json) return 0;
    if (!outcome.committed)
      io.stdout(
        `${outcome.rows.length} 条可以导入（--dry-run，未导入）。${outcome.rows.length} rows ready (dry run; nothing stored).\n`,
      );
    else {
      for (const r of outcome.receipts)
        io.stdout(
          `${String(r.row).padStart(6)}  ${r.receiptCode}${r.duplicate ? '  (imported before)' : ''}\n`,
        );
      io.stdout(
        `已导入 ${outcome.stored} 条，${outcome.receipts.length - outcome.stored} 条此前已导入。${outcome.stored} imported, ${outcome.receipts.length - outcome.stored} imported before.\n`,
      );
    }
    return 0;
  });
}
