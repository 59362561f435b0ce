/**
 * Items split out of one line whose last item runs on into the article's next paragraph (南京
 * 2018 城市绿化条例 第十一条: "……（八）其他……不得低于百分之三十。属于旧城改造的，前款规定的比率
 * 可以降低百分之五。"): the sentences after the last item's full stop begin a new statement and
 * are the article's next paragraph (#16, twelfth round). Before, they stayed in item （八）.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 临江市条例\n\n${article}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n) => [n.eId, n.text]),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe('a statement after the last of items run on in one line', () => {
  it('is the next paragraph of the article', () => {
    const r = parse(
      '第一条 绿地率应当符合下列规定：（一）居住区不得低于百分之三十；（二）其他项目不得低于百分之二十。属于旧城改造的，前款规定的比率可以降低百分之五。',
    );
    expect(r.nodes).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '绿地率应当符合下列规定：'],
      ['art_1__para_1__point_1', '居住区不得低于百分之三十；'],
      ['art_1__para_1__point_2', '其他项目不得低于百分之二十。'],
      ['art_1__para_2', '属于旧城改造的，前款规定的比率可以降低百分之五。'],
    ]);
    expect(r.warnings).toContain('paragraph-after-items');
  });

  it('stays in the item when it refers back to it or the items do not end with ；', () => {
    for (const line of [
      '第一条 应当符合下列规定：（一）甲；（二）乙。前项规定的期限为三十日。',
      '第一条 应当符合下列规定：（一）甲。（二）乙。丙应当报告。',
    ]) {
      const r = parse(line);
      expect(r.nodes.filter(([id]) => id === 'art_1__para_2')).toEqual([]);
    }
  });
});
