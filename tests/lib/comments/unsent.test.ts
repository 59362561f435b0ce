import { describe, expect, it } from 'vitest';
import { unsentTexts } from '../../../src/lib/comments/unsent.ts';

describe('the texts of a post refused because its window was not open', () => {
  it('are the free-text fields that hold more than white space, as written, in the form’s order', () => {
    const texts = unsentTexts({
      suggestedWording: '第三条修改为：……',
      body: '  我的意见。\n第二段。',
      displayName: '老王',
      contact: 'wang@example.com',
      stance: 'amend',
    });
    expect(texts).toEqual([
      { field: 'body', label: 'field.body', text: '  我的意见。\n第二段。' },
      { field: 'suggestedWording', label: 'field.suggested', text: '第三条修改为：……' },
    ]);
  });

  it('leave out fields of only spaces, full-width spaces and line breaks', () => {
    expect(unsentTexts({ body: ' \u3000\n\t ', suggestedWording: '' })).toEqual([]);
  });

  it('include a proposal’s title, problem and scope', () => {
    const fields = unsentTexts({
      proposalTitle: '电动自行车',
      proposalProblem: '充电难',
      proposalScope: '充电设施',
    });
    expect(fields.map((f) => f.field)).toEqual([
      'proposalTitle',
      'proposalProblem',
      'proposalScope',
    ]);
  });
});
