/**
 * A resident's proposal of a new legislative project (立法项目建议) during project-setting:
 * a title, the problem it should solve, and what it should regulate. It is stored as a
 * comment on the plan consultation whose text carries the three parts under their labels,
 * so moderation, replies, receipts and exports treat it like any other comment.
 */
import { sanitiseLine, sanitiseText } from '../comments/sanitise.ts';
import type { FieldError } from '../comments/validate.ts';
import { inBoth, translator } from '../i18n/index.ts';

export const PROPOSAL_LIMITS = { title: 100, problem: 2000, scope: 2000 } as const;
/** The first line of a proposal's text in each language: how staff and readers recognise one. */
export const PROPOSAL_MARK = inBoth({ key: 'proposal.mark' });

/**
 * Checks the three parts and writes them as one comment text in the visitor's language.
 * @example proposalBody({ proposalTitle: '养老助餐条例', proposalProblem: '老年食堂少', proposalScope: '助餐补贴' }, 'zh')
 * // { ok: true, body: '【立法项目建议】\n项目名称：养老助餐条例\n要解决的问题：老年食堂少\n希望规范的事项：助餐补贴' }
 */
export function proposalBody(
  raw: Record<string, string | undefined>,
  language: 'zh' | 'en',
): { ok: true; body: string } | { ok: false; errors: FieldError[] } {
  const parts = {
    title: sanitiseLine(raw['proposalTitle'] ?? ''),
    problem: sanitiseText(raw['proposalProblem'] ?? ''),
    scope: sanitiseText(raw['proposalScope'] ?? ''),
  };
  const errors: FieldError[] = [];
  for (const key of ['title', 'problem', 'scope'] as const) {
    const field = `proposal${key[0]!.toUpperCase()}${key.slice(1)}`;
    const length = [...parts[key]].length;
    if (length === 0)
      errors.push({
        field,
        code: 'proposal-missing',
        message: { key: `fieldError.proposal.${key}Missing` },
      });
    else if (length > PROPOSAL_LIMITS[key]) {
      errors.push({
        field,
        code: 'proposal-too-long',
        message: { key: `fieldError.proposal.${key}TooLong`, vars: { max: PROPOSAL_LIMITS[key] } },
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const t = translator(language);
  const line = (key: 'title' | 'problem' | 'scope') =>
    t('proposal.line', { label: t(`proposal.label.${key}`), value: parts[key] });
  return {
    ok: true,
    body: [t('proposal.mark'), line('title'), line('problem'), line('scope')].join('\n'),
  };
}

/**
 * What a comment is, for labels: a proposal of a new project (its text opens with the mark, in
 * either language) or an ordinary comment with a stance. A proposal is stored with the stance
 * "amend" for the kept counts, but is not a suggested amendment and must not be labelled one.
 * @example commentKind('【立法项目建议】\n项目名称：养老助餐条例') // 'proposal'
 * @example commentKind('建议第二条增加城中村。') // 'comment'
 */
export function commentKind(body: string): 'proposal' | 'comment' {
  return body.startsWith(PROPOSAL_MARK.zh) || body.startsWith(PROPOSAL_MARK.en)
    ? 'proposal'
    : 'comment';
}
