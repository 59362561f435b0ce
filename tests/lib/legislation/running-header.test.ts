/**
 * A running page header pasted from a PDF (中国人民银行公告 at the top of each page) that lands
 * inside sentences: dropped where it breaks a sentence, with a warning naming its lines; real
 * repeated lines are kept (#16, seventh round).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parsed(lines: string[]) {
  const result = parseDraft(`# 临江市现金服务管理办法\n\n${lines.join('\n\n')}\n`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('not parsed');
  const texts = flatten(result.document.nodes).map((n) => n.text);
  return { result, texts, codes: result.warnings.map((w) => w.code) };
}

const HEADER = '中国人民银行公告';
const broken = (k: number) => [
  `第${'一二三四五'[k]}条　银行业金融机构应当为单位和个人提供现金存取服务，不得拒收`,
  HEADER,
  '现金。',
];

describe('running page headers', () => {
  it('drops a header that recurs and breaks sentences, naming its lines', () => {
    const { result, texts, codes } = parsed([...broken(0), ...broken(1), ...broken(2)]);
    expect(texts).toEqual(
      Array(3).fill('银行业金融机构应当为单位和个人提供现金存取服务，不得拒收现金。'),
    );
    expect(codes.filter((c) => c === 'running-header')).toHaveLength(1);
    const warning = result.warnings.find((w) => w.code === 'running-header');
    expect(warning).toMatchObject({
      line: 5,
      params: { text: HEADER, count: 3, lines: '5, 11, 17' },
    });
  });

  it('keeps a line that recurs only twice', () => {
    const { texts, codes } = parsed([...broken(0), ...broken(1)]);
    expect(codes).not.toContain('running-header');
    expect(texts.join('\n')).toContain(HEADER);
  });

  it('keeps repeated lines that do not break a sentence (captions, a closing formula)', () => {
    const lines = [1, 2, 3].flatMap((k) => [
      `第${'一二三'[k - 1]}条　本办法所称现金服务，是指银行业金融机构办理的存取业务。`,
      '审批程序',
      '申请人应当提交书面申请。',
    ]);
    const { texts, codes } = parsed(lines);
    expect(codes).not.toContain('running-header');
    expect(texts.filter((t) => t.includes('审批程序'))).toHaveLength(3);
  });

  it('keeps the header where it stands after a finished sentence', () => {
    const { texts } = parsed([
      ...broken(0),
      ...broken(1),
      ...broken(2),
      '第四条　本办法自公布之日起施行。',
      HEADER,
    ]);
    expect(texts.at(-1)).toContain(HEADER);
  });
});
