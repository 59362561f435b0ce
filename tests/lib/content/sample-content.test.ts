/** The sample content in content/ is what a visitor first sees: it must load, and cover every stage. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/index.ts';
import { articlesOf } from '../../../src/lib/legislation/index.ts';

describe('the sample content', () => {
  const result = loadContent(path.resolve(import.meta.dirname, '../../../content'));

  it('loads without problems', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('covers project-setting, review with three readings of 40+ articles, evaluation, and English', () => {
    if (!result.ok) throw new Error('content does not load');
    const { regulations, plans } = result.content;
    const stages = new Set(regulations.map((r) => r.stage));
    for (const stage of ['planning', 'review', 'evaluation']) expect(stages).toContain(stage);
    expect(regulations.find((r) => r.stage === 'planning')!.versions).toHaveLength(0);
    const review = regulations.find((r) => r.stage === 'review')!;
    expect(review.versions.length).toBeGreaterThanOrEqual(3);
    for (const v of review.versions) expect(articlesOf(v.document).length).toBeGreaterThanOrEqual(40);
    expect(regulations.filter((r) => r.language === 'zh').length).toBeGreaterThanOrEqual(3);
    expect(regulations.some((r) => r.language === 'en' && r.versions.length > 0)).toBe(true);
    expect(plans[0]!.items.some((i) => i.regulation === 'dog-management')).toBe(true);
  });

  it('gives every reading that had ended by its day its comments, all answered, and a published report', () => {
    if (!result.ok) throw new Error('content does not load');
    const { regulations, sample } = result.content;
    const asOf = new Date(`${sample!.datesAsOf}T00:00:00+08:00`);
    const ended = regulations.flatMap((r) =>
      r.consultations.filter((c) => c.closesAt <= asOf).map((c) => ({ reg: r, c })),
    );
    expect(ended.length).toBeGreaterThanOrEqual(2);
    for (const { reg, c } of ended) {
      const kept = reg.feedback.find((f) => f.consultation === c.slug);
      expect(kept?.comments.length ?? 0, `${reg.slug}/${c.slug}`).toBeGreaterThanOrEqual(20);
      expect(kept!.comments.every((m) => m.disposition !== null), `${reg.slug}/${c.slug} answered`).toBe(true);
      expect(kept!.report, `${reg.slug}/${c.slug} report`).not.toBeNull();
      // The report states the count the page shows.
      expect(kept!.report!.intro).toContain(`${kept!.comments.length}条`);
    }
    const open = regulations.flatMap((r) =>
      r.consultations.filter((c) => c.opensAt <= asOf && asOf < c.closesAt && c.version).map((c) => ({ reg: r, c })),
    );
    for (const { reg, c } of open) {
      const kept = reg.feedback.find((f) => f.consultation === c.slug);
      if (!kept) continue;
      expect(kept.comments.every((m) => m.at < asOf), `${reg.slug}/${c.slug}: no comment dated after the sample's day`).toBe(true);
      expect(kept.report, `${reg.slug}/${c.slug}: no report while open`).toBeNull();
    }
  });
});
