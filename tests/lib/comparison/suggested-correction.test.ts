/**
 * What "按建议校正" proposes for a row marked for a second look (suggestedCorrection in view.ts):
 * the row, the articles its mark names, and the rows those articles are in now, as one row, so
 * that following the suggestion leaves no article unpaired behind it.
 */
import { describe, expect, it } from 'vitest';
import { buildComparisonView, suggestedCorrection } from '../../../src/lib/comparison/view.ts';
import { readCorpus } from '../../helpers/corpus.ts';
import { doc } from '../../helpers/drafts.ts';

const rowWith = (view: ReturnType<typeof buildComparisonView>, old: string, revised: string) =>
  view.rows.find((r) => r.oldLabels.includes(old) && r.newLabels.includes(revised))!;

describe('the suggested correction of a doubtful row', () => {
  it('takes in the row of the article it names (国防教育法 2018 → 2024, hand-read 第六条+第七条+第八条 → 第五条+第八条)', () => {
    // Hand-read: old 第六条 and 第七条 (领导, 工作机构) and old 第八条第一款 (部门职责) are the new
    // 第五条, the rest of old 第八条 the new 第八条; the alignment keeps 第六、七条 → 第五条 and
    // 第八条 → 第八条 apart.
    const view = buildComparisonView(
      doc(readCorpus('guofang-jiaoyu-fa--2018.md')),
      doc(readCorpus('guofang-jiaoyu-fa--2024.md')),
    );
    const marked = view.rows.find((r) => r.doubt && r.newLabels.includes('第五条'))!;
    expect(marked.doubt).not.toBeNull();
    expect(suggestedCorrection(view.rows, marked)).toEqual({
      oldLabels: ['第六条', '第七条', '第八条'],
      newLabels: ['第五条', '第八条'],
    });
  });

  it('adds only the named article when it is in no row of its own side (a deletion beside a new article)', () => {
    const view = buildComparisonView(
      doc(readCorpus('xingzheng-fuyi-fa--2017.md')),
      doc(readCorpus('xingzheng-fuyi-fa--2023.md')),
    );
    const deleted = view.rows.find(
      (r) => r.change.type === 'deleted' && r.oldLabels[0] === '第三十八条',
    )!;
    expect(deleted.doubt?.newLabels).toEqual(['第八十五条']);
    // The new 第八十五条 is reported as new: its row holds no old article to take in.
    expect(suggestedCorrection(view.rows, deleted)).toEqual({
      oldLabels: ['第三十八条'],
      newLabels: ['第八十五条'],
    });
  });

  it('is null for a row without a mark', () => {
    const view = buildComparisonView(
      doc(readCorpus('guofang-jiaoyu-fa--2018.md')),
      doc(readCorpus('guofang-jiaoyu-fa--2024.md')),
    );
    const plain = rowWith(view, '第一条', '第一条');
    expect(plain.doubt).toBeNull();
    expect(suggestedCorrection(view.rows, plain)).toBeNull();
  });
});
