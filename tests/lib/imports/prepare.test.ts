import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../../helpers/corpus.ts';
import { inBoth } from '../../../src/lib/i18n/index.ts';
import {
  importKey,
  normaliseDate,
  prepareImport,
  type ImportContext,
} from '../../../src/lib/imports/index.ts';

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
      [
        HEAD,
        ['建议增加城中村。', '第二条', '建议修改', '座谈会', '2026年11月5日', '东湖街道'],
        ['同意。', 'chp_1__art_1', 'support', '', '2026/11/6', ''],
      ],
      context,
    );
    expect(out.problems).toEqual([]);
    expect(
      out.rows.map((r) => [r.row, r.value.clauseEId, r.value.stance, r.channel, r.source.date]),
    ).toEqual([
      [2, 'chp_1__art_2', 'amend', 'meeting', '2026-11-05'],
      [3, 'chp_1__art_1', 'support', 'letter', '2026-11-06'],
    ]);
  });

  it('accepts English headings and an empty clause as the whole draft', () => {
    const out = prepareImport(
      [
        ['body', 'stance', 'date', 'channel'],
        ['Fine as it is.', 'question', '2026-11-01', 'hearing'],
      ],
      context,
    );
    expect(out.rows[0]).toMatchObject({
      channel: 'hearing',
      value: { clauseEId: null, stance: 'question' },
    });
  });

  it('reports every bad row and column at once, in both languages, and prepares nothing', () => {
    const out = prepareImport(
      [
        HEAD,
        ['', '第二条', '赞成', '', '2026-11-05', ''],
        ['好', '第九十九条', '随便', '电报', '2026-13-01', ''],
        ['好', '', '赞成', '', '2027-01-01', ''],
      ],
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
    expect(inBoth(out.problems[1]!.message).zh).toContain('随便');
    expect(inBoth(out.problems[1]!.message).en).toContain('support, oppose, amend or question');
  });

  it('refuses a file without the required columns, and lists an unknown heading as ignored', () => {
    const out = prepareImport(
      [
        ['意见内容', '心情'],
        ['好', '开心'],
      ],
      { ...context, defaultChannel: null },
    );
    expect(out.problems.map((p) => p.code).sort()).toEqual(['missing-column', 'missing-column']);
    expect(out.ignored).toEqual(['心情']);
  });

  it('says so when the file has no opinion rows', () => {
    expect(
      prepareImport([HEAD, ['', '', '', '', '', '']], context).problems.map((p) => p.code),
    ).toEqual(['no-rows']);
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
    const rows = [
      '2026-02-30',
      '0000-00-00',
      '2099-01-01',
      '2026-10-31',
      '2026-12-01',
      '2026-11-30',
    ].map((d) => ['好', '', '赞成', '', d, '']);
    const out = prepareImport([HEAD, ...rows], narrow);
    expect(out.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'date-invalid'],
      [3, 'date-invalid'],
      [4, 'date-future'],
      [5, 'date-outside-window'],
      [6, 'date-outside-window'],
    ]);
    expect(inBoth(out.problems[3]!.message).zh).toContain('2026-11-01 至 2026-11-30');
  });

  it('refuses a NUL in any cell at the preview, naming its column, instead of failing when stored', () => {
    const out = prepareImport(
      [HEAD, ['好', '', '赞成', '', '2026-11-05', '东湖\u0000街道']],
      context,
    );
    expect(out.rows).toEqual([]);
    expect(out.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, 'place', 'cell-nul']]);
  });

  it('strips control characters from the place before storing it', () => {
    const out = prepareImport(
      [HEAD, ['好', '', '赞成', '', '2026-11-05', '东湖\u0007街道\u202E']],
      context,
    );
    expect(out.rows[0]!.source.place).toBe('东湖街道');
  });
});

describe('real files (issue #17)', () => {
  const real: ImportContext = {
    ...context,
    clauses: [
      { eId: 'chp_1', label: '第一章', heading: '' },
      { eId: 'chp_1__art_40', label: '第四十条', heading: '' },
      { eId: 'chp_1__art_40__para_2', label: '第二款', heading: '' },
      { eId: 'chp_1__art_3', label: '第三条', heading: '' },
      { eId: 'chp_1__art_13', label: '第十三条', heading: '' },
      { eId: 'chp_1__art_103', label: '第一百零三条', heading: '' },
    ],
  };

  it('ignores unknown columns and lists them, reads received_date as the date and a blank stance as not stated', () => {
    const out = prepareImport(
      [
        ['document_id', 'docket_id', 'received_date', 'posted_date', 'category', 'comment'],
        [
          'ED-1',
          'ED',
          '2026-11-05T04:00Z',
          '2026-11-06T04:00Z',
          '',
          'I oppose this rule because it is unfair.',
        ],
      ],
      real,
    );
    expect(out.problems).toEqual([]);
    expect(out.ignored).toEqual(['document_id', 'docket_id', 'posted_date']);
    expect(out.rows[0]).toMatchObject({
      value: { stance: 'unstated', category: 'individual' },
      source: { date: '2026-11-05' },
    });
  });

  it('gives a date-time its day in the site time zone', () => {
    expect(normaliseDate('2026-11-05T04:00Z', 'Asia/Shanghai')).toBe('2026-11-05');
    expect(normaliseDate('2026-11-05T20:00Z', 'Asia/Shanghai')).toBe('2026-11-06');
    expect(normaliseDate('2026-11-05T20:00Z', 'America/New_York')).toBe('2026-11-05');
    expect(normaliseDate('2026-11-05T23:30:00+08:00', 'Asia/Shanghai')).toBe('2026-11-05');
    expect(normaliseDate('2026-11-05 09:30', 'Asia/Shanghai')).toBe('2026-11-05');
    expect(normaliseDate('2026-02-30T04:00Z', 'Asia/Shanghai')).toBeNull();
    expect(normaliseDate('2026-11-05T25:00Z', 'Asia/Shanghai')).toBeNull();
  });

  it('keeps a category outside the list as written instead of refusing it', () => {
    const out = prepareImport(
      [
        ['comment', 'received_date', 'category'],
        ['Please keep the current rule as it is.', '2026-11-05', 'Parent/Relative'],
      ],
      real,
    );
    expect(out.problems).toEqual([]);
    expect(out.rows[0]).toMatchObject({
      value: { category: 'individual' },
      source: { category: 'Parent/Relative' },
    });
  });

  it('resolves 第40条, 第四十条, 40, Article 40 and Art. 40 to the article of that number', () => {
    const refs = [
      '第40条',
      '第四十条',
      '40',
      'Article 40',
      'Art. 40',
      '第 40 条',
      '第一百零三条',
      '103',
      '第3条',
      '十三',
    ];
    const out = prepareImport(
      [
        ['comment', 'received_date', 'clause'],
        ...refs.map((r) => ['建议修改这一条的表述。', '2026-11-05', r]),
      ],
      real,
    );
    expect(out.problems).toEqual([]);
    expect(out.rows.map((r) => r.value.clauseEId)).toEqual([
      'chp_1__art_40',
      'chp_1__art_40',
      'chp_1__art_40',
      'chp_1__art_40',
      'chp_1__art_40',
      'chp_1__art_40',
      'chp_1__art_103',
      'chp_1__art_103',
      'chp_1__art_3',
      'chp_1__art_13',
    ]);
    const missing = prepareImport(
      [
        ['comment', 'received_date', 'clause'],
        ['建议。', '2026-11-05', '第41条'],
      ],
      real,
    );
    expect(missing.problems.map((p) => p.code)).toEqual(['clause-unknown']);
  });

  it('imports the real regulations.gov export as it is, once its dates fall in the window', () => {
    const rows: string[][] = parse(
      fs.readFileSync(corpusPath('regulations-gov-comments--sample-1000.csv')),
      { bom: true },
    );
    const window: ImportContext = {
      ...real,
      today: '2023-06-30',
      opensOn: '2023-01-01',
      closesOn: '2023-06-30',
      timeZone: 'America/New_York',
    };
    const out = prepareImport(rows, window);
    expect(out.problems.slice(0, 3)).toEqual([]);
    expect(out.ignored).toEqual(['document_id', 'docket_id', 'posted_date']);
    expect(out.rows).toHaveLength(rows.length - 1);
    expect(new Set(out.rows.map((r) => r.value.stance))).toEqual(new Set(['unstated']));
  });
});
