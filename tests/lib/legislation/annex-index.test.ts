/**
 * A list of the attachments after the text's last clause (北京 2021 换届选举决定: "附件：1．……" /
 * "2．……" / "3．……", then "附件1" and the attachment itself): the list names the attachments that
 * follow; it is no attachment of its own. It stands after the clauses as a paragraph, warned
 * annex-index, and the real 附件1 is annex_1 (#16, qi round, shapes left by earlier rounds).
 * Before, the list was read as an annex, took annex_1, and 附件1 got annex_1-x2 with a
 * duplicate-eid warning.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(tail: string[]) {
  const result = parseDraft(
    [
      '# 某市选举办法',
      '第一条 为了做好换届选举工作，制定本办法。',
      '第二条 本办法自公布之日起施行。',
      ...tail,
    ].join('\n\n'),
    { file: 'x.md' },
  );
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n) => [n.eId, n.heading, n.text]),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe('a list of the attachments after the last clause', () => {
  it('is a paragraph after the clauses, and 附件1 is annex_1', () => {
    const r = parse([
      '附件：1．某区代表名额分配表',
      '2．某乡代表名额分配表',
      '附件1',
      '某区代表名额分配表',
      '附件2',
      '某乡代表名额分配表',
    ]);
    expect(r.nodes).toEqual([
      ['art_1', '', '为了做好换届选举工作，制定本办法。'],
      ['art_2', '', '本办法自公布之日起施行。'],
      ['para_1', '', '附件：1．某区代表名额分配表\n2．某乡代表名额分配表'],
      ['annex_1', '附件1', '某区代表名额分配表'],
      ['annex_2', '附件2', '某乡代表名额分配表'],
    ]);
    expect(r.warnings).toContain('annex-index');
    expect(r.warnings).not.toContain('duplicate-eid');
  });

  it('ends the points of a decision, its commencement standing apart', () => {
    const result = parseDraft(
      [
        '# 某市人大常委会关于某区换届选举的决定',
        '一、某区人民代表大会代表名额为二百名。',
        '二、选举工作由选举委员会主持。',
        '本决定自公布之日起施行。',
        '附件：1．某区代表名额分配表',
        '2．某乡代表名额分配表',
        '附件1',
        '某区代表名额分配表',
      ].join('\n\n'),
      { file: 'x.md' },
    );
    if (!result.ok) throw new Error('parse failed');
    expect(result.document.nodes.map((n) => [n.eId, n.text])).toEqual([
      ['point_1', '某区人民代表大会代表名额为二百名。'],
      ['point_2', '选举工作由选举委员会主持。'],
      ['para_1', '本决定自公布之日起施行。'],
      ['para_2', '附件：1．某区代表名额分配表\n2．某乡代表名额分配表'],
      ['annex_1', '某区代表名额分配表'],
    ]);
  });

  it('leaves a numbered list under 附件： an annex when no 附件1 follows', () => {
    const r = parse(['附件：1．某区代表名额分配表', '2．某乡代表名额分配表']);
    expect(r.nodes.at(-1)?.[0]).toBe('annex_1');
    expect(r.warnings).not.toContain('annex-index');
  });
});
