/**
 * The parser's warnings (`parse.<code>`, filled with the warning's params). The texts live with the
 * parser, in one catalog (src/lib/legislation/problems.ts). Merged into the catalogue in
 * ../messages.ts.
 */
import { PROBLEMS, type ProblemCode } from '../../legislation/problems.ts';

type ParseKeys = { [K in ProblemCode as `parse.${K}`]: { zh: string; en: string } };

export const sharedParseProblems = Object.fromEntries(
  Object.entries(PROBLEMS).map(([code, text]) => [`parse.${code}`, text]),
) as ParseKeys;
