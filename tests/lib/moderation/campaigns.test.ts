/** Form-letter campaigns, on synthetic cases and on the 1,000 real regulations.gov comments. */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  campaignKey,
  groupCampaigns,
  normaliseForCampaign,
} from '../../../src/lib/moderation/campaigns.ts';
import { corpusPath } from '../../helpers/corpus.ts';

const letter =
  'I am writing in strong opposition to the proposed rule because it undermines fairness in school sports for girls.';

describe('campaign keys', () => {
  it('ignore placeholders, filled-in signatures, self-introductions, case and punctuation', () => {
    const key = campaignKey(letter);
    expect(campaignKey(`${letter}\n\nSincerely,\n**FULL NAME**`)).toBe(key);
    expect(campaignKey(`${letter}\n\nSincerely,\nJane Doe`)).toBe(key);
    expect(campaignKey(`My name is Jane Doe, ${letter}`)).toBe(key);
    expect(campaignKey(letter.toUpperCase().replace(/ /g, '  '))).toBe(key);
  });
  it('tell different letters apart', () => {
    expect(campaignKey(letter.replace('opposition', 'support'))).not.toBe(campaignKey(letter));
  });
  it('work for Chinese form letters', () => {
    const zh =
      '我们小区全体业主强烈要求在第二十三条中明确物业费调整必须经业主大会表决通过，不得由物业公司单方面决定。';
    expect(campaignKey(`${zh}\n此致敬礼\n东湖小区业主 张三`)).toBe(
      campaignKey(`${zh}\n此致敬礼\n李四`),
    );
    expect(normaliseForCampaign('第一条，（试行）')).toBe('第一条试行');
  });
  it('leave short opinions ungrouped', () => {
    expect(campaignKey('I oppose this rule.')).toBeNull();
  });
});

describe('the 1,000 real comments', () => {
  const rows = parse<{ document_id: string; comment: string }>(
    fs.readFileSync(corpusPath('regulations-gov-comments--sample-1000.csv')),
    {
      columns: true,
      bom: true,
    },
  );
  const groups = groupCampaigns(rows.map((r) => ({ id: r.document_id, text: r.comment })));

  it('reads every row and finds the 426 distinct texts the corpus README states', () => {
    expect(rows).toHaveLength(1000);
    expect(new Set(rows.map((r) => r.comment)).size).toBe(426);
  });

  it('groups more copies than exact matching would, and drops none', () => {
    const exactDuplicates = rows.length - new Set(rows.map((r) => r.comment)).size;
    const grouped = groups.reduce((n, g) => n + g.size, 0);
    const collapsed = grouped - groups.length;
    expect(collapsed).toBeGreaterThan(exactDuplicates);
    const members = groups.flatMap((g) => g.memberIds);
    expect(new Set(members).size).toBe(members.length);
    const singletons = rows.filter((r) => !members.includes(r.document_id)).length;
    expect(grouped + singletons).toBe(1000);
  });

  it('puts letters with an unfilled **FULL NAME** together with signed copies', () => {
    const byId = new Map(rows.map((r) => [r.document_id, r.comment]));
    const withPlaceholder = groups.filter((g) =>
      g.memberIds.some((id) => byId.get(id)!.includes('**FULL NAME**')),
    );
    expect(withPlaceholder.length).toBeGreaterThan(0);
    expect(
      withPlaceholder.some((g) =>
        g.memberIds.some((id) => !byId.get(id)!.includes('**FULL NAME**')),
      ),
    ).toBe(true);
  });

  it('is deterministic whatever the input order (same groups, same members)', () => {
    const reversed = groupCampaigns(
      [...rows].reverse().map((r) => ({ id: r.document_id, text: r.comment })),
    );
    const canon = (gs: typeof groups) => gs.map((g) => [...g.memberIds].sort().join(',')).sort();
    expect(canon(reversed)).toEqual(canon(groups));
  });
});
