/**
 * Pandoc's bracketed spans in a paragraph (whthomas/china-laws 全国人民代表大会常务委员会议事规则
 * 2009, 第三十条 "应当在[会前]{.mark}由本人……" and 第三十四条 "任免[案逐人]{.mark}表决", a
 * highlight kept from the Word copy): markup around the words, not words (#16, thirty-first round).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(source: string) {
  const result = parseDraft(source, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return result.document;
}

describe('a bracketed span in a paragraph', () => {
  it('keeps its words and drops its brackets and attributes', () => {
    const doc = parse(
      [
        '# 中华人民共和国全国人民代表大会常务委员会议事规则',
        '第六章　发言和表决',
        '　　第三十条　常务委员会组成人员在全体会议、联组会议和分组会议上发言，应当围绕会议确定的议题进行。',
        '　　常务委员会组成人员要求发言的，应当在[会前]{.mark}由本人向常务委员会办事机构提出。',
        '　　第三十四条　任免[案逐人]{.mark}表决，根据情况也可以合并表决。',
      ].join('\n\n'),
    );
    const byId = new Map(flatten(doc.nodes).map((n) => [n.eId, n.text]));
    expect(byId.get('chp_6__art_30__para_2')).toBe(
      '常务委员会组成人员要求发言的，应当在会前由本人向常务委员会办事机构提出。',
    );
    expect(byId.get('chp_6__art_34')).toBe('任免案逐人表决，根据情况也可以合并表决。');
  });

  it('drops an empty span left by a bookmark', () => {
    const doc = parse(
      ['# 某条例', '第一条　[]{#_Toc1 .anchor}为了规范管理，制定本条例。'].join('\n\n'),
    );
    expect(doc.nodes[0]!.text).toBe('为了规范管理，制定本条例。');
  });

  it('leaves brackets that are words of the text alone', () => {
    const doc = parse(['# 某条例', '第一条　本条例所称[甲]{乙}，是指丙。'].join('\n\n'));
    expect(doc.nodes[0]!.text).toBe('本条例所称[甲]{乙}，是指丙。');
  });
});
