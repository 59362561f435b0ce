/**
 * The draft check runs in a worker with a bounded heap (src/lib/web/worker.ts). The largest
 * draft the form accepts must still check inside it: a bound too tight would refuse a real
 * long law as "too complex".
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/lib/versions/check.ts';
import { MAX_SOURCE_CHARS } from '../../../src/lib/versions/index.ts';

const DIGITS = '零一二三四五六七八九';
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 100)
    return `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : `${rest < 20 ? '一' : ''}${chineseNumber(rest)}`}`;
}

/** Nine chapters of 100 articles, each article ~1,100 characters: just under the size limit. */
function largestDraft(): string {
  const sentence =
    '为了规范本市的有关活动，保障公民、法人和其他组织的合法权益，根据有关法律、行政法规，结合本市实际，制定本条例。';
  let markdown = '# 临江市大型条例（草案）\n\n';
  let article = 1;
  for (let chapter = 1; chapter <= 9; chapter++) {
    markdown += `## 第${chineseNumber(chapter)}章 第${chapter}部分\n\n`;
    for (let i = 0; i < 100; i++)
      markdown += `第${chineseNumber(article++)}条 ${sentence.repeat(20)}\n\n`;
  }
  return markdown;
}

describe('checking the largest draft the form accepts', () => {
  it('parses 900 articles near the size limit inside the worker heap bound', async () => {
    const markdown = largestDraft();
    expect(markdown.length).toBeGreaterThan(MAX_SOURCE_CHARS * 0.9);
    expect(markdown.length).toBeLessThanOrEqual(MAX_SOURCE_CHARS);
    const outcome = await checkDraft(
      {
        slug: 'large',
        label: '大型草案',
        stage: 'drafting',
        date: '2026-12-01',
        markdown,
        explanation: '',
      },
      { language: 'zh', takenSlugs: [] },
      120_000,
    );
    expect(outcome.ok, JSON.stringify(outcome.ok ? null : outcome.problems)).toBe(true);
  });
});
