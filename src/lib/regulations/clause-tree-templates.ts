/**
 * The clause-tree templates this process has made (./clause-tree-html.ts), by version, page
 * language, reading language and consultation state. A published version's text never changes,
 * and its key carries the hash of its source, so an entry never goes stale; the oldest entry
 * goes when there are more than `LIMIT` (a template of 120 articles is about 100 KB).
 */
import type { ClauseTreeTemplate } from './clause-tree-html.ts';

const LIMIT = 64;
const templates = new Map<string, ClauseTreeTemplate>();

/** The template under `key`, made by `make` the first time (or again after it was dropped). */
export function clauseTreeTemplateFor(
  key: string,
  make: () => ClauseTreeTemplate,
): ClauseTreeTemplate {
  const known = templates.get(key);
  if (known) return known;
  const made = make();
  templates.set(key, made);
  if (templates.size > LIMIT) templates.delete(templates.keys().next().value!);
  return made;
}
