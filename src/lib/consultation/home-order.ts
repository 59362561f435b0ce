import { windowState } from './window.ts';

interface Listed {
  id: number;
  language: string;
  consultations: readonly { opensAt: Date; closesAt: Date }[];
}

/**
 * The order of the regulations on the home page. Those written in the page's language come
 * first: a resident reading the Chinese page meets the Chinese drafts, not an English one
 * whose window happens to close soonest (the sample's English regulation closes on 7 December
 * and stood above every Chinese draft). Within each language, regulations open for comment
 * come first, the one closing soonest on top; then the rest, in their given order (by id).
 */
export function homeOrder<R extends Listed>(
  regs: readonly R[],
  now: Date,
  inPageLanguage: (language: string) => boolean,
): R[] {
  const closing = (r: R) =>
    Math.min(
      ...r.consultations
        .filter((c) => windowState(c, now).state === 'open')
        .map((c) => c.closesAt.getTime()),
      Infinity,
    );
  const other = (r: R) => (inPageLanguage(r.language) ? 0 : 1);
  return [...regs].sort((a, b) => other(a) - other(b) || closing(a) - closing(b) || a.id - b.id);
}
