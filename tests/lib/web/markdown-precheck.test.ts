import { describe, expect, it } from 'vitest';
import {
  MAX_EMPHASIS_MARKS_PER_BLOCK,
  tooManyEmphasisMarks,
} from '../../../src/lib/web/markdown-precheck.ts';

describe('refusing Markdown whose emphasis marks would make the parse quadratic', () => {
  it('refuses the hostile load test’s paragraph of unpaired marks', () => {
    expect(tooManyEmphasisMarks('*a_'.repeat(27_000))).toBe(true);
    expect(tooManyEmphasisMarks(`# 条例\n\n第一条 ${'*a_'.repeat(27_000)}\n`)).toBe(true);
  });

  it('counts runs of marks in one block, up to the cap', () => {
    const half = MAX_EMPHASIS_MARKS_PER_BLOCK / 2;
    expect(tooManyEmphasisMarks('*a_'.repeat(half))).toBe(false);
    expect(tooManyEmphasisMarks('*a_'.repeat(half + 1))).toBe(true);
    // A run of several marks is one: `**bold**` is two, a `____` blank is one.
    expect(tooManyEmphasisMarks('**a** '.repeat(half))).toBe(false);
    expect(tooManyEmphasisMarks('姓名____ '.repeat(MAX_EMPHASIS_MARKS_PER_BLOCK))).toBe(false);
    // Lines without a blank line between them are one block.
    expect(tooManyEmphasisMarks(`${'*a_'.repeat(half)}\n${'*a_'.repeat(half)}`)).toBe(true);
  });

  it('lets a long text through whose marks are spread over paragraphs, and bullets', () => {
    const paragraphs = Array.from({ length: 50 }, () => '**要点** 说明_一_'.repeat(200));
    expect(tooManyEmphasisMarks(paragraphs.join('\n\n'))).toBe(false);
    expect(tooManyEmphasisMarks(paragraphs.join('\r\n   \r\n'))).toBe(false);
    const list = Array.from({ length: 3000 }, (_, i) => `* 第${i}项`).join('\n');
    expect(tooManyEmphasisMarks(list)).toBe(false);
    expect(tooManyEmphasisMarks(list.replaceAll('* ', '> * '))).toBe(false);
  });
});
