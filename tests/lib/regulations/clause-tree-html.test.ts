/** The reading page's clause tree as a template made once and filled per request (issue #18). */
import { describe, expect, it } from 'vitest';
import {
  clauseTreeTemplate,
  fillClauseTree,
  type ClauseTreeFill,
} from '../../../src/lib/regulations/clause-tree-html.ts';
import { clauseTreeTemplateFor } from '../../../src/lib/regulations/clause-tree-templates.ts';
import { buildTree, type ClauseRow } from '../../../src/lib/regulations/repository.ts';
import { translator } from '../../../src/lib/i18n/index.ts';

const t = translator('zh');
const row = (r: Partial<ClauseRow> & Pick<ClauseRow, 'eId' | 'kind'>): ClauseRow => ({
  id: 0,
  versionId: 1,
  parentEId: null,
  position: 0,
  depth: 0,
  num: null,
  subNum: null,
  label: '',
  heading: '',
  text: '',
  contentHash: '',
  commentCount: 0,
  lineage: r.eId,
  ratingCount: 0,
  claritySum: 0,
  enforceabilitySum: 0,
  effectSum: 0,
  ...r,
});
const rows = (counts: [number, number]) => [
  row({ eId: 'chp_1', kind: 'chapter', label: '第一章', heading: '总则' }),
  row({
    eId: 'chp_1__art_1',
    parentEId: 'chp_1',
    kind: 'article',
    label: '第一条',
    text: '为了<规范>示范活动，制定本条例。',
    commentCount: counts[0],
  }),
  row({
    eId: 'chp_1__art_2',
    parentEId: 'chp_1',
    kind: 'article',
    label: '第二条',
    text: '本条例适用于本市。',
    commentCount: counts[1],
  }),
];
const options = {
  language: 'zh',
  commentAction: '/regulations/s/versions/v/comment',
  maxLength: 5000,
  t,
  locale: 'zh' as const,
  via: null,
};
const fill = (key: string): ClauseTreeFill => ({
  earlierCounts: new Map(),
  commentsBase: '/regulations/s/versions/v/comments',
  whyChanged: new Set(),
  t,
  key,
});

describe('the clause tree template', () => {
  const template = clauseTreeTemplate(buildTree(rows([0, 0])), options);

  it('takes each request’s counts, not those it was made with', () => {
    const html = fillClauseTree(template, buildTree(rows([3, 0])), fill('k'.repeat(20)));
    expect(html).toContain(
      'href="/regulations/s/versions/v/comments?clause=chp_1__art_1">3 条意见',
    );
    expect(html).not.toContain('comments?clause=chp_1__art_2');
  });

  it('puts the request’s key in every article’s form, and another request’s in its own', () => {
    const first = fillClauseTree(template, buildTree(rows([0, 0])), fill('a'.repeat(20)));
    const second = fillClauseTree(template, buildTree(rows([0, 0])), fill('b'.repeat(20)));
    const keys = (html: string) =>
      [...html.matchAll(/name="idempotencyKey" value="([^"]+)"/g)].map((m) => m[1]);
    expect(keys(first)).toEqual(['a'.repeat(20), 'a'.repeat(20)]);
    expect(keys(second)).toEqual(['b'.repeat(20), 'b'.repeat(20)]);
    expect(first.match(/<form /g)).toHaveLength(2);
    expect(first).toContain('name="clause" value="chp_1__art_2"');
  });

  it('escapes the text it keeps', () => {
    const html = fillClauseTree(template, buildTree(rows([0, 0])), fill('k'.repeat(20)));
    expect(html).toContain('为了&lt;规范&gt;示范活动');
    expect(html).not.toContain('<规范>');
  });

  it('is made once per key and kept', () => {
    let made = 0;
    const make = () => (made++, template);
    clauseTreeTemplateFor('test:1', make);
    clauseTreeTemplateFor('test:1', make);
    clauseTreeTemplateFor('test:2', make);
    expect(made).toBe(2);
  });
});
