/**
 * How the feedback report counts people (人数), the rule printed on the report and in
 * docs/feedback-report.md:
 *
 * 1. a comment that gives contact details (telephone or e-mail) belongs to the person of those
 *    details, compared without spaces, hyphens, brackets, dots, a +86/0086 prefix or case;
 * 2. a comment without contact details counts as one person of its own (its receipt);
 * 3. the network address hash is never used: many people share one address (an office, a
 *    mobile operator's gateway), and one person may use several.
 *
 * So the figure is exact for people who left contact details and an upper bound for those who
 * did not (one anonymous person filing five comments counts five).
 *
 * The repository counts in SQL with the same rule (`PEOPLE_SQL_PATTERN`); the two are tested
 * on the same comments in tests/lib/report/report.test.ts and people.test.ts.
 */

/** Characters removed before contact details are compared (a PostgreSQL and JavaScript regex). */
export const PEOPLE_SQL_PATTERN = '[[:space:]()（）.．·-]';
const STRIP = /[\s()（）.．·-]/g;

/**
 * The key of the person a comment belongs to.
 * @example personKey(' 138-0013-8000 ', 'R1') // 'c:13800138000'
 * @example personKey('+86 13800138000', 'R2') // 'c:13800138000'
 * @example personKey(null, 'R3') // 'r:R3'
 */
export function personKey(contact: string | null, receiptCode: string): string {
  const c = normaliseContact(contact);
  return c === null ? `r:${receiptCode}` : `c:${c}`;
}

/** Contact details as compared, or null when none were given. */
export function normaliseContact(contact: string | null): string | null {
  const c = (contact ?? '')
    .toLowerCase()
    .replace(STRIP, '')
    .replace(/^(\+86|0086)/, '');
  return c === '' ? null : c;
}

/** The number of people among these comments, by the rule above. */
export function countPeople(
  comments: Iterable<{ contact: string | null; receiptCode: string }>,
): number {
  const people = new Set<string>();
  for (const c of comments) people.add(personKey(c.contact, c.receiptCode));
  return people.size;
}
