/**
 * The title of a joint document names its issuing bodies with a space between them (两高 2019
 * 操纵证券、期货市场解释: "# 最高人民法院 最高人民检察院关于……的解释"; 1981: "# 最高人民法院　国务院
 * 宗教事务局关于……的复函"): the space separates two names and stays, as one space; spacing
 * inside a name or a heading (总　　则, 关 于) still goes.
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

function title(heading: string) {
  const result = parseDraft(
    `# ${heading}\n\n<!-- INFO END -->\n\n第一条 本解释自公布之日起施行。\n`,
    {
      file: 'x.md',
    },
  );
  if (!result.ok) throw new Error('parse failed');
  return result.document.title;
}

describe('the title of a joint document', () => {
  it('keeps one space between two issuing bodies', () => {
    expect(title('最高人民法院 最高人民检察院关于办理某类刑事案件适用法律若干问题的解释')).toBe(
      '最高人民法院 最高人民检察院关于办理某类刑事案件适用法律若干问题的解释',
    );
    expect(title('最高人民法院　国务院宗教事务局关于某类房屋产权归属问题的复函')).toBe(
      '最高人民法院 国务院宗教事务局关于某类房屋产权归属问题的复函',
    );
    expect(title('财政部  国家税务总局关于某项税收政策的通知')).toBe(
      '财政部 国家税务总局关于某项税收政策的通知',
    );
  });

  it('still drops typographic spacing elsewhere in the title', () => {
    expect(title('最高人民法院 关 于 某类案件的批复')).toBe('最高人民法院关于某类案件的批复');
    expect(title('临江市 物业 管理条例')).toBe('临江市物业管理条例');
  });

  it('still reads 总　　则 as one heading', () => {
    const result = parseDraft(
      '# 临江市条例\n\n## 第一章　总　　则\n\n第一条 为了管理，制定本条例。\n',
      {
        file: 'x.md',
      },
    );
    if (!result.ok) throw new Error('parse failed');
    expect(result.document.nodes[0]?.heading).toBe('总则');
  });
});
