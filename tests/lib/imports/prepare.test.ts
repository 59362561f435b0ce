import { describe, expect, it } from 'vitest';
import { importKey, normaliseDate, prepareImport, type ImportContext } from '../../../src/lib/imports/index.ts';

const context: ImportContext = {
  consultationId: 7,
  clauses: [
    { eId: 'chp_1', label: '第一章', heading: '总则' },
    { eId: 'chp_1__art_1', label: '第一条', heading: '' },
    { eId: 'chp_1__art_2', label: '第二条', heading: '' },
  ],
  today: '2026-12-02',
  opensOn: '2026-10-01',
  closesOn: '2099-12-31',
  defaultChannel: 'letter',
};
const HEAD = ['意见内容', '条款', '态度', '渠道', '收集日期', '地点或来信单位'];

describe('preparing an import', () => {
  it('accepts Chinese headings and words, matching a clause by its label or eId', () => {
    const out = prepareImport(
      [HEAD, ['建议增加城中村。', '第二条', '建议修改', '座谈会', '2026年11月5日', '东湖街道'], ['同意。', 'chp_1__art_1', 'support', '', '2026/11/6', '']],
      context,
    );
    expect(out.problems).toEqual([]);
    expect(out.rows.map((r) => [r.row, r.value.clauseEId, r.value.stance, r.channel, r.source.date])).toEqual([
      [2, 'chp_1__art_2', 'amend', 'meeting', '2026-11-05'],
      [3, 'chp_1__art_1', 'support', 'letter', '2026-11-06'],
    ]);
  });

  it('accepts English headings and an empty clause as the whole draft', () => {
    const out = prepareImport([['body', 'stance', 'date', 'channel'], ['Fine as it is.', 'question', '2026-11-01', 'hearing']], context);
    expect(out.rows[0]).toMatchObject({ channel: 'hearing', value: { clauseEId: null, stance: 'question' } });
  });

  it('reports every bad row and column at once, in both languages, and prepares nothing', () => {
    const out = prepareImport(
      [HEAD, ['', '第二条', '赞成', '', '2026-11-05', ''], ['好', '第九十九条', '随便', '电报', '2026-13-01', ''], ['好', '', '赞成', '', '2027-01-01', '']],
      context,
    );
    expect(out.rows).toEqual([]);
    expect(out.total).toBe(3);
    expect(out.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'body', 'body-empty'],
      [3, 'stance', 'stance-invalid'],
      [3, 'channel', 'channel-invalid'],
      [3, 'date', 'date-invalid'],
      [3, 'clause', 'clause-unknown'],
      [4, 'date', 'date-future'],
    ]);
    expect(out.problems[1]!.message.zh).toContain('随便');
    expect(out.problems[1]!.message.en).toContain('support, oppose, amend or question');
  });

  it('refuses a file without the required columns or with an unknown heading', () => {
    const out = prepareImport([['意见内容', '心情'], ['好', '开心']], { ...context, defaultChannel: null });
    expect(out.problems.map((p) => p.code).sort()).toEqual(['missing-column', 'missing-column', 'missing-column', 'unknown-column']);
  });

  it('says so when the file has no opinion rows', () => {
    expect(prepareImport([HEAD, ['', '', '', '', '', '']], context).problems.map((p) => p.code)).toEqual(['no-rows']);
  });

  it('gives the same row the same key, and identical rows in one file different keys', () => {
    const row = ['同一封信。', '', '赞成', '来信', '2026-11-05', ''];
    const first = prepareImport([HEAD, row, row], context);
    const again = prepareImport([HEAD, row], context);
    const [a, b] = first.rows.map((r) => r.value.idempotencyKey);
    expect(a).not.toBe(b);
    expect(again.rows[0]!.value.idempotencyKey).toBe(a);
    expect(importKey(8, row, 1)).not.toBe(a);
  });

  it('reads the usual ways of writing a date and rejects impossible ones', () => {
    expect(normaliseDate('2026年2月3日')).toBe('2026-02-03');
    expect(normaliseDate('2026.12.31')).toBe('2026-12-31');
    expect(normaliseDate('2026-02-30')).toBeNull();
    expect(normaliseDate('下周一')).toBeNull();
  });

  it('refuses impossible dates, dates after today and dates outside the consultation window', () => {
    const narrow = { ...context, opensOn: '2026-11-01', closesOn: '2026-11-30' };
    const rows = ['2026-02-30', '0000-00-00', '2099-01-01', '2026-10-31', '2026-12-01', '2026-11-30'].map((d) => ['好', '', '赞成', '', d, '']);
    const out = prepareImport([HEAD, ...rows], narrow);
    expect(out.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'date-invalid'],
      [3, 'date-invalid'],
      [4, 'date-future'],
      [5, 'date-outside-window'],
      [6, 'date-outside-window'],
    ]);
    expect(out.problems[3]!.message.zh).toContain('2026-11-01 至 2026-11-30');
  });

  it('refuses a NUL in any cell at the preview, naming its column, instead of failing when stored', () => {
    const out = prepareImport([HEAD, ['好', '', '赞成', '', '2026-11-05', '东湖\u0000街道']], context);
    expect(out.rows).toEqual([]);
    expect(out.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, 'place', 'cell-nul']]);
  });

  it('strips control characters from the place before storing it', () => {
    const out = prepareImport([HEAD, ['好', '', '赞成', '', '2026-11-05', '东湖\u0007街道\u202E']], context);
    expect(out.rows[0]!.source.place).toBe('东湖街道');
  });
});
