import { parseArgs } from 'node:util';
import { seedComments } from '../../lib/seed/index.ts';
import { groupUngrouped } from '../../lib/moderation/index.ts';
import { formatDate } from '../../lib/i18n/index.ts';
import type { CliIo } from '../io.ts';
import { prepareIfEmpty } from '../../lib/setup/prepare.ts';
import { withDatabase } from '../with-database.ts';
import { syncMessage } from './sync.ts';

export const USAGE =
  'Usage: openclause seed --comments N [--consultation REGULATION/CONSULTATION|ID] [--seed N] [--batch N]\n';

/** `openclause seed --comments 1000000`: fill the database with realistic comments. */
export async function run(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        comments: { type: 'string' },
        consultation: { type: 'string' },
        seed: { type: 'string' },
        batch: { type: 'string' },
      },
    }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const count = Number(values.comments);
  const seed = Number(values.seed ?? 1);
  const batchSize = Number(values.batch ?? 5000);
  if (
    !Number.isInteger(count) ||
    count < 1 ||
    !Number.isInteger(seed) ||
    !Number.isInteger(batchSize) ||
    batchSize < 1
  ) {
    io.stderr(USAGE);
    return 2;
  }
  return withDatabase(io, async (handle, config) => {
    // Right after install nothing is loaded until the first `npm start`: load the content as it
    // would (and say so) rather than send a new user to another command first.
    const synced = await prepareIfEmpty(handle, config);
    if (synced) io.stdout(syncMessage(synced));
    const started = performance.now();
    let reported = 0;
    const outcome = await seedComments(handle.db, {
      comments: count,
      consultation: values.consultation ?? null,
      seed,
      batchSize,
      now: new Date(),
      onProgress: (done) => {
        if (done - reported >= 100_000 || done === count) {
          reported = done;
          io.stderr(`  ${done} / ${count}\n`);
        }
      },
    });
    const day = (d: Date) =>
      [formatDate(d, 'zh', config.timeZone), formatDate(d, 'en', config.timeZone)] as const;
    if (!outcome.ok && outcome.reason === 'not-yet-open') {
      const [zh, en] = day(outcome.opensAt);
      io.stderr(
        `征求意见尚未开始（${zh}开始），没有写入意见。The consultation opens on ${en}; no comments were seeded.\n`,
      );
      return 1;
    }
    if (!outcome.ok && outcome.reason === 'none-open') {
      io.stderr(
        '没有正在征求意见的项目，没有写入意见；已截止的征求意见可以用 --consultation 指定，写入的意见都已答复。No consultation is open; no comments were seeded. Name a closed one with --consultation to seed it with answered comments.\n',
      );
      return 1;
    }
    if (!outcome.ok && outcome.reason === 'report-published') {
      io.stderr(
        `征求意见 ${values.consultation} 的征求意见情况说明已经公布，写入意见会与说明中的数字不符，没有写入。The feedback report of ${values.consultation} is published; seeded comments would contradict its figures, so none were seeded.\n`,
      );
      return 1;
    }
    if (!outcome.ok) {
      io.stderr(
        values.consultation
          ? `没有这个征求意见：${values.consultation}。No such consultation on a version: ${values.consultation}.\n`
          : '数据库中没有针对版本的征求意见，请先运行 openclause sync。No consultation on a version: run openclause sync first.\n',
      );
      return 1;
    }
    const seconds = (performance.now() - started) / 1000;
    // Intake groups each comment with its near-duplicates; bulk-loaded rows are grouped here
    // when there are few enough, otherwise by `openclause campaigns` when wanted.
    const GROUP_UP_TO = 20_000;
    if (outcome.comments <= GROUP_UP_TO) {
      for (const id of outcome.consultations) await groupUngrouped(handle.db, id);
    } else {
      io.stderr(
        `未对 ${outcome.comments} 条意见做近似分组；需要时运行 openclause campaigns --consultation …。Near-duplicate groups not computed for ${outcome.comments} comments; run openclause campaigns --consultation … when needed.\n`,
      );
    }
    // Chinese first, then English, as every other line the command writes.
    const rate = Math.round(outcome.comments / seconds);
    // Each consultation as --consultation takes it (regulation/consultation), not its row id.
    const named = (ids: readonly number[], sep: string) =>
      ids.map((id) => outcome.names[id] ?? String(id)).join(sep);
    const ids = named(outcome.consultations, ', ');
    io.stdout(
      `已生成 ${outcome.comments} 条意见和 ${outcome.seconds} 次附议，写入征求意见 ${named(outcome.consultations, '、')}，用时 ${seconds.toFixed(1)} 秒（每秒 ${rate} 条）。` +
        `Seeded ${outcome.comments} comments and ${outcome.seconds} seconding votes (附议) into consultation${outcome.consultations.length > 1 ? 's' : ''} ${ids} in ${seconds.toFixed(1)} s (${rate}/s).\n`,
    );
    if (outcome.answered.length)
      io.stdout(
        `征求意见 ${named(outcome.answered, '、')} 已截止：写入的意见都已审核并答复。Consultation ${named(outcome.answered, ', ')} has closed: every seeded comment is moderated and answered.\n`,
      );
    for (const { id, closesAt } of outcome.closed) {
      const [zh, en] = day(closesAt);
      const name = outcome.names[id] ?? id;
      io.stdout(
        `征求意见 ${name} 已于${zh}截止，未写入。Consultation ${name} closed on ${en}: left as it is.\n`,
      );
    }
    for (const { id, opensAt } of outcome.notYetOpen) {
      const [zh, en] = day(opensAt);
      const name = outcome.names[id] ?? id;
      io.stdout(
        `征求意见 ${name} 尚未开始（${zh}开始），未写入。Consultation ${name} opens on ${en}: left without comments.\n`,
      );
    }
    return 0;
  });
}
