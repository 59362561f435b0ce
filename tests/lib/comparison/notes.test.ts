/** Staff notes saved under a grouping the alignment no longer makes stay findable (#16). */
import { describe, expect, it } from 'vitest';
import { eIdsOfKey, notesForRows } from '../../../src/lib/comparison/notes.ts';

const row = (from: string[], to: string[]) => ({
  key: `${from.join('+')}>${to.join('+')}`,
  change: { from, to },
});

describe('notesForRows', () => {
  const rows = [row(['art_1'], ['art_1']), row(['art_2'], ['art_2', 'art_3']), row([], ['art_4'])];

  it('shows a note under its own row', () => {
    const notes = notesForRows(rows, new Map([['art_1>art_1', '文字修改']]));
    expect([...notes]).toEqual([['art_1>art_1', '文字修改']]);
  });

  it('shows a note saved for a pair that became a split under the split', () => {
    const notes = notesForRows(rows, new Map([['art_2>art_2', '拆分前的说明']]));
    expect(notes.get('art_2>art_2+art_3')).toBe('拆分前的说明');
    expect(notes.has('art_2>art_2')).toBe(false);
  });

  it('joins several old notes that name one row, and finds one by a new article alone', () => {
    const notes = notesForRows(
      rows,
      new Map([
        ['art_9>art_3', '第二段'],
        ['art_2>art_2', '第一段'],
      ]),
    );
    expect(notes.get('art_2>art_2+art_3')).toBe('第一段\n\n第二段');
  });

  it("keeps a row's own note over old ones, and drops notes naming no article shown", () => {
    const notes = notesForRows(
      rows,
      new Map([
        ['art_2>art_2+art_3', '新说明'],
        ['art_2>art_2', '旧说明'],
        ['art_8>art_8', '无处可放'],
      ]),
    );
    expect([...notes]).toEqual([['art_2>art_2+art_3', '新说明']]);
  });
});

describe('eIdsOfKey', () => {
  it('reads both sides of a key, also an insertion', () => {
    expect(eIdsOfKey('chp_1__art_1+chp_1__art_2>chp_1__art_3')).toEqual([
      'chp_1__art_1',
      'chp_1__art_2',
      'chp_1__art_3',
    ]);
    expect(eIdsOfKey('>art_4')).toEqual(['art_4']);
  });
});
