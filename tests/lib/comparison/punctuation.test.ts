/** Punctuation-only amendments are changes (#16): pairing ignores punctuation, the status does not. */
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../src/lib/comparison/index.ts';
import { normaliseForIdentity } from '../../../src/lib/comparison/similarity.ts';
import { doc } from '../../helpers/drafts.ts';

const A = '业主大会由物业管理区域内全体业主组成，代表和维护全体业主在物业管理活动中的合法权益。';
const B =
  '物业服务人应当按照物业服务合同的约定提供服务，并定期公示服务事项、收费标准和专项维修资金使用情况。';

describe('punctuation in the change status', () => {
  it('reports an article whose only change is a comma turned into a semicolon as modified, still paired', () => {
    const oldDoc = doc(`# 条例\n\n第一条 ${A}\n\n第二条 ${B}\n`);
    const newDoc = doc(
      `# 条例\n\n第一条 ${A}\n\n第二条 ${B.replace('提供服务，', '提供服务；')}\n`,
    );
    const { changes, summary } = compareDocuments(oldDoc, newDoc);
    expect(changes.find((c) => c.from.includes('art_2'))).toMatchObject({
      type: 'modified',
      to: ['art_2'],
    });
    expect(changes.find((c) => c.from.includes('art_1'))).toMatchObject({
      type: 'unchanged',
      to: ['art_1'],
    });
    expect(summary).toMatchObject({ unchanged: 1, modified: 1 });
  });

  it('reports a removed full stop as a change', () => {
    const { changes } = compareDocuments(
      doc(`# 条例\n\n第一条 ${A}\n`),
      doc(`# 条例\n\n第一条 ${A.slice(0, -1)}\n`),
    );
    expect(changes[0]).toMatchObject({ type: 'modified' });
  });

  it('still treats spacing and full-width against half-width forms as typography, not change', () => {
    const { changes } = compareDocuments(
      doc(`# 条例\n\n第一条 物业服务人（以下简称服务人）应当公示收费标准。\n`),
      doc(`# 条例\n\n第一条 物业服务人(以下简称服务人) 应当公示收费标准。\n`),
    );
    expect(changes[0]).toMatchObject({ type: 'unchanged' });
    expect(normaliseForIdentity('甲，　乙', 'zh')).toBe('甲,乙');
    expect(normaliseForIdentity('The  Secretary;', 'en')).toBe('The Secretary;');
  });
});
