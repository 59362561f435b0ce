import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  exportColumns,
  localTimeFormat,
  type StaffExportRow,
} from '../../../src/lib/export/staff-columns.ts';

const row = (i: number): StaffExportRow => ({
  id: i,
  receiptCode: `R-${i}`,
  createdAt: new Date(Date.UTC(2026, 11, 6, 2, 18, i % 60)),
  channel: 'online',
  status: 'published',
  stance: 'support',
  clauseEId: null,
  clauseLabel: null,
  body: '意见',
  publicBody: '意见',
  suggestedWording: null,
  displayName: null,
  publicSuggestedWording: null,
  publicDisplayName: null,
  category: 'individual',
  district: null,
  contact: null,
  consentPublish: true,
  source: null,
  disposition: null,
  dispositionReason: null,
  reply: '答复',
  repliedAt: new Date(Date.UTC(2026, 11, 7, 16, 0, 0)),
  attachments: 0,
});

describe('staff export columns', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes instants as the site tells time', () => {
    expect(localTimeFormat('Asia/Shanghai')(new Date('2026-12-06T02:18:55Z'))).toBe(
      '2026-12-06 10:18:55',
    );
    const columns = exportColumns(false, 'Asia/Shanghai');
    const value = (key: string) => columns.find((c) => c.key === key)!.value(row(5));
    expect(value('created_at')).toBe('2026-12-06 10:18:05');
    expect(value('replied_at')).toBe('2026-12-08 00:00:00');
  });

  it('builds one date formatter for a whole export, not one per cell', () => {
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    const columns = exportColumns(true, 'Asia/Shanghai');
    for (let i = 0; i < 200; i++) for (const c of columns) c.value(row(i));
    expect(built.mock.calls.length).toBeLessThanOrEqual(1);
  });
});
