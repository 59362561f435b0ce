/**
 * Items printed without labels after a paragraph that introduces a list (人民检察院行政诉讼监督
 * 规则（试行）2016 第六条, LawRefBook/Laws: "当事人以下列理由申请监督，……提出：" and four lines
 * ending with ；, the last with 。, its items （一） to （四） in the official text). The source
 * cannot tell lost labels from a list printed without them (货币政策委员会条例 1997 第五条 lists
 * its members so), so a warning says so (#16, fifth random sample); since the qi round the lines
 * are the introducing paragraph's items, without labels (items-labels-all-lost.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 人民检察院行政诉讼监督规则（试行）\n\n${article}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    ids: flatten(result.document.nodes).map((n) => n.eId),
    // The excerpt begins at 第六条 (starts-late): only the warnings of lists are compared.
    warnings: result.warnings
      .filter((w) => w.code.startsWith('item'))
      .map((w): [string, number, string] => [w.code, w.line, w.message]),
  };
}

const ARTICLE = [
  '第六条 当事人依照本规则第五条第一项、第二项规定向人民检察院申请监督，应当在六个月内提出。',
  '当事人以下列理由申请监督，应当在知道或者应当知道之日起六个月内提出：',
  '有新的证据，足以推翻再审判决、裁定的；',
  '再审判决、裁定认定事实的主要证据系伪造的；',
  '据以作出再审判决、裁定的法律文书被撤销或者变更的；',
  '审判人员在审理该案件时有贪污受贿、徇私舞弊、枉法裁判行为的。',
  '本条规定的期间为不变期间，不适用中止、中断、延长的规定。',
].join('\n\n');

describe('items printed without labels after a list introduction', () => {
  it('are read as items without labels, with one warning at the first naming how many', () => {
    const r = parse(ARTICLE);
    expect(r.ids).toEqual([
      'art_6',
      'art_6__para_1',
      'art_6__para_2',
      ...[1, 2, 3, 4].map((k) => `art_6__para_2__point_${k}`),
      'art_6__para_3',
    ]);
    expect(r.warnings).toEqual([['items-unlabeled', 7, expect.stringContaining('等 4 段')]]);
  });

  it('say nothing when the paragraph before introduces no list', () => {
    const r = parse(ARTICLE.replace('以下列理由申请监督', '申请监督'));
    expect(r.warnings).toEqual([]);
  });

  it('say nothing when no line of the run ends with a full stop', () => {
    const r = parse(
      ARTICLE.replace('枉法裁判行为的。', '枉法裁判行为的；').replace(/\n\n本条规定[^\n]*$/, ''),
    );
    expect(r.warnings).toEqual([]);
  });
});
