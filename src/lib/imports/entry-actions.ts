/**
 * The form post of a clerk's entry of one opinion gathered offline (src/pages/staff/enter.astro):
 * the source (channel, day, place, participants) checked here, the opinion by the intake
 * (src/lib/comments/submit.ts). An opinion that repeats an earlier one is stored only once the
 * clerk confirms it is another (issue #17). Every refusal answers 422 with its messages, as the
 * page always did (src/lib/web/form-action.ts), but an outage of the database: 503, try again.
 */
import { fileProblem, type AcceptedFile, type FileProblem } from '../attachments/index.ts';
import { recordAudit, type StaffUser } from '../auth/index.ts';
import { submitWithFiles } from '../comments/intake.ts';
import { sanitiseText } from '../comments/sanitise.ts';
import { submitComment, type SubmitInput, type SubmitOutcome } from '../comments/submit.ts';
import { textFields } from '../comments/submission-post.ts';
import { CHANNELS } from '../comments/validate.ts';
import type { Db } from '../db/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import { markEnteredAtStation } from '../stations/index.ts';
import { localDay } from '../time/index.ts';
import { defineFormAction, FormRefusal, type FormProblem } from '../web/form-action.ts';
import { earlierDuplicates } from './earlier.ts';
import { checkGatheredOn } from './gathered.ts';

/** The offline channels a clerk records (online comments come through the site). */
export const OFFLINE_CHANNELS = CHANNELS.filter((c) => c !== 'online');

/** The problem that asks the clerk to confirm a repeated opinion: the page shows its own form for it. */
export const CONFIRM_DUPLICATE = 'confirmDuplicate';

export interface EntryActionDeps {
  db: Db;
  actor: StaffUser;
  version: { id: number };
  consultation: { id: number; opensAt: Date; closesAt: Date; versionId: number | null };
  /** The liaison station the clerk enters for (from the account, never the form). */
  station: string | null;
  now: Date;
  timeZone: string;
  /**
   * The letter's scan and enclosures, checked (src/lib/attachments): stored with the opinion in
   * one transaction and pending review like any file, since a letter carries its sender's name,
   * address and signature. `fileRefusal` when they were refused (nothing is stored then).
   */
  files?: readonly AcceptedFile[];
  fileRefusal?: FileProblem | null;
  /** Told why an opinion could not be stored (the database did not answer): the page logs it. */
  report: (cause: unknown) => void;
}

type Refused = Exclude<SubmitOutcome, { ok: true }>;

/** What the clerk is told when the intake refuses an entry for a reason other than its fields. */
const REFUSED: Record<Exclude<Refused['reason'], 'invalid'>, MessageKey> = {
  unavailable: 'form.tryAgain',
  closed: 'enterPage.refused.closed',
  'not-open': 'enterPage.refused.not-open',
  'rate-limited': 'enterPage.refused.rate-limited',
  spam: 'planComment.submissionWasNotAccepted',
  'unknown-clause': 'commentPage.thatClauseDoesNot',
};

/** The source of the opinion as entered, or the problems with it (all of them, in the form's order). */
export function readSource(
  raw: Record<string, string>,
  window: { today: string; opensOn: string; closesOn: string },
) {
  const problems: FormProblem[] = [];
  const channel = OFFLINE_CHANNELS.find((c) => c === raw['channel']);
  const gathered = checkGatheredOn(raw['sourceDate'] ?? '', window);
  const place = sanitiseText(raw['sourcePlace'] ?? '').slice(0, 100);
  const participants = raw['participants'] ? Number(raw['participants']) : null;
  if (!channel) problems.push({ field: 'channel', message: { key: 'enterPage.chooseChannel' } });
  if (!gathered.ok) problems.push({ field: 'sourceDate', message: gathered.message });
  if (!place)
    problems.push({ field: 'sourcePlace', message: { key: 'enterPage.givePlaceOrSender' } });
  if (
    participants !== null &&
    !(Number.isInteger(participants) && participants > 0 && participants < 100000)
  )
    problems.push({ field: 'participants', message: { key: 'enterPage.participantsMustBeWhole' } });
  if (!channel || !gathered.ok || problems.length > 0) return { ok: false as const, problems };
  return { ok: true as const, channel, date: gathered.date, place, participants };
}

export function entryAction(deps: EntryActionDeps) {
  const { db, actor, consultation, now, timeZone } = deps;
  return defineFormAction({
    permission: 'comments:enter',
    input: textFields,
    handler: async (raw) => {
      const source = readSource(raw, {
        today: localDay(now, timeZone),
        opensOn: localDay(consultation.opensAt, timeZone),
        closesOn: localDay(consultation.closesAt, timeZone),
      });
      const refusal = deps.fileRefusal ?? null;
      if (!source.ok || refusal)
        throw new FormRefusal(
          [
            ...(source.ok ? [] : source.problems),
            ...(refusal ? [{ field: 'files', message: fileProblem(refusal) }] : []),
          ],
          refusal?.problem === 'post-too-large' ? 413 : 422,
        );
      const { channel, date, place, participants } = source;
      if (raw[CONFIRM_DUPLICATE] !== 'yes') {
        const earlier = await earlierDuplicates(db, consultation.id, [
          {
            body: sanitiseText(raw['body'] ?? ''),
            displayName: sanitiseText(raw['displayName'] ?? '') || null,
            date,
          },
        ]);
        if (earlier.length > 0)
          throw new FormRefusal([
            { field: CONFIRM_DUPLICATE, message: { key: 'enter.duplicate' } },
          ]);
      }
      const files = deps.files ?? [];
      const input: SubmitInput = {
        raw: { ...raw, consentPublish: raw['consentPublish'] ?? '' },
        version: deps.version,
        consultations: [consultation],
        now,
        addressHash: `staff:${actor.id}`,
        commentsPerHour: 100000,
        channel,
        enteredBy: actor.id,
        source: { date, place, participants },
      };
      const outcome =
        files.length === 0
          ? await submitComment(db, input)
          : await submitWithFiles(db, files, (tx) =>
              submitComment(tx, { ...input, settle: 'none' }),
            );
      if (!outcome.ok) {
        // The database did not answer: nothing was stored; the clerk is asked to send it again
        // (503, as every form answers an outage), and the cause goes to the log.
        if (outcome.reason === 'unavailable') deps.report(outcome.cause);
        throw new FormRefusal(
          outcome.reason === 'invalid'
            ? outcome.errors.map((e) => ({ field: e.field, message: e.message }))
            : [{ field: null, message: { key: REFUSED[outcome.reason] } }],
          outcome.reason === 'unavailable' ? 503 : 422,
        );
      }
      if (deps.station) await markEnteredAtStation(db, outcome.receiptCode, deps.station);
      await recordAudit(db, actor, 'comment.enter-offline', 'comment', outcome.receiptCode, {
        channel,
        place,
        ...(deps.station ? { station: deps.station } : {}),
        ...(files.length ? { files: files.length } : {}),
      });
      return { receiptCode: outcome.receiptCode, files: files.length };
    },
  });
}
