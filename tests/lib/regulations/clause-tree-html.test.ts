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
  t,
  locale: 'zh' as const,
  via: null,
};
const fill: ClauseTreeFill = {
  earlierCounts: new Map(),
  commentsBase: '/regulations/s/versions/v/comments',
  whyChanged: new Set(),
  t,
};

const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');

describe('the clause tree template', () => {
  const template = clauseTreeTemplate(buildTree(rows([0, 0])), options);

  it('takes each request’s counts, not those it was made with', () => {
    const html = text(fillClauseTree(template, buildTree(rows([3, 0])), fill));
    expect(html).toContain(
      'href="/regulations/s/versions/v/comments?clause=chp_1__art_1">3 条意见',
    );
    expect(html).not.toContain('comments?clause=chp_1__art_2');
  });

  it('links every article to its comment page, with no form of its own', () => {
    const html = text(fillClauseTree(template, buildTree(rows([0, 0])), fill));
    const links = [...html.matchAll(/<a href="([^"]+)" data-comment-link="([^"]+)">([^<]+)</g)];
    expect(links.map((m) => [m[1], m[2], m[3]])).toEqual([
      ['/regulations/s/versions/v/comment?clause=chp_1__art_1', 'chp_1__art_1', '对第一条提意见'],
      ['/regulations/s/versions/v/comment?clause=chp_1__art_2', 'chp_1__art_2', '对第二条提意见'],
    ]);
    expect(html).not.toContain('<form');
  });

  it('names each permalink for a screen reader in the page’s own punctuation', () => {
    const zh = text(fillClauseTree(template, buildTree(rows([0, 0])), fill));
    expect(zh).toContain('aria-label="本条链接：第一条"');
    const en = translator('en');
    const english = clauseTreeTemplate(buildTree(rows([0, 0])), {
      ...options,
      t: en,
      locale: 'en',
    });
    expect(text(fillClauseTree(english, buildTree(rows([0, 0])), { ...fill, t: en }))).toMatch(
      /aria-label="Link to this clause: [^"]+"/,
    );
  });

  it('carries the liaison station the reader came through to the comment page', () => {
    const via = clauseTreeTemplate(buildTree(rows([0, 0])), {
      ...options,
      via: 'riverside~wang-li',
    });
    expect(text(fillClauseTree(via, buildTree(rows([0, 0])), fill))).toContain(
      'comment?clause=chp_1__art_1&amp;via=riverside~wang-li"',
    );
  });

  it('links nothing while the version is not open for comment', () => {
    const closed = clauseTreeTemplate(buildTree(rows([0, 0])), { ...options, commentAction: null });
    expect(text(fillClauseTree(closed, buildTree(rows([0, 0])), fill))).not.toContain(
      'comment?clause',
    );
  });

  it('names an annex the text gives no title, so that its heading is never empty', () => {
    const annex = row({ eId: 'annex_1', kind: 'annex', text: '| 序号 | 行业类别 |' });
    const html = text(
      fillClauseTree(
        clauseTreeTemplate(buildTree([...rows([0, 0]), annex]), options),
        buildTree([...rows([0, 0]), annex]),
        fill,
      ),
    );
    expect(html).toContain('<h2 class="chapter" id="annex_1-h">附件（原文无标题）</h2>');
    expect(html).toContain('<h2 class="chapter" id="chp_1-h">第一章　总则</h2>');
  });

  it('escapes the text it keeps', () => {
    const html = text(fillClauseTree(template, buildTree(rows([0, 0])), fill));
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
