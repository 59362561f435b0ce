/** Consultations as staff pickers and lists show them: how each is named, which have a report. */

/**
 * A consultation's name: its regulation (or plan) and its own title, the owner once when the
 * consultation bears the owner's title (a plan's consultation is usually called after the plan).
 * @example choiceLabel('物业管理条例', '二审稿公开征求意见') // '物业管理条例：二审稿公开征求意见'
 * @example choiceLabel('临江市人大常委会2027年度立法计划', '临江市人大常委会2027年度立法计划') // '临江市人大常委会2027年度立法计划'
 */
export function choiceLabel(owner: string, title: string): string {
  return owner === '' || owner === title ? title : `${owner}：${title}`;
}

/**
 * The consultations that can have a feedback report: those whose window has opened. A window
 * still to come has no comments to report on.
 */
export function withReports<T extends { opensAt: Date }>(choices: readonly T[], now: Date): T[] {
  return choices.filter((c) => c.opensAt.getTime() <= now.getTime());
}
