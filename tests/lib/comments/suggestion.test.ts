import { describe, expect, it } from 'vitest';
import { clauseTextOf, suggestionRedline } from '../../../src/lib/comments/suggestion.ts';

const rows = [
  { eId: 'art_1', label: '第一条', text: '' },
  { eId: 'art_1__para_1', label: '', text: '业主应当按时交纳物业费。' },
  { eId: 'art_10', label: '第十条', text: '另一条。' },
];

describe('suggested wording against the clause', () => {
  it('takes the clause and only its own descendants', () => {
    expect(clauseTextOf(rows, 'art_1')).toBe('业主应当按时交纳物业费。');
  });
  it('marks what the suggestion deletes and inserts, escaping the text', () => {
    const html = suggestionRedline('业主应当按时交纳物业费。', '业主应当按月交纳物业费<b>。', 'zh');
    expect(html).toContain('<del>');
    expect(html).toContain('<ins>');
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<b>');
  });
});
