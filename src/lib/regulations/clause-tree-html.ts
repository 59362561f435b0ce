/**
 * The reading page's clause tree as HTML (src/components/ClauseTree.astro puts it in
 * the page). As a recursive Astro component, with a full comment form in every article, the
 * 120-article page took 470 KiB and rendered at a twentieth of the rate of a plain page of the
 * same articles (issue #18): every node was a component instance and every expression a chunk
 * to encode. Here it is one pass over the tree, every text and attribute escaped.
 *
 * Every clause carries its eId as the element id, so `#art_15__para_2` is a permalink. On the
 * citable units (articles, English sections) sit the comment count, the ratings, the earlier
 * versions' count, the link to why it changed and, while the consultation is open, a link to
 * the article's comment page (the full form beside the article's text): that works without
 * script, and script turns it into a disclosure that holds a copy of the page's one full form
 * (src/client/comment-form.ts). A short form in every article cost 160 of the page's 305 KiB
 * and held its rate under half the plain page's (issue #18). While open for comment, each
 * clause text carries its offset in its article's plain text (`data-at`, `data-pre`) for
 * quoting a selected passage.
 *
 * A published version's text never changes (src/lib/versions/publish.ts), so the tree is made
 * as a template once (`clauseTreeTemplate`, kept by ./clause-tree-templates.ts): the text, the
 * links and every translated word, with a slot for what changes between requests, namely each
 * unit's counts (`fillClauseTree`). The template is kept as UTF-8 bytes, encoded once: Astro
 * writes a byte chunk as it is (astro/dist/runtime/server/render/any.js), so a request encodes
 * only its counts instead of the whole tree, and builds no 300 KB string (issue #18: encoding
 * and joining the tree were a fifth of the page's CPU time).
 */
import { escapeHtml as e } from '../html/escape.ts';
import { localeOf, type Locale, type Translate } from '../i18n/index.ts';
import { clausePlainText, type TextSegment } from '../comments/suggestion.ts';
import type { ClauseTreeNode } from './repository.ts';

/** What the template depends on: the same for every request for one version, language and state. */
export interface ClauseTreeTemplateOptions {
  /** The regulation's language ('zh', 'en'). */
  language: string;
  /** The comment page (where the forms post); null when the version is not open for comment. */
  commentAction: string | null;
  t: Translate;
  locale: Locale;
  /** The liaison station (or deputy) the reader came through, carried by the comment links. */
  via: string | null;
}

/** What changes between requests: the counts beside each unit. */
export interface ClauseTreeFill {
  earlierCounts: ReadonlyMap<string, number>;
  /** Earlier comments of a clause's other predecessors (merges, splits), by eId. */
  earlierFrom?: ReadonlyMap<string, readonly { label: string; count: number }[]>;
  /** The version's public comment list, linked from each article's count. */
  commentsBase: string;
  /** eIds of articles changed by accepted amendments: each links to why (src/components/WhyChanged.astro). */
  whyChanged: ReadonlySet<string>;
  t: Translate;
}

/**
 * The tree's HTML cut at its slots, as UTF-8: `parts` has one more entry than `slots`, and the
 * page is parts[0], slot 0, parts[1], … A slot is a unit's counts, by its eId.
 */
export interface ClauseTreeTemplate {
  parts: readonly Uint8Array[];
  slots: readonly string[];
}

const utf8 = new TextEncoder();
const DIVISIONS = new Set(['part', 'subpart', 'chapter', 'title', 'annex']);

const flatten = (n: ClauseTreeNode): ClauseTreeNode[] => [n, ...n.children.flatMap(flatten)];
const avg = (sum: number, count: number) => (Math.round((sum / count) * 10) / 10).toFixed(1);

/** The tree's HTML with the counts of its units left as slots. */
export function clauseTreeTemplate(
  nodes: readonly ClauseTreeNode[],
  o: ClauseTreeTemplateOptions,
): ClauseTreeTemplate {
  const { t, language } = o;
  const sep = language === 'en' ? ' ' : '';
  const isUnit = (n: ClauseTreeNode) =>
    n.kind === 'article' || (language === 'en' && (n.kind === 'section' || n.kind === 'heading'));
  const citeLabel = (n: ClauseTreeNode) => n.label || n.heading || n.eId;
  const form = o.commentAction ? commentLink(o) : null;
  let out: string[] = [];
  const parts: Uint8Array[] = [];
  const slots: ClauseTreeTemplate['slots'][number][] = [];
  const slot = (eId: string) => {
    parts.push(utf8.encode(out.join('')));
    out = [];
    slots.push(eId);
  };

  const textSpan = (n: ClauseTreeNode, anchors: Map<string, TextSegment> | undefined) => {
    const a = anchors?.get(n.eId);
    return `<span${a ? ` data-at="${a.at}" data-pre="${e(a.pre)}"` : ''}>${e(n.text)}</span>`;
  };
  const division = (n: ClauseTreeNode, heading: 'h2 class="chapter"' | 'h3 class="section"') => {
    const tag = heading.slice(0, 2);
    // A division the text gives no title (an annex that is only a table after the last
    // article) is named by its kind, so that its heading is never empty.
    const title =
      n.label || n.heading
        ? `${e(n.label)}${n.label && n.heading ? '　' : ''}${e(n.heading)}`
        : e(t('version.untitledAnnex'));
    out.push(
      `<section class="clause division" id="${e(n.eId)}" aria-labelledby="${e(n.eId)}-h"><${heading} id="${e(n.eId)}-h">${title}</${tag}>`,
    );
    if (n.text) out.push(`<p class="clause-text">${e(n.text)}</p>`);
    walk(n.children, undefined);
    out.push('</section>');
  };
  const unit = (n: ClauseTreeNode) => {
    const id = e(n.eId);
    const anchors = form
      ? new Map(clausePlainText(flatten(n), n.eId).segments.map((s) => [s.eId, s]))
      : undefined;
    out.push(
      `<article class="clause article" id="${id}" aria-labelledby="${id}-h"${form ? ` data-anchor="${id}"` : ''}><div class="article-head">`,
    );
    out.push(
      `<h3 class="article-label" id="${id}-h">${e(n.label)}${n.label && n.heading ? `${sep} ` : ''}${e(n.heading)}</h3>`,
    );
    out.push(
      `<a class="permalink" href="#${id}" aria-label="${e(`${t('version.permalink')}${t('common.colon')}${citeLabel(n)}`)}">¶</a>`,
    );
    slot(n.eId);
    out.push('</div>');
    if (n.text) out.push(`<p class="clause-text">${textSpan(n, anchors)}</p>`);
    walk(n.children, anchors);
    if (form) {
      const summary = t(
        localeOf(language) === o.locale ? 'version.commentOn' : 'version.commentOnQuoted',
        { label: citeLabel(n) },
      );
      out.push(form(n.eId, summary));
    }
    out.push('</article>');
  };
  const walk = (
    list: readonly ClauseTreeNode[],
    inherited: Map<string, TextSegment> | undefined,
  ) => {
    for (const n of list) {
      if (DIVISIONS.has(n.kind)) division(n, 'h2 class="chapter"');
      else if (isUnit(n)) unit(n);
      else if (n.kind === 'section' || n.kind === 'heading') division(n, 'h3 class="section"');
      else {
        out.push(
          `<div class="clause ${e(n.kind)}" id="${e(n.eId)}"><p class="clause-text">${n.label ? `<span class="num">${e(n.label)}${sep}</span>` : ''}${textSpan(n, inherited)}</p>`,
        );
        if (n.children.length > 0) {
          out.push('<div class="points">');
          walk(n.children, inherited);
          out.push('</div>');
        }
        out.push('</div>');
      }
    }
  };
  walk(nodes, undefined);
  parts.push(utf8.encode(out.join('')));
  return { parts, slots };
}

/** The template filled in with this request's counts (from `nodes`): the page's chunks, in UTF-8. */
export function fillClauseTree(
  template: ClauseTreeTemplate,
  nodes: readonly ClauseTreeNode[],
  o: ClauseTreeFill,
): Uint8Array[] {
  const units = new Map<string, ClauseTreeNode>();
  const visit = (list: readonly ClauseTreeNode[]) => {
    for (const n of list) {
      units.set(n.eId, n);
      visit(n.children);
    }
  };
  visit(nodes);
  const out: Uint8Array[] = [template.parts[0]!];
  const counts: string[] = [];
  template.slots.forEach((eId, i) => {
    const n = units.get(eId);
    counts.length = 0;
    if (n) unitCounts(n, o, counts);
    if (counts.length > 0) out.push(utf8.encode(counts.join('')));
    out.push(template.parts[i + 1]!);
  });
  return out;
}

/** A unit's counts after its heading: comments, ratings, earlier versions', why it changed. */
function unitCounts(n: ClauseTreeNode, o: ClauseTreeFill, out: string[]): void {
  const { t } = o;
  const id = e(n.eId);
  if (n.commentCount > 0)
    out.push(
      `<a class="count" href="${e(`${o.commentsBase}?clause=${n.eId}`)}">${e(t('version.comments', { count: n.commentCount }))}</a>`,
    );
  if (n.ratingCount > 0) {
    const ratings = t('clauseTree.ratings', {
      count: n.ratingCount,
      clarity: avg(n.claritySum, n.ratingCount),
      enforceability: avg(n.enforceabilitySum, n.ratingCount),
      effect: avg(n.effectSum, n.ratingCount),
    });
    out.push(`<span class="count">${e(ratings)}</span>`);
  }
  const earlier = o.earlierCounts.get(n.lineage) ?? 0;
  if (earlier > 0)
    out.push(`<span class="count">${e(t('version.earlierComments', { count: earlier }))}</span>`);
  for (const p of o.earlierFrom?.get(n.eId) ?? [])
    out.push(
      `<span class="count">${e(t('align.commentsEarlierPart', { label: p.label, count: p.count }))}</span>`,
    );
  if (o.whyChanged.has(n.eId))
    out.push(`<a class="count why-link" href="#why-${id}">${e(t('amendments.why.title'))}</a>`);
}

/**
 * An article's link to its comment page (the full form with the article's text), as a function
 * of its eId and its text; what does not depend on the article is escaped once per page.
 * Without script it is the way to comment; script turns it into a disclosure holding a copy of
 * the page's one full form (src/client/comment-form.ts). The hint on personal data and the
 * privacy notice are said once above the text (the version page) and again on the comment page.
 */
function commentLink(o: ClauseTreeTemplateOptions): (eId: string, text: string) => string {
  const action = e(o.commentAction ?? '');
  const viaQuery = o.via ? `&amp;via=${e(encodeURIComponent(o.via))}` : '';
  return (eId, text) =>
    `<p class="comment-box"><a href="${action}?clause=${e(encodeURIComponent(eId))}${viaQuery}" data-comment-link="${e(eId)}">${e(text)}</a></p>`;
}
