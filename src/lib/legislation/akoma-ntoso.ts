/**
 * A parsed version as Akoma Ntoso 3.0 XML (OASIS LegalDocML), with the clause tree's own
 * eIds, so that a citation or a comment anchor means the same clause in the XML.
 *
 * The OASIS schema is not vendored here, so the output keeps to these structural rules,
 * checked by tests/lib/legislation/akoma-ntoso.test.ts:
 * 1. One root `akomaNtoso` in the AKN 3.0 namespace holding one `bill` (a draft) or `act`.
 * 2. `meta/identification` carries FRBRWork, FRBRExpression and FRBRManifestation, each with
 *    FRBRthis, FRBRuri, FRBRdate and FRBRauthor; the expression has FRBRlanguage.
 * 3. Every clause is a hierarchy element named for its kind (chapter, article, paragraph,
 *    point …; an unnumbered heading is `hcontainer name="heading"`) with its eId, then
 *    `num` and `heading` when it has them, then either `content` (a leaf) or `intro` with
 *    its own text followed by the child elements. Numbered items in a point (目) are `point`.
 * 4. eIds are exactly the tree's, each once; recitals go to `preamble/recitals`, annexes to
 *    `attachments/attachment/doc name="annex"`, after the body; an annex's own annexes to its
 *    doc's `attachments`, after its `mainBody`. An `attachment` stands only in `attachments`.
 * 5. Text is escaped; a line break in a node's text starts a new `p`.
 * Known deviation from the schema: an annex's `doc` has no `meta` of its own.
 */
import type { ClauseKind, ClauseNode, ParsedDocument } from './types.ts';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface AknMeta {
  /** Country code in the FRBR URIs, e.g. "cn". */
  country: string;
  /** Work name in the URIs, e.g. the regulation's slug. */
  work: string;
  /** Version slug, the expression's point in time. */
  version: string;
  /** Publication date of the version, YYYY-MM-DD. */
  date: string;
  /** The author's reference, e.g. "#linjiang-npcsc". */
  author: string;
  /** A draft is a `bill`; an enacted text an `act`. */
  type: 'bill' | 'act';
}

const ELEMENT: Record<ClauseKind, string> = {
  part: 'part',
  subpart: 'subpart',
  chapter: 'chapter',
  section: 'section',
  article: 'article',
  paragraph: 'paragraph',
  point: 'point',
  subpoint: 'point',
  title: 'title',
  subsection: 'subsection',
  subparagraph: 'subparagraph',
  clause: 'clause',
  subclause: 'subclause',
  recital: 'recital',
  heading: 'hcontainer',
  annex: 'attachment',
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphs = (text: string, indent: string) =>
  text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `${indent}<p>${escape(l)}</p>`)
    .join('\n');

function clause(n: ClauseNode, depth: number): string {
  const pad = '  '.repeat(depth);
  const inner = '  '.repeat(depth + 1);
  const name = ELEMENT[n.kind];
  const attrs =
    n.kind === 'heading' ? ` name="heading" eId="${escape(n.eId)}"` : ` eId="${escape(n.eId)}"`;
  const lines = [`${pad}<${name}${attrs}>`];
  if (n.label) lines.push(`${inner}<num>${escape(n.label)}</num>`);
  if (n.heading) lines.push(`${inner}<heading>${escape(n.heading)}</heading>`);
  if (n.children.length === 0) {
    lines.push(
      `${inner}<content>`,
      paragraphs(n.text, `${inner}  `) || `${inner}  <p/>`,
      `${inner}</content>`,
    );
  } else {
    if (n.text) lines.push(`${inner}<intro>`, paragraphs(n.text, `${inner}  `), `${inner}</intro>`);
    for (const child of n.children) lines.push(clause(child, depth + 1));
  }
  lines.push(`${pad}</${name}>`);
  return lines.join('\n');
}

function frbr(
  level: 'Work' | 'Expression' | 'Manifestation',
  uri: string,
  meta: AknMeta,
  language: string,
): string {
  const suffix =
    level === 'Work'
      ? ''
      : level === 'Expression'
        ? `/${language}@${meta.version}`
        : `/${language}@${meta.version}/main.xml`;
  const uriSuffix =
    level === 'Work'
      ? ''
      : level === 'Expression'
        ? `/${language}@${meta.version}`
        : `/${language}@${meta.version}.akn`;
  const lines = [
    `        <FRBR${level}>`,
    `          <FRBRthis value="${escape(`${uri}${suffix}`)}"/>`,
    `          <FRBRuri value="${escape(`${uri}${uriSuffix}`)}"/>`,
    `          <FRBRdate date="${escape(meta.date)}" name="${level === 'Work' ? 'enactment' : 'publication'}"/>`,
    `          <FRBRauthor href="${escape(meta.author)}"/>`,
  ];
  if (level === 'Work') lines.push(`          <FRBRcountry value="${escape(meta.country)}"/>`);
  if (level === 'Expression') lines.push(`          <FRBRlanguage language="${language}"/>`);
  lines.push(`        </FRBR${level}>`);
  return lines.join('\n');
}

/**
 * Annexes as `attachments/attachment/doc name="annex"`, `depth` levels in. An annex holds its
 * text and any articles attached (a decision's amended text republished after 附) in its
 * `mainBody`; its own annexes (the attachments of a text a decision approves and prints after its
 * points) go in the doc's `attachments` after it, as the schema has them, not inside `mainBody`.
 */
function attachments(annexes: readonly ClauseNode[], depth: number): string[] {
  const pad = (d: number) => '  '.repeat(depth + d);
  const out = [`${pad(0)}<attachments>`];
  for (const a of annexes) {
    const own = a.children.filter((n) => n.kind === 'annex');
    const body = a.children.filter((n) => n.kind !== 'annex');
    out.push(
      `${pad(1)}<attachment eId="${escape(a.eId)}">`,
      `${pad(2)}<doc name="annex">`,
      `${pad(3)}<mainBody>`,
      ...(a.heading ? [`${pad(4)}<p class="heading">${escape(a.heading)}</p>`] : []),
      ...(a.text || body.length === 0 ? [paragraphs(a.text, pad(4)) || `${pad(4)}<p/>`] : []),
      ...body.map((n) => clause(n, depth + 4)),
      `${pad(3)}</mainBody>`,
      ...(own.length ? attachments(own, depth + 3) : []),
      `${pad(2)}</doc>`,
      `${pad(1)}</attachment>`,
    );
  }
  out.push(`${pad(0)}</attachments>`);
  return out;
}

/**
 * @example
 * toAkomaNtoso(parsed.document, { country: 'cn', work: 'property-management', version: 'first-reading', date: '2026-08-20', author: '#linjiang', type: 'bill' })
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">…'
 */
export function toAkomaNtoso(document: ParsedDocument, meta: AknMeta): string {
  const language = document.language === 'zh' ? 'zho' : 'eng';
  const uri = `/akn/${meta.country}/${meta.type}/${meta.date.slice(0, 4)}/${meta.work}`;
  const recitals = document.nodes.filter((n) => n.kind === 'recital');
  const annexes = document.nodes.filter((n) => n.kind === 'annex');
  const body = document.nodes.filter((n) => n.kind !== 'recital' && n.kind !== 'annex');
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<akomaNtoso xmlns="${AKN_NAMESPACE}">`,
    `  <${meta.type} name="${escape(meta.work)}">`,
    '    <meta>',
    `      <identification source="${escape(meta.author)}">`,
    frbr('Work', uri, meta, language),
    frbr('Expression', uri, meta, language),
    frbr('Manifestation', uri, meta, language),
    '      </identification>',
    '    </meta>',
  ];
  if (document.title)
    out.push(
      '    <preface>',
      `      <longTitle><p>${escape(document.title)}</p></longTitle>`,
      '    </preface>',
    );
  if (document.preamble.length || recitals.length) {
    out.push('    <preamble>');
    for (const p of document.preamble) out.push(`      <p>${escape(p)}</p>`);
    if (recitals.length)
      out.push('      <recitals>', ...recitals.map((r) => clause(r, 4)), '      </recitals>');
    out.push('    </preamble>');
  }
  out.push('    <body>', ...body.map((n) => clause(n, 3)), '    </body>');
  if (annexes.length) out.push(...attachments(annexes, 2));
  out.push(`  </${meta.type}>`, '</akomaNtoso>', '');
  return out.join('\n');
}
