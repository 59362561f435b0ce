/**
 * One post of the staff's version form (src/pages/staff/versions/[slug].astro): the draft as
 * typed or uploaded (Markdown, or a Word draft converted to Markdown), checked by the parser;
 * then either the comparison with the latest version (the "check" step) or, once staff confirm
 * (and have ticked that they read the parser's warnings), the version published, the accepted
 * amendments of the previous version tied to the articles they changed, and their authors told.
 * The confirm form carries the text back; it is checked again from scratch before anything is
 * stored.
 */
import { linkAmendments } from '../amendments/index.ts';
import type { StaffUser } from '../auth/index.ts';
import { buildComparisonView, type ComparisonView } from '../comparison/view.ts';
import type { Db } from '../db/index.ts';
import { enqueueCreditNotices } from '../notify/index.ts';
import { checkDraft } from './check.ts';
import type { DraftInput, DraftOutcome } from './draft.ts';
import { latestDocument, publishVersion, type PublishTarget } from './publish.ts';
import { convertWordDraft } from './word-check.ts';
import { MAX_DOCX_UPLOAD, MAX_TEXT_UPLOAD } from './limits.ts';
import { uploadKind, WORD_LIMITS, type WordNote } from './word.ts';

export interface DraftPost extends DraftInput {
  /** 'publish' from the confirm form; anything else checks. */
  action: string;
  /** 'yes' when staff ticked that they read the parser's warnings. */
  acknowledge: string;
  file: File | null;
}

export interface DraftStep {
  /** The fields to show in the form again (the Markdown of an uploaded file included). */
  input: DraftInput;
  outcome: DraftOutcome | null;
  /** The comparison with the latest version, after a successful check. */
  view: ComparisonView | null;
  previousLabel: string | null;
  published: { slug: string; label: string } | null;
  /** The uploaded file is over its cap: nothing was read or stored. */
  tooLarge: boolean;
  /** Publishing was asked without ticking the warnings box: nothing was stored. */
  mustAcknowledge: boolean;
  /** The Word draft that became the Markdown, and what the conversion left out. */
  converted: { name: string; notes: WordNote[] } | null;
}

/**
 * Where the browser goes once a version is published: the versions page naming it. Answering
 * the post itself left it as the page to reload, and a reload posted the text again, refused as
 * "a version with this slug exists … not published" after it had been.
 * @example publishedLocation('property-management', 'third-reading') // '/staff/versions/property-management?published=third-reading'
 */
export function publishedLocation(regulationSlug: string, versionSlug: string): string {
  return `/staff/versions/${encodeURIComponent(regulationSlug)}?published=${encodeURIComponent(versionSlug)}`;
}

/** The version that `?published=` names, if the regulation has it; null for anything else. */
export function publishedVersion<V extends { slug: string; label: string }>(
  versions: readonly V[],
  param: string | null,
): V | null {
  return versions.find((v) => v.slug === param) ?? null;
}

export async function draftStep(
  db: Db,
  target: PublishTarget,
  post: DraftPost,
  actor: StaffUser,
): Promise<DraftStep> {
  const { action, acknowledge, file, ...input } = post;
  const step: DraftStep = {
    input,
    outcome: null,
    view: null,
    previousLabel: null,
    published: null,
    tooLarge: false,
    mustAcknowledge: false,
    converted: null,
  };
  if (file && file.size > 0) {
    const bytes = file.size <= MAX_DOCX_UPLOAD ? new Uint8Array(await file.arrayBuffer()) : null;
    const kind = bytes ? uploadKind(file.name, bytes) : null;
    if (!bytes || (kind !== 'docx' && file.size > MAX_TEXT_UPLOAD)) {
      step.tooLarge = true;
      return step;
    }
    if (kind === 'text') step.input = { ...input, markdown: new TextDecoder().decode(bytes) };
    else if (kind === 'refused') return refused(step, { key: 'word.refused.not-docx' });
    else {
      const word = await convertWordDraft(bytes);
      if (!word.ok)
        return refused(step, {
          key: `word.refused.${word.reason}`,
          vars: { max: WORD_LIMITS.maxTotalBytes / 1024 / 1024 },
        });
      step.input = { ...input, markdown: word.markdown };
      step.converted = { name: file.name, notes: word.notes };
    }
  }
  const outcome = await checkDraft(step.input, {
    language: target.language,
    takenSlugs: target.versions.map((v) => v.slug),
  });
  step.outcome = outcome;
  if (!outcome.ok) return step;
  // Parser warnings must be read: publishing needs the confirmation box ticked. Without it,
  // the check is shown again, with the comparison.
  step.mustAcknowledge =
    action === 'publish' && outcome.version.warnings.length > 0 && acknowledge !== 'yes';
  if (action === 'publish' && !step.mustAcknowledge) {
    const stored = await publishVersion(db, target, outcome.version, actor);
    if (stored.ok) {
      step.published = { slug: outcome.version.slug, label: outcome.version.label };
      // Ties the changed articles to the accepted amendments of the previous version, and
      // tells the commenters whose words entered the text (those who asked for e-mail).
      const previousId = target.versions.at(-1)?.id;
      if (previousId !== undefined)
        await enqueueCreditNotices(
          db,
          stored.versionId,
          await linkAmendments(db, previousId, stored.versionId),
        );
      return step;
    }
    step.outcome = {
      ok: false,
      problems: [
        stored.reason === 'explanation'
          ? stored.problem
          : { field: 'slug', line: null, message: { key: 'draft.slugJustTaken' } },
      ],
    };
    return step;
  }
  const previous = await latestDocument(db, target.id, target.language);
  step.previousLabel = previous?.label ?? null;
  step.view = previous ? buildComparisonView(previous.document, outcome.version.document) : null;
  return step;
}

function refused(step: DraftStep, message: DraftProblemMessage): DraftStep {
  step.outcome = { ok: false, problems: [{ field: 'markdown', line: null, message }] };
  return step;
}

type DraftProblemMessage = Extract<DraftOutcome, { ok: false }>['problems'][number]['message'];
