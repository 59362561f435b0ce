import { describe, expect, it } from 'vitest';
import { homeOrder } from '../../../src/lib/consultation/index.ts';

const now = new Date('2026-12-06T10:00:00+08:00');
const at = (s: string) => new Date(`${s}T18:00:00+08:00`);
const reg = (id: number, language: string, window?: [string, string]) => ({
  id,
  language,
  consultations: window ? [{ opensAt: at(window[0]), closesAt: at(window[1]) }] : [],
});
const zhPage = (language: string) => language === 'zh';
const ids = (rs: { id: number }[]) => rs.map((r) => r.id);

describe('the order of the home page', () => {
  it('puts regulations in the page language first, even when another closes sooner', () => {
    const english = reg(1, 'en', ['2026-11-07', '2026-12-07']);
    const property = reg(2, 'zh', ['2026-11-20', '2026-12-21']);
    expect(ids(homeOrder([english, property], now, zhPage))).toEqual([2, 1]);
    expect(ids(homeOrder([english, property], now, (l) => l === 'en'))).toEqual([1, 2]);
  });

  it('lists open consultations closing soonest first, then the rest by id', () => {
    const closed = reg(1, 'zh', ['2026-10-01', '2026-11-01']);
    const late = reg(2, 'zh', ['2026-11-20', '2026-12-31']);
    const noWindow = reg(3, 'zh');
    const soon = reg(4, 'zh', ['2026-11-20', '2026-12-21']);
    const upcoming = reg(5, 'zh', ['2027-01-05', '2027-02-05']);
    expect(ids(homeOrder([closed, late, noWindow, soon, upcoming], now, zhPage))).toEqual([
      4, 2, 1, 3, 5,
    ]);
  });

  it('keeps an open regulation in another language below a closed one in the page language', () => {
    const english = reg(1, 'en', ['2026-11-07', '2026-12-07']);
    const closed = reg(2, 'zh', ['2026-10-01', '2026-11-01']);
    expect(ids(homeOrder([english, closed], now, zhPage))).toEqual([2, 1]);
  });
});
