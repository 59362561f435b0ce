import type { APIRoute } from 'astro';
import { getReadDb } from '../../../../../../../lib/db/index.ts';
import { json, notFound } from '../../../../../../../lib/export/api.ts';
import {
  buildTree,
  getVersion,
  type ClauseTreeNode,
} from '../../../../../../../lib/regulations/index.ts';

type ApiClause = {
  kind: string;
  eId: string;
  lineage: string;
  num: number | null;
  label: string;
  heading: string;
  text: string;
  commentCount: number;
  children: ApiClause[];
};
const shape = (n: ClauseTreeNode): ApiClause => ({
  kind: n.kind,
  eId: n.eId,
  lineage: n.lineage,
  num: n.num,
  label: n.label,
  heading: n.heading,
  text: n.text,
  commentCount: n.commentCount,
  children: n.children.map(shape),
});

/** GET /api/v1/regulations/:slug/versions/:version: the clause tree with kept comment counts. */
export const GET: APIRoute = async ({ params }) => {
  const data = await getVersion(await getReadDb(), params['slug'] ?? '', params['version'] ?? '');
  if (!data) return notFound();
  const { version: v } = data;
  return json({
    regulation: data.regulation.slug,
    slug: v.slug,
    label: v.label,
    stage: v.stage,
    publishedOn: v.publishedOn,
    title: v.title,
    preamble: v.preamble,
    clauses: buildTree(data.clauses).map(shape),
  });
};
