/**
 * What a comment on "the whole thing" is on, named by what the thing is: a draft (drafting and
 * review), an enacted regulation (enactment and post-enactment evaluation), or the annual
 * legislative plan. "草案整体" on an enacted law or on the plan misnamed it (issue #18).
 */
export type WholeTarget = 'draft' | 'regulation' | 'plan';

/**
 * @example wholeTarget({ stage: 'evaluation' }) // 'regulation'
 * @example wholeTarget({ stage: null, plan: true }) // 'plan'
 */
export function wholeTarget(of: { stage: string | null | undefined; plan?: boolean }): WholeTarget {
  if (of.plan) return 'plan';
  return of.stage === 'enacted' || of.stage === 'evaluation' ? 'regulation' : 'draft';
}
