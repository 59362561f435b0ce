/** Reading the public list's query string, and the page numbers it links. */
import { describe, expect, it } from 'vitest';
import {
  listTotal,
  MAX_PUBLIC_PAGE,
  pageCount,
  pageLinks,
  parseListQuery,
} from '../../../src/lib/comments/public-list.ts';
import { say, translator } from '../../../src/lib/i18n/index.ts';

const parse = (qs: string) => parseListQuery(new URLSearchParams(qs));

describe('parseListQuery', () => {
  it('defaults to newest first, page 1, no search', () => {
    expect(parse('')).toEqual({
      ok: true,
      query: { search: '', terms: [], sort: 'newest', page: 1 },
    });
  });

  it('splits a search into distinct words on any white space, ideographic space included', () => {
    expect(parse('q=%20物业\u3000费用  物业 &sort=seconded&page=3')).toEqual({
      ok: true,
      query: { search: '物业 费用 物业', terms: ['物业', '费用'], sort: 'seconded', page: 3 },
    });
  });

  it.each(['0', '-1', '1.5', 'abc', '1e3', String(MAX_PUBLIC_PAGE + 1), '9999999999'])(
    'reports page=%s and falls back to page 1',
    (page) => {
      expect(parse(`page=${page}`)).toMatchObject({
        ok: false,
        problem: 'page',
        query: { page: 1 },
      });
    },
  );

  it('reports an unknown sort and falls back to newest', () => {
    expect(parse('sort=random')).toMatchObject({
      ok: false,
      problem: 'sort',
      query: { sort: 'newest' },
    });
  });

  it('reports a search over 100 characters and uses its first 100', () => {
    const r = parse(`q=${'字'.repeat(150)}`);
    expect(r).toMatchObject({ ok: false, problem: 'search-too-long' });
    expect(r.query.search).toHaveLength(100);
  });
});

describe('page numbers', () => {
  it('counts at least one page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
  });

  it('links the first, the last and two either side, with gaps', () => {
    expect(pageLinks(7, 20)).toEqual([1, 'gap', 5, 6, 7, 8, 9, 'gap', 20]);
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 4)).toEqual([1, 2, 3, 4]);
    // A gap of one page is the page itself, not an ellipsis.
    expect(pageLinks(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });
});

describe('the list total', () => {
  it('counts every comment as the filters do, and says when identical ones show once', () => {
    const t = translator('zh');
    expect(say(t, listTotal(1, 4, 1, 1))).toBe('共 4 条意见，相同内容的合并显示为 1 条，第 1/1 页');
    expect(say(translator('en'), listTotal(1, 4, 1, 1))).toBe(
      '4 comments, identical ones shown once (1 in the list), page 1 of 1',
    );
    expect(say(t, listTotal(3, 3, 1, 1))).toBe('共 3 条，第 1/1 页');
  });
});
