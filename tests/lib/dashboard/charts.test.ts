import { describe, expect, it } from 'vitest';
import { columns, fillDays, horizontalBars } from '../../../src/lib/dashboard/index.ts';

describe('chart geometry', () => {
  it('scales horizontal bars to the largest value', () => {
    const layout = horizontalBars(
      [
        { key: 'a', label: 'A', value: 10 },
        { key: 'b', label: 'B', value: 5 },
      ],
      { width: 400, labelWidth: 100, row: 20 },
    );
    expect(layout.bars.map((b) => [b.width, b.y])).toEqual([
      [240, 4],
      [120, 24],
    ]);
    expect(layout.height).toBe(48);
  });

  it('draws no bars when every value is zero', () => {
    expect(horizontalBars([{ key: 'a', label: 'A', value: 0 }]).bars[0]!.width).toBe(0);
    expect(columns([{ key: 'd', label: 'd', value: 0 }]).bars[0]!.height).toBe(0);
  });

  it('puts the tallest column at the top of the plot', () => {
    const layout = columns(
      [
        { key: '1', label: '1', value: 4 },
        { key: '2', label: '2', value: 2 },
      ],
      { width: 200, height: 124 },
    );
    expect(layout.bars.map((b) => [b.x, b.y, b.height])).toEqual([
      [0, 0, 100],
      [100, 50, 50],
    ]);
  });

  it('fills the days without comments with zero', () => {
    expect(
      fillDays([
        { day: '2026-11-30', n: 2 },
        { day: '2026-12-02', n: 1 },
      ]).map((d) => [d.key, d.value]),
    ).toEqual([
      ['2026-11-30', 2],
      ['2026-12-01', 0],
      ['2026-12-02', 1],
    ]);
    expect(fillDays([])).toEqual([]);
  });
});
