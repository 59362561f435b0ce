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
});
