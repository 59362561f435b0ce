/** The one public shape of a comment: the reply and the later clause once answered, and its match with the OpenAPI document. */
import { describe, expect, it } from 'vitest';
import { OPENAPI } from '../../../src/lib/export/openapi.ts';
import {
  publicColumns,
  publicComment,
  type PublishedRow,
  type ReflectedMap,
} from '../../../src/lib/export/public-comments.ts';
import { mismatches } from '../../helpers/openapi.ts';

const row: PublishedRow = {
  id: 7,
  stance: 'amend',
  publicBody: '建议增加“引导”。联系电话 138****5678',
  suggestedWording: '为了规范、引导和促进示范活动，制定本条例。',
  quote: '促进',
  quoteStart: 5,
  quoteEnd: 7,
  displayName: '张**',
  category: 'individual',
  stage: 'review',
  createdAt: new Date('2026-09-01T02:00:00Z'),
  clauseEId: 'chp_1__art_1',
  clauseLabel: '第一条',
  secondCount: 4,
  disposition: 'partly-adopted',
  reply: '二审稿第一条已增加“引导”。',
  repliedAt: new Date('2026-10-01T02:00:00Z'),
  reflectedClauseId: 91,
  copies: 1,
  closesAt: new Date('2026-09-27T10:00:00Z'),
};
const reflected: ReflectedMap = new Map([
  [
    91,
    {
      regulationSlug: 'sample',
      versionSlug: 'second-reading',
      versionLabel: '二审稿',
      eId: 'chp_1__art_1',
      label: '第一条',
    },
  ],
]);
const doc = OPENAPI as unknown as Parameters<typeof mismatches>[2];

describe('public comment', () => {
  it('carries the disposition, the reply and the clause of the later version that reflects it', () => {
    const c = publicComment(row, reflected);
    expect(c).toMatchObject({
      disposition: 'partly-adopted',
      reply: '二审稿第一条已增加“引导”。',
      repliedAt: '2026-10-01T02:00:00.000Z',
      reflectedIn: {
        regulation: 'sample',
        version: 'second-reading',
        clause: 'chp_1__art_1',
        label: '第一条',
      },
      seconds: 4,
    });
    expect(mismatches(c, { $ref: '#/components/schemas/Comment' }, doc)).toEqual([]);
  });

  it('shows neither disposition nor later clause before the reply exists', () => {
    const c = publicComment({ ...row, reply: null, repliedAt: null }, reflected);
    expect(c).toMatchObject({ disposition: null, reply: null, repliedAt: null, reflectedIn: null });
    expect(mismatches(c, { $ref: '#/components/schemas/Comment' }, doc)).toEqual([]);
  });

  it('puts the same fields in the table columns, and nothing private', () => {
    const columns = publicColumns(new Map([['chp_1__art_1', '第一条']]));
    const cells = Object.fromEntries(
      columns.map((col) => [col.header, col.value(publicComment(row, reflected))]),
    );
    expect(cells).toMatchObject({
      clause: '第一条',
      disposition: 'partly-adopted',
      reflected_in_version: 'second-reading',
      reflected_in_clause: 'chp_1__art_1',
      seconds: 4,
    });
    expect(columns.map((c) => c.header).join()).not.toMatch(/contact|reason|address|receipt/);
  });

  it('finds an undocumented field', () => {
    expect(
      mismatches(
        { ...publicComment(row, reflected), contact: 'x@example.org' },
        { $ref: '#/components/schemas/Comment' },
        doc,
      ),
    ).toEqual(['$.contact: not documented']);
  });
});
