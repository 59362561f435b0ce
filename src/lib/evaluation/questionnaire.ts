/**
 * The post-enactment evaluation questionnaire (立法后评估问卷): questions defined with the
 * consultation in the regulation's YAML (or a default set), answers validated on the server,
 * and tallies for the staff page and the public totals. Pure: plain data in and out.
 */
import { sanitiseLine, sanitiseText } from '../comments/sanitise.ts';
import type { FieldError } from '../comments/validate.ts';
import type { MessageKey } from '../i18n/index.ts';

export const QUESTION_TYPES = ['choice', 'scale', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Question {
  /** Stable key of the answer (a-z, 0-9, hyphen). */
  id: string;
  type: QuestionType;
  /** In the regulation's language. */
  question: string;
  /** Choices of a `choice` question. */
  options: string[];
  required: boolean;
}

/** Scale questions run from 1 to 5. */
export const SCALE = [1, 2, 3, 4, 5] as const;
export const TEXT_MAX = 2000;

export type Answers = Record<string, string | number>;

const ask = (q: Omit<Question, 'options' | 'required'> & Partial<Question>): Question => ({
  options: [],
  required: true,
  ...q,
});

/**
 * The default set, after the five criteria of post-enactment evaluation (legality,
 * reasonableness, clarity, enforceability, effect) and how the respondent knows the rule.
 */
export function defaultQuestions(language: 'zh' | 'en'): Question[] {
  if (language === 'en') {
    return [
      ask({
        id: 'awareness',
        type: 'choice',
        question: 'How well do you know this regulation?',
        options: ['Well', 'Somewhat', 'Only heard of it', 'Not at all'],
      }),
      ask({
        id: 'relation',
        type: 'choice',
        question: 'How does it concern you?',
        options: [
          'As a resident',
          'At work: I apply or enforce it',
          'My business is regulated by it',
          'Other',
        ],
      }),
      ask({
        id: 'clarity',
        type: 'scale',
        question: 'Are its rules clear and easy to understand? (1 not at all, 5 fully)',
      }),
      ask({
        id: 'reasonableness',
        type: 'scale',
        question: 'Are its duties and penalties reasonable? (1 not at all, 5 fully)',
      }),
      ask({
        id: 'enforceability',
        type: 'scale',
        question: 'Is it enforced in practice? (1 not at all, 5 fully)',
      }),
      ask({
        id: 'effect',
        type: 'scale',
        question: 'Has it solved the problems it was made for? (1 not at all, 5 fully)',
      }),
      ask({
        id: 'suggestions',
        type: 'text',
        question: 'What should be changed, and why?',
        required: false,
      }),
    ];
  }
  return [
    ask({
      id: 'awareness',
      type: 'choice',
      question: '您对本法规的了解程度',
      options: ['比较了解', '了解一些', '只听说过', '不了解'],
    }),
    ask({
      id: 'relation',
      type: 'choice',
      question: '本法规与您的关系',
      options: ['作为居民受其规范', '工作中执行或适用', '所在单位受其规范', '其他'],
    }),
    ask({
      id: 'clarity',
      type: 'scale',
      question: '条文规定是否清楚、易于理解？（1分最低，5分最高）',
    }),
    ask({
      id: 'reasonableness',
      type: 'scale',
      question: '规定的义务和处罚是否合理？（1分最低，5分最高）',
    }),
    ask({
      id: 'enforceability',
      type: 'scale',
      question: '实际执行情况如何？（1分最低，5分最高）',
    }),
    ask({
      id: 'effect',
      type: 'scale',
      question: '是否解决了立法时要解决的问题？（1分最低，5分最高）',
    }),
    ask({
      id: 'suggestions',
      type: 'text',
      question: '您认为哪些规定需要修改？请说明理由。',
      required: false,
    }),
  ];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads the `questionnaire:` list of a consultation in regulation.yaml; problems are
 * reported through `problem` in the content files' bilingual style.
 * @example readQuestions([{ id: 'clear', type: 'scale', question: '是否清楚？' }], 'q', console.error)
 * // [{ id: 'clear', type: 'scale', question: '是否清楚？', options: [], required: true }]
 */
export function readQuestions(
  data: unknown,
  where: string,
  problem: (message: string) => void,
): Question[] {
  if (!Array.isArray(data) || data.length === 0) {
    problem(
      `${where}「questionnaire」应为非空的问题列表。${where}: "questionnaire" must be a non-empty list of questions.`,
    );
    return [];
  }
  const seen = new Set<string>();
  return data.map((raw: unknown, i): Question => {
    const at = `${where}.questionnaire[${i}]`;
    const q = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const id = typeof q['id'] === 'string' ? q['id'] : '';
    if (!ID.test(id))
      problem(
        `${at}「id」须为小写字母、数字和连字符。${at}: "id" may hold only a-z, 0-9 and hyphens.`,
      );
    else if (seen.has(id)) problem(`${at} id "${id}" 重复。${at}: id "${id}" is used twice.`);
    seen.add(id);
    const type = QUESTION_TYPES.find((t) => t === q['type']);
    if (!type)
      problem(
        `${at}「type」应为 choice / scale / text。${at}: "type" must be one of choice, scale, text.`,
      );
    const question = typeof q['question'] === 'string' ? q['question'].trim() : '';
    if (!question) problem(`${at}缺少「question」。${at}: "question" is missing.`);
    const options = Array.isArray(q['options'])
      ? q['options'].map((o) => String(o).trim()).filter(Boolean)
      : [];
    if (type === 'choice' && options.length < 2)
      problem(
        `${at} 单选题至少需要两个选项（options）。${at}: a choice question needs at least two options.`,
      );
    return {
      id,
      type: type ?? 'text',
      question,
      options: type === 'choice' ? options : [],
      required: q['required'] !== false,
    };
  });
}

/**
 * Validates a submitted form against the questions: every required question answered, a
 * choice one of its options, a scale 1-5, a text within TEXT_MAX. Every problem at once,
 * in both languages, naming the question.
 */
export function validateAnswers(
  questions: readonly Question[],
  raw: Record<string, string | undefined>,
): { ok: true; value: Answers } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value: Answers = {};
  for (const [i, q] of questions.entries()) {
    const field = `q_${q.id}`;
    const input = raw[field] ?? '';
    const fail = (code: string, key: MessageKey, vars: Record<string, number> = {}) =>
      errors.push({ field, code, message: { key, vars: { n: i + 1, ...vars } } });
    if (!input.isWellFormed()) {
      fail('text-malformed', 'fieldError.question.textMalformed');
      continue;
    }
    const text = q.type === 'text' ? sanitiseText(input) : sanitiseLine(input);
    if (text === '') {
      if (q.required) fail('answer-missing', 'fieldError.question.answerMissing');
    } else if (q.type === 'choice') {
      if (q.options.includes(text)) value[q.id] = text;
      else fail('choice-invalid', 'fieldError.question.choiceInvalid');
    } else if (q.type === 'scale') {
      const score = Number(text);
      if ((SCALE as readonly number[]).includes(score)) value[q.id] = score;
      else fail('scale-invalid', 'fieldError.question.scaleInvalid');
    } else {
      const length = [...text].length;
      if (length <= TEXT_MAX) value[q.id] = text;
      else fail('text-too-long', 'fieldError.question.textTooLong', { max: TEXT_MAX, length });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

export type QuestionTally =
  | {
      question: Question;
      answered: number;
      kind: 'choice';
      counts: { option: string; count: number }[];
    }
  | {
      question: Question;
      answered: number;
      kind: 'scale';
      counts: { option: string; count: number }[];
      average: number | null;
    }
  | { question: Question; answered: number; kind: 'text'; texts: string[] };

/** Tallies of every question over the responses, in question order. */
export function tallyAnswers(
  questions: readonly Question[],
  responses: readonly Answers[],
): QuestionTally[] {
  return questions.map((question): QuestionTally => {
    const given = responses.map((r) => r[question.id]).filter((a) => a !== undefined);
    if (question.type === 'text')
      return { question, answered: given.length, kind: 'text', texts: given.map(String) };
    const options = question.type === 'choice' ? question.options : SCALE.map(String);
    const counts = options.map((option) => ({
      option,
      count: given.filter((a) => String(a) === option).length,
    }));
    if (question.type === 'choice')
      return { question, answered: given.length, kind: 'choice', counts };
    const scores = given.map(Number);
    const average = scores.length
      ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10
      : null;
    return { question, answered: given.length, kind: 'scale', counts, average };
  });
}
