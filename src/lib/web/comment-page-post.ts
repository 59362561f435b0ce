/**
 * The comment page's post (src/pages/regulations/[slug]/versions/[version]/comment.astro): the
 * outcome the direct route already reached (./intake-route.ts takes most posts before Astro),
 * or, for a post it left (one with a query string, or on the dev server), the same submission
 * made here: the form read, its files checked as the route checks them (the middleware has
 * already capped the body), and the comment submitted. The page only shows the outcome.
 */
import { checkFiles, type SentFile } from '../attachments/index.ts';
import { submitVersionComment } from '../comments/intake.ts';
import type { Config } from '../config/index.ts';
import type { Db } from '../db/client.ts';
import { addressHash } from './address.ts';
import { takenIntake, type TakenIntake } from './intake-route.ts';

export interface CommentPageContext {
  db: Db;
  regulationSlug: string;
  versionSlug: string;
  now: Date;
  clientAddress: string;
  config: Pick<Config, 'addressSalt' | 'commentsPerHour'>;
}

export async function commentPagePost(
  request: Request,
  context: CommentPageContext,
): Promise<TakenIntake> {
  const taken = takenIntake();
  if (taken) return taken;
  const form = await request.formData().catch(() => null);
  const values: Record<string, string> = {};
  const sent: SentFile[] = [];
  for (const [k, v] of form ?? []) {
    if (typeof v === 'string') values[k] = v;
    else sent.push({ field: k, name: v.name, data: Buffer.from(await v.arrayBuffer()) });
  }
  const checked = checkFiles(sent);
  if (!checked.ok)
    return { values, outcome: { ok: false, reason: 'files', refusal: checked.refusal } };
  const outcome = await submitVersionComment(context.db, {
    regulationSlug: context.regulationSlug,
    versionSlug: context.versionSlug,
    raw: values,
    now: context.now,
    addressHash: addressHash(context.clientAddress, context.config.addressSalt),
    commentsPerHour: context.config.commentsPerHour,
    files: checked.files,
  });
  return { values, outcome };
}
