import { inBoth } from '../../../src/lib/i18n/index.ts';
import { describe, expect, it } from 'vitest';
import {
  defaultQuestions,
  readQuestions,
  tallyAnswers,
  validateAnswers,
  type Question,
} from '../../../src/lib/evaluation/index.ts';
import { readRegulationManifest } from '../../../src/lib/content/manifest.ts';

const questions: Question[] = [
  {
    id: 'often',
    type: 'choice',
    question: '是否坚持分类？',
    options: ['每天', '有时', '从不'],
    required: true,
  },
  { id: 'ease', type: 'scale', question: '是否方便？', options: [], required: true },
  { id: 'why', type: 'text', question: '建议', options: [], required: false },
];

describe('reading questions from the content files', () => {
  it('reads choice, scale and text questions, required unless said otherwise', () => {
    const problems: string[] = [];
    const read = readQuestions(
      [
        {
          id: 'often',
          type: 'choice',
          question: '是否坚持分类？',
          options: ['每天', '有时', '从不'],
        },
        { id: 'why', type: 'text', question: '建议', required: false },
      ],
      'consultations[0]',
      (m) => problems.push(m),
    );
    expect(problems).toEqual([]);
    expect(read).toEqual([questions[0], questions[2]]);
  });

  it('names every problem: bad id, unknown type, a choice without options, a repeated id', () => {
    const problems: string[] = [];
    readQuestions(
      [
        { id: 'Bad Id', type: 'choice', question: 'q', options: ['a', 'b'] },
        { id: 'x', type: 'slider', question: 'q' },
        { id: 'y', type: 'choice', question: 'q', options: ['only'] },
        { id: 'y', type: 'text', question: 'q' },
      ],
      'consultations[0]',
      (m) => problems.push(m),
    );
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/"id" may hold only/);
    expect(problems.join('\n')).toMatch(/"type" must be one of choice, scale, text/);
    expect(problems.join('\n')).toMatch(/at least two options/);
    expect(problems.join('\n')).toMatch(/id "y" is used twice/);
  });

  it('accepts a questionnaire only on an evaluation consultation', () => {
    const base = {
      title: 't',
      language: 'zh',
      sponsor: 's',
      committee: 'c',
      stage: 'evaluation',
      summary: 's',
    };
    const consultation = {
      slug: 'e',
      title: 't',
      version: 'v',
      opens: '2026-01-01T00:00:00+08:00',
      closes: '2026-03-01T00:00:00+08:00',
      questionnaire: [{ id: 'a', type: 'scale', question: 'q' }],
    };
    const ok = readRegulationManifest(
      'reg',
      { ...base, consultations: [{ ...consultation, kind: 'evaluation' }] },
      'f.yaml',
    );
    expect(ok.ok && ok.value.consultations[0]!.questionnaire).toEqual([
      { id: 'a', type: 'scale', question: 'q', options: [], required: true },
    ]);
    const bad = readRegulationManifest(
      'reg',
      { ...base, consultations: [{ ...consultation, kind: 'draft' }] },
      'f.yaml',
    );
    expect(bad.ok).toBe(false);
  });

  it('has a default set in both languages covering clarity, reasonableness, enforceability and effect', () => {
    for (const language of ['zh', 'en'] as const) {
      const ids = defaultQuestions(language).map((q) => q.id);
      expect(ids).toEqual(
        expect.arrayContaining(['clarity', 'reasonableness', 'enforceability', 'effect']),
      );
    }
  });
});

describe('validating answers', () => {
  it('keeps a choice as its text and a scale as a number, and skips an empty optional answer', () => {
    expect(validateAnswers(questions, { q_often: '有时', q_ease: '4', q_why: '  ' })).toEqual({
      ok: true,
      value: { often: '有时', ease: 4 },
    });
  });

  it('reports every bad answer at once, in both languages, naming the question', () => {
    const result = validateAnswers(questions, {
      q_often: '偶尔',
      q_ease: '9',
      q_why: '字'.repeat(2001),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'q_often:choice-invalid',
      'q_ease:scale-invalid',
      'q_why:text-too-long',
    ]);
    expect(inBoth(result.errors[0]!.message).zh).toMatch(/^第 1 题/);
    expect(inBoth(result.errors[1]!.message).en).toMatch(/^Question 2: choose a score from 1 to 5/);
  });

  it('asks for missing required answers', () => {
    const result = validateAnswers(questions, {});
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual([
      'answer-missing',
      'answer-missing',
    ]);
  });
});

describe('tallying answers', () => {
  it('counts each option, averages each scale and lists the written answers', () => {
    const [often, ease, why] = tallyAnswers(questions, [
      { often: '每天', ease: 5 },
      { often: '每天', ease: 2, why: '增加投放点' },
      { often: '从不' },
    ]);
    expect(often).toMatchObject({
      kind: 'choice',
      answered: 3,
      counts: [
        { option: '每天', count: 2 },
        { option: '有时', count: 0 },
        { option: '从不', count: 1 },
      ],
    });
    expect(ease).toMatchObject({ kind: 'scale', answered: 2, average: 3.5 });
    expect(why).toMatchObject({ kind: 'text', answered: 1, texts: ['增加投放点'] });
  });
});
