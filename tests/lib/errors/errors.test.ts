/** The error catalogue: every error has a message and a hint in both languages, and failures map to the right answer. */
import { describe, expect, it } from 'vitest';
import {
  asCatalogued,
  errors,
  formatError,
  isDatabaseUnavailable,
  type OpenClauseError,
} from '../../../src/lib/errors/index.ts';
import { messages } from '../../../src/lib/i18n/messages.ts';
import { faultKindOf } from '../../../src/lib/web/fault.ts';

/** One instance of every builder, with sample values. */
const samples: OpenClauseError[] = [
  errors.databaseLocked('/srv/data', 4242),
  errors.databaseUnavailable(new Error('ECONNREFUSED')),
  errors.contentInvalid('content/a.md:3: bad'),
  errors.publishedVersionChanged('content/a/01.md'),
  errors.versionOutOfOrder('content/a/02.md', 'first-reading', 2),
  errors.storedVersionUnparseable(7, 'empty'),
  errors.consultationWithoutVersion(3),
  errors.importRowRefused(12, 'closed'),
  errors.commentReferenceMissing(3, null),
  errors.commentNotStored(),
  errors.configInvalid('OPENCLAUSE_TRUSTED_PROXIES', 'not an address: x'),
  errors.moduleNotFound('worker.ts', 'file:///app/dist/x.mjs'),
  errors.queryParameterMissing(3, 2),
];

describe('the error catalogue', () => {
  it('has a builder for every catalogued name but Internal, each name once', () => {
    const named = Object.keys(messages)
      .filter((k) => k.startsWith('error.') && k.endsWith('.message'))
      .map((k) => k.split('.')[1]);
    expect(new Set(samples.map((e) => e.name))).toEqual(
      new Set(named.filter((n) => n !== 'Internal')),
    );
    expect(Object.keys(errors)).toHaveLength(samples.length);
  });

  it.each(samples.map((e) => [e.name, e] as const))(
    '%s says what happened and what to do, in both languages, with every value filled in',
    (_name, error) => {
      for (const locale of ['zh', 'en'] as const) {
        expect(error.messageIn(locale)).not.toBe('');
        expect(error.hintIn(locale)).not.toBe('');
        expect(`${error.messageIn(locale)} ${error.hintIn(locale)}`).not.toMatch(/\{\w+\}/);
      }
      expect(error.messageIn('zh')).not.toBe(error.messageIn('en'));
      expect(error.message).toBe(error.messageIn('en'));
    },
  );

  it('fills the values into the text', () => {
    const error = errors.versionOutOfOrder('content/a/02.md', 'first-reading', 2);
    expect(error.messageIn('en')).toBe(
      'content/a/02.md would come before or at stored version 2 "first-reading" (perhaps published by staff on the web).',
    );
    expect(error.hintIn('zh')).toContain('“first-reading”');
  });

  it('formats a catalogued error with its name, message and hint, one language per line', () => {
    const text = formatError(errors.databaseLocked('/srv/data', 4242));
    expect(text.split('\n')).toEqual([
      '[DatabaseLocked] 内置数据库 /srv/data 正被另一个进程（pid 4242）使用。',
      '先停止正在运行的服务器，或设置 DATABASE_URL 使用 PostgreSQL。',
      'The embedded database /srv/data is in use by another process (pid 4242).',
      'Stop the running server first, or set DATABASE_URL to use PostgreSQL.',
    ]);
    expect(formatError(errors.commentNotStored(), 'en').split('\n')).toHaveLength(2);
  });

  it('reports a failure outside the catalogue as an internal error carrying its message', () => {
    const bug = new TypeError('cannot read x of undefined');
    const caught = asCatalogued(bug);
    expect(caught.name).toBe('Internal');
    expect(caught.cause).toBe(bug);
    expect(formatError(bug, 'en')).toBe(
      '[Internal] An unexpected internal error occurred: cannot read x of undefined\nReport it with the log.',
    );
    expect(asCatalogued(errors.commentNotStored()).name).toBe('CommentNotStored');
  });
});

describe('which failures are an outage', () => {
  it('answers "try again" (503) only when the database could not be reached', () => {
    expect(faultKindOf(errors.databaseUnavailable(null))).toBe('unavailable');
    expect(faultKindOf(new Error('query failed', { cause: new Error('PGlite is closed') }))).toBe(
      'unavailable',
    );
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(
      true,
    );
  });

  it('answers an internal error (500) for a broken invariant, catalogued or not', () => {
    expect(faultKindOf(errors.commentNotStored())).toBe('error');
    expect(faultKindOf(errors.storedVersionUnparseable(1, 'x'))).toBe('error');
    expect(faultKindOf(new TypeError('bug'))).toBe('error');
    expect(faultKindOf(Object.assign(new Error('check'), { code: '23514' }))).toBe('error');
  });
});
